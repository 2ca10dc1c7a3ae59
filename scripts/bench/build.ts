/**
 * One full site build, timed from outside: `astro build` in its own process under GNU time
 * (wall seconds and peak resident memory), with the build log's own phase times — the corpus
 * parse (src/lib/corpus/site.ts prints `corpus: … in N ms`) and the search index
 * (src/integrations/search-index.ts prints `N search records, … in N ms`). The rest of the wall
 * time is Astro: starting up, bundling, rendering pages.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildTiming {
  /** Wall time of the whole `astro build`, seconds. */
  wallS: number;
  /** The corpus parse and cross-referencing inside the build, seconds. */
  parseS: number | null;
  /** Search records, Pagefind index and query vocabulary, seconds. */
  pagefindS: number | null;
  /** Everything else: Astro's start, Vite bundling, page rendering, seconds. */
  astroS: number | null;
  /** Peak resident memory of the largest process of the build (GNU time's %M), MB. */
  peakMB: number | null;
  pages: number | null;
}

const TIME = '/usr/bin/time';

/**
 * Builds the site from `policyDir` into `outDir` and times it.
 *
 * @throws when the build fails, with the end of its log.
 */
export async function timeBuild(root: string, policyDir: string, outDir: string): Promise<BuildTiming> {
  const scratch = mkdtempSync(join(tmpdir(), 'zhijiao-bench-time-'));
  const timeFile = join(scratch, 'time');
  const astro = [process.execPath, join(root, 'node_modules/astro/astro.js'), 'build', '--outDir', outDir];
  // GNU time gives peak memory; without it, wall time is still measured here.
  const useTime = existsSync(TIME);
  const [command, ...args] = useTime ? [TIME, '-f', '%e %M', '-o', timeFile, ...astro] : astro;
  const started = performance.now();
  const log = await new Promise<string>((resolve, reject) => {
    const child = spawn(command!, args, {
      cwd: root,
      env: { ...process.env, POLICY_DIR: policyDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`astro build failed (exit ${code}):\n${out.slice(-3000)}`))));
  });
  const wallS = (performance.now() - started) / 1000;
  let peakMB: number | null = null;
  if (useTime) {
    const [, kb] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2);
    peakMB = Math.round(Number(kb) / 1024);
  }
  rmSync(scratch, { recursive: true, force: true });
  return { ...phases(log, wallS), wallS: round(wallS), peakMB };
}

/** The phase times a build log states. */
export function phases(log: string, wallS: number): Omit<BuildTiming, 'wallS' | 'peakMB'> {
  const ms = (re: RegExp) => {
    const m = re.exec(log);
    return m ? Number(m[1]) / 1000 : null;
  };
  const parseS = ms(/corpus: \d+ documents parsed and cross-referenced in (\d+) ms/);
  const pagefindS = ms(/\d+ search records, [^\n]*? in (\d+) ms/);
  const pages = /(\d+) page\(s\) built in/.exec(log);
  const astroS = wallS - (parseS ?? 0) - (pagefindS ?? 0);
  return {
    parseS: parseS === null ? null : round(parseS),
    pagefindS: pagefindS === null ? null : round(pagefindS),
    astroS: round(astroS),
    pages: pages ? Number(pages[1]) : null,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
