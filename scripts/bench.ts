/**
 * npm run bench — how fast and how big: the pipeline, a full build, the output and search in
 * Chromium, at 1×, 10× and 50× the real corpus. Writes bench/results.json and prints a table
 * with the targets (issue 6's build targets, issue 11's search targets) beside the figures.
 *
 *   npm run bench                         everything (50× by far the longest: its build alone took 8.5 minutes on an idle 2-core machine)
 *   npm run bench -- --scale 1,10         only these corpus sizes (1 is always measured)
 *   npm run bench -- --no-search          skip the Chromium search benchmark
 *   npm run bench -- --engines ours,ootb  the searches measured (scripts/bench/search.ts's names)
 *   npm run bench -- --cold 30            fresh-browser runs on the first N queries (30 by default)
 *   npm run bench -- --out <file>         write the results elsewhere
 *
 * At every corpus size the search runs as scripts/bench/search.ts measures it: our ranked search
 * on the real /search/ page and, as the baseline in the same run, a bare Pagefind page over the
 * same built pages (`ootb`). Every build goes to its own temporary folder, never dist/, and the
 * scaled corpora are generated into a temporary folder too (scripts/bench/scale.ts), so the bench
 * leaves the working tree as it found it apart from the results file.
 *
 * Figures are measurements on the machine it runs on, stated in the results with the date,
 * CPU, memory, load average and versions; the targets are reported, never asserted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { timeBuild, type BuildTiming } from './bench/build.ts';
import { scaleSearch, table, TARGETS, type ScaleResult } from './bench/report.ts';
import { firstLoadJs, folderSize, largestDocumentPage } from './bench/output.ts';
import { pipelineThroughput } from './bench/pipeline.ts';
import { generateScaledCorpus } from './bench/scale.ts';
import { searchBench, type EngineName, type SearchBenchResult } from './bench/search.ts';
import type { LabelledQuery } from '../tests/search-eval/metrics.ts';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const scales = [...new Set([1, ...(flag('--scale') ?? '1,10,50').split(',').map(Number)])].filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => a - b);
const withSearch = !args.includes('--no-search');
/** Ours and, as the baseline in the same run, the bare Pagefind page. */
const engines = (flag('--engines') ?? 'ours,ootb').split(',') as EngineName[];
const coldQueries = Number(flag('--cold') ?? 30);
const outFile = resolve(ROOT, flag('--out') ?? 'bench/results.json');
const QUERIES = join(ROOT, 'tests/search-eval/queries.json');

const work = mkdtempSync(join(tmpdir(), 'zhijiao-bench-'));
const queries = (JSON.parse(readFileSync(QUERIES, 'utf8')) as { queries: LabelledQuery[] }).queries;
const started = Date.now();
const loadAvgAtStart = loadavg();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

try {
  log('pipeline throughput (importer over the sources, parser over content/policies)');
  const pipeline = pipelineThroughput(ROOT);
  const importCli = timeCommand(process.execPath, ['--import', 'tsx', 'scripts/import.ts', '--check', '--quiet']);

  let realSearch: SearchBenchResult | null = null;
  let output: Record<string, unknown> | null = null;
  let real: BuildTiming | null = null;
  const scaleResults: ScaleResult[] = [];
  /** The results so far, written after every corpus size so a failing later size loses nothing. */
  const save = () => {
    const results = {
      date: new Date().toISOString(),
      machine: machine(),
      pipeline: { ...pipeline, importCliS: round(importCli) },
      build: real ? { ...real, importS: round(importCli), fullS: round(importCli + real.wallS) } : null,
      output,
      search: realSearch,
      scale: scaleResults,
      targets: TARGETS,
      benchS: Math.round((Date.now() - started) / 1000),
    };
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
    return results;
  };
  for (const factor of scales) {
    // 1× is a plain copy of content/policies, so every size is built the same way.
    const policyDir = join(work, `policies-${factor}`);
    const corpus = generateScaledCorpus(join(ROOT, 'content/policies'), policyDir, factor);
    const dist = join(work, `dist-${factor}`);
    log(`${factor}×: building ${corpus.documents} documents (${(corpus.bytes / 1e6).toFixed(1)} MB of Markdown)`);
    const build = await timeBuild(ROOT, policyDir, dist);
    log(`${factor}×: ${build.pages} pages in ${build.wallS} s, peak ${build.peakMB} MB`);
    const size = folderSize(dist);
    const result: ScaleResult = {
      factor,
      documents: corpus.documents,
      markdownMB: round(corpus.bytes / 1e6),
      build,
      dist: { MB: round(size.bytes / 1e6), files: size.files },
      searchIndexMB: round(folderSize(join(dist, 'search')).bytes / 1e6),
      pagefindMB: round(folderSize(join(dist, 'pagefind')).bytes / 1e6),
      search: null,
    };
    if (factor === 1) {
      real = build;
      const largest = largestDocumentPage(dist);
      const docJs = firstLoadJs(dist, `docs/${largest.id}/index.html`);
      const searchJs = firstLoadJs(dist, 'search/index.html');
      output = {
        distMB: result.dist.MB,
        files: size.files,
        searchIndexMB: result.searchIndexMB,
        pagefindMB: result.pagefindMB,
        largestDocumentPage: { id: largest.id, KB: kb(largest.bytes), gzipKB: kb(largest.gzip) },
        firstLoadJs: {
          documentPage: { KB: kb(docJs.bytes), gzipKB: kb(docJs.gzip), files: docJs.files },
          searchPage: { KB: kb(searchJs.bytes), gzipKB: kb(searchJs.gzip), files: searchJs.files },
        },
      };
    }
    if (withSearch) {
      log(`${factor}×: search in Chromium (${engines.join(', ')}; cold on ${coldQueries} queries)`);
      const bench = await searchBench({ dist, queries, engines, coldQueries, log: (line) => log(`  ${line}`) });
      if (factor === 1) realSearch = bench;
      const ours = bench.engines.find((e) => e.engine === 'ours');
      const baseline = bench.engines.find((e) => e.engine === 'ootb');
      if (ours) result.search = { ours: scaleSearch(ours), baseline: baseline ? scaleSearch(baseline) : null };
    }
    scaleResults.push(result);
    save();
    rmSync(dist, { recursive: true, force: true });
    log(`${factor}×: done`);
  }

  const results = save();
  console.log('');
  console.log(table(results));
  console.log(`\nwritten to ${outFile}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------

/** Seconds a command takes, run to completion. */
function timeCommand(command: string, commandArgs: string[]): number {
  const t0 = performance.now();
  const run = spawnSync(command, commandArgs, { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${commandArgs.join(' ')} failed:\n${run.stderr}`);
  return (performance.now() - t0) / 1000;
}

function machine() {
  const cpu = cpus();
  let chromium = '';
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromium = 'not found';
  }
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGB: round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium,
    /** The machine may be shared: its load average (1, 5, 15 min) when the bench started and now. */
    load: { start: loadAvgAtStart.map(round), end: loadavg().map(round) },
  };
}

function kb(bytes: number): number {
  return round(bytes / 1024);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
