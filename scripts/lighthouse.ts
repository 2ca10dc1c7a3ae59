/**
 * npm run lighthouse [-- --min 0.95] [-- <path> …]
 *
 * Lighthouse's four scores (performance, accessibility, best practices, SEO; its default mobile
 * run with simulated throttling) for the pages readers land on — home, search, the longest law,
 * an article page, subsidies and the citation checker — against the built site (dist/), served
 * by `astro preview` on a spare port, in Debian's Chromium (CHROME_PATH, else /usr/bin/chromium).
 * Prints one table; a report, not a timed test: scores move with the machine's load. With
 * `--min`, exits 1 when any score is below it.
 */
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const DEFAULT_PAGES = ['/', '/search/?q=职业教育', '/docs/zyjyf-2022/', '/docs/zyjyf-2022/art-36/', '/subsidies/', '/check/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4399);

const args = process.argv.slice(2);
const minAt = args.indexOf('--min');
const min = minAt === -1 ? null : Number(args[minAt + 1]);
const pages = args.filter((a, i) => minAt === -1 || (i !== minAt && i !== minAt + 1));

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
const chrome = await waitForServer().then(() =>
  chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] }),
);
const rows: Array<[string, ...number[]]> = [];
/** Per page, the audits that cost points (what to fix). */
const costs: string[] = [];
try {
  for (const path of pages.length > 0 ? pages : DEFAULT_PAGES) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${encodeURI(path)}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const categories = result?.lhr.categories ?? {};
    rows.push([path, ...CATEGORIES.map((c) => categories[c]?.score ?? 0)]);
    for (const c of CATEGORIES) {
      const category = categories[c];
      if (!category || (category.score ?? 0) >= 1) continue;
      const audits = category.auditRefs
        .filter((ref) => ref.weight > 0 && (result!.lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} (${result!.lhr.audits[ref.id]?.displayValue ?? result!.lhr.audits[ref.id]?.score})`);
      const error = result?.lhr.runtimeError ? ` runtime error: ${result.lhr.runtimeError.message}` : '';
      costs.push(`${path} ${c}:${error} ${audits.join(', ')}`);
    }
  }
} finally {
  await chrome.kill();
  process.kill(-server.pid!);
}

console.log(`| page | ${CATEGORIES.join(' | ')} |\n| --- |${CATEGORIES.map(() => ' ---: |').join('')}`);
for (const [path, ...scores] of rows) console.log(`| ${path} | ${scores.map((s) => s.toFixed(2)).join(' | ')} |`);
if (costs.length > 0) console.log(`\nwhat costs points:\n${costs.map((c) => `- ${c}`).join('\n')}`);
if (min !== null && rows.some(([, ...scores]) => scores.some((s) => s < min))) {
  console.log(
    `below ${min}: ${rows
      .filter(([, ...s]) => s.some((x) => x < min))
      .map(([p]) => p)
      .join(', ')}`,
  );
  process.exitCode = 1;
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`astro preview did not start on port ${PORT}`);
}
