/**
 * Runs the test suites and ends with one line, `N passed, N failed`, totalling all of them.
 *
 *   npm test              unit, then end-to-end
 *   npm run test:unit     node:test over tests/**\/*.test.ts (tests/e2e excepted)
 *   npm run test:e2e      Playwright over tests/e2e against dist/ (rebuilt first if missing or
 *                         older than its sources)
 *
 * Each suite prints its own output; the counts come from machine-readable reports (TAP and
 * Playwright's JSON), not from scraping that output. Exits 1 if anything failed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Tally {
  passed: number;
  failed: number;
}

const flags = new Set(process.argv.slice(2));
const only = flags.has('--unit') !== flags.has('--e2e');
const suites = {
  unit: !only || flags.has('--unit'),
  e2e: !only || flags.has('--e2e'),
};

const reports = await mkdtemp(path.join(tmpdir(), 'zhijiao-test-'));
const total: Tally = { passed: 0, failed: 0 };
try {
  if (suites.unit) add(await unit());
  if (suites.e2e) add(await e2e());
} finally {
  await rm(reports, { recursive: true, force: true });
}
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 ? 1 : 0;

function add(tally: Tally): void {
  total.passed += tally.passed;
  total.failed += tally.failed;
}

/** node:test with the spec reporter for people and TAP for the counts. */
async function unit(): Promise<Tally> {
  const files = await testFiles('tests');
  if (files.length === 0) {
    console.log('unit: no tests/**/*.test.ts files');
    return { passed: 0, failed: 0 };
  }
  const tap = path.join(reports, 'unit.tap');
  const code = await run(process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const summary = existsSync(tap) ? await readFile(tap, 'utf8') : '';
  // The TAP trailer: `# pass N`, `# fail N`, `# cancelled N` (a file that failed to load).
  const counted = (name: string) => Number(summary.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  return settle('unit', code, { passed: counted('pass'), failed: counted('fail') + counted('cancelled') });
}

/** Playwright with its list reporter for people and JSON for the counts. */
async function e2e(): Promise<Tally> {
  const stale = await staleDist();
  if (stale) {
    console.log(`e2e: ${stale}, running npm run build first`);
    if ((await run('npm', ['run', 'build'])) !== 0) return settle('e2e', 1, { passed: 0, failed: 0 });
  }
  const json = path.join(reports, 'e2e.json');
  const code = await run('npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: json,
  });
  let tally: Tally = { passed: 0, failed: 0 };
  if (existsSync(json)) {
    const { stats, errors = [] } = JSON.parse(await readFile(json, 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number };
      errors?: unknown[];
    };
    // Errors outside any test (a web server that did not start, a syntax error) fail the suite too.
    tally = { passed: stats.expected + stats.flaky, failed: stats.unexpected + errors.length };
  }
  return settle('e2e', code, tally);
}

/**
 * Why `dist/` must be rebuilt before the browser tests, or null when it is current: missing, or
 * older than a file it is built from (content/, src/, public/, astro.config.mjs, package-lock.json).
 * CI builds just before testing, so there it is current; locally a stale dist/ would test old code.
 */
async function staleDist(): Promise<string | null> {
  const built = path.join('dist', 'index.html');
  if (!existsSync(built)) return 'dist/ is missing';
  const builtAt = (await stat(built)).mtimeMs;
  for (const source of ['content', 'src', 'public']) {
    for (const file of await readdir(source, { recursive: true })) {
      const full = path.join(source, file);
      if ((await stat(full)).mtimeMs > builtAt) return `dist/ is older than ${full}`;
    }
  }
  for (const file of ['astro.config.mjs', 'package-lock.json'])
    if (existsSync(file) && (await stat(file)).mtimeMs > builtAt) return `dist/ is older than ${file}`;
  return null;
}

/** A suite that exited non-zero without a counted failure still counts as one failure. */
function settle(suite: string, code: number, tally: Tally): Tally {
  if (code !== 0 && tally.failed === 0) {
    console.log(`${suite}: exited with code ${code} without reporting a failed test; counting it as one failure`);
    return { ...tally, failed: 1 };
  }
  return tally;
}

/** Every `*.test.ts` under `dir` except tests/e2e, sorted (node 20's --test takes no globs). */
async function testFiles(dir: string): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files
    .filter((file) => file.endsWith('.test.ts') && !file.startsWith(`e2e${path.sep}`))
    .map((file) => path.join(dir, file))
    .sort();
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}
