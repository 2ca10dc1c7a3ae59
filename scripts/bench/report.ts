/**
 * The bench's report: the targets (issue 6's build and output targets, issue 11's search
 * targets, which live with the search benchmark in search.ts) and the results as Markdown
 * tables, each figure beside its target. Targets are reported, never asserted.
 */
import type { BuildTiming } from './build.ts';
import type { pipelineThroughput } from './pipeline.ts';
import { SEARCH_TARGETS, searchTargets, type EngineResult, type SearchBenchResult } from './search.ts';

/** The targets, on a 2-core machine: issue 6's, and issue 11's for search ({@link SEARCH_TARGETS}). */
export const TARGETS = {
  parseMBps: 10,
  buildS: 60,
  docPageJsGzipKB: 30,
  scale50BuildS: 15 * 60,
  scale50PeakMB: 4096,
  /** At every larger corpus (issue 11: 10×; issue 6: 50×), bytes per query within this factor of 1×'s. */
  scaleBytesPerQueryRatio: 2,
  search: SEARCH_TARGETS,
} as const;

/** One search at one corpus size: what a query costs, bytes gzip as a server sends them. */
export interface ScaleSearch {
  engine: string;
  /** A fresh browser opening /search/?q=…: bytes (kB) and ms to results, p50 and p95. */
  firstKB: number;
  firstP95KB: number;
  /** …of which the query's own (kB, p50 and p95): without the files every first search loads. */
  ownKB: number;
  ownP95KB: number;
  coldP50Ms: number;
  coldP95Ms: number;
  /** A query typed on an open page: bytes it adds (kB, mean and p95) and ms to results. */
  perQueryMeanKB: number;
  perQueryP95KB: number;
  warmP50Ms: number;
  warmP95Ms: number;
  docR5: number;
}

export interface ScaleResult {
  factor: number;
  documents: number;
  markdownMB: number;
  build: BuildTiming;
  dist: { MB: number; files: number };
  /** The ranked index (dist/search/) and the Pagefind bundle (dist/pagefind/, the previous engine's). */
  searchIndexMB: number;
  pagefindMB: number;
  /** Our search and the baseline (the bare Pagefind page) at this size, in the same run. */
  search: { ours: ScaleSearch; baseline: ScaleSearch | null } | null;
}

export type Results = {
  date: string;
  machine: { cpu: string; cores: number; memoryGB: number; os: string; node: string; chromium: string; load?: { start: number[]; end: number[] } };
  pipeline: ReturnType<typeof pipelineThroughput> & { importCliS: number };
  build: (BuildTiming & { importS: number; fullS: number }) | null;
  output: Record<string, any> | null;
  search: SearchBenchResult | null;
  scale: ScaleResult[];
};

/** The figures of one engine at one corpus size, for the scale table. */
export function scaleSearch(e: EngineResult): ScaleSearch {
  const kb = (x: number) => Math.round(x / 10.24) / 100;
  return {
    engine: e.label,
    firstKB: kb(e.cold.bytes.p50),
    firstP95KB: kb(e.cold.bytes.p95),
    ownKB: kb(e.cold.own.p50),
    ownP95KB: kb(e.cold.own.p95),
    coldP50Ms: e.cold.ms.p50,
    coldP95Ms: e.cold.ms.p95,
    perQueryMeanKB: kb(e.warm.bytes.mean),
    perQueryP95KB: kb(e.warm.bytes.p95),
    warmP50Ms: e.warm.ms.p50,
    warmP95Ms: e.warm.ms.p95,
    docR5: e.recall.doc.r5,
  };
}

/**
 * Bytes per query at a corpus size against 1×, as ratios: judged on a fresh browser's query,
 * whole (p50) and its own bytes (p50, without the files every first search loads); the later
 * queries' mean on an open page is stated beside them, not judged — after 224 queries a page
 * holds much of a small index, so at 1× it measures the cache more than a query.
 */
export function bytesRatio(one: ScaleSearch, n: ScaleSearch): { first: number; own: number; later: number; ok: boolean } {
  const first = n.firstKB / one.firstKB;
  const own = n.ownKB / one.ownKB;
  const later = n.perQueryMeanKB / one.perQueryMeanKB;
  return { first, own, later, ok: first <= TARGETS.scaleBytesPerQueryRatio && own <= TARGETS.scaleBytesPerQueryRatio };
}

/** The results as Markdown tables, each figure beside its target. */
export function table(r: Results): string {
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const lines: string[] = [];
  const m = r.machine;
  const avg = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');
  const load = m.load ? `; load average (1 / 5 / 15 min) ${avg(m.load.start)} at the start, ${avg(m.load.end)} at the end` : '';
  lines.push(`Measured ${r.date.slice(0, 10)} on ${m.cores} × ${m.cpu}, ${m.memoryGB} GiB, ${m.node}, ${m.chromium}${load}`);
  lines.push('');
  lines.push('| measure | figure | target |');
  lines.push('| --- | --- | --- |');
  lines.push(`| import throughput | ${r.pipeline.import.mbPerS} MB/s (${(r.pipeline.import.bytes / 1e6).toFixed(2)} MB in ${r.pipeline.import.ms} ms) | – |`);
  lines.push(`| parse throughput | ${r.pipeline.parse.mbPerS} MB/s (${(r.pipeline.parse.bytes / 1e6).toFixed(2)} MB in ${r.pipeline.parse.ms} ms) | ≥ ${TARGETS.parseMBps} MB/s ${mark(r.pipeline.parse.mbPerS >= TARGETS.parseMBps)} |`);
  if (r.build) {
    const b = r.build;
    lines.push(`| full build (real corpus) | ${b.fullS} s: import ${b.importS} s + astro build ${b.wallS} s (parse ${b.parseS} s, Astro ${b.astroS} s, search index ${b.pagefindS} s), ${b.pages} pages | < ${TARGETS.buildS} s ${mark(b.fullS < TARGETS.buildS)} |`);
    lines.push(`| peak memory (build) | ${b.peakMB} MB | – |`);
  }
  if (r.output) {
    const o = r.output;
    lines.push(`| dist/ | ${o.distMB} MB in ${o.files} files (ranked index ${o.searchIndexMB ?? '–'} MB, pagefind ${o.pagefindMB} MB) | – |`);
    lines.push(`| largest document page | ${o.largestDocumentPage.id}: ${o.largestDocumentPage.KB} kB (${o.largestDocumentPage.gzipKB} kB gzip) | – |`);
    lines.push(`| first-load JS, document page | ${o.firstLoadJs.documentPage.gzipKB} kB gzip (${o.firstLoadJs.documentPage.KB} kB) | ≤ ${TARGETS.docPageJsGzipKB} kB ${mark(o.firstLoadJs.documentPage.gzipKB <= TARGETS.docPageJsGzipKB)} |`);
    lines.push(`| first-load JS, /search/ | ${o.firstLoadJs.searchPage.gzipKB} kB gzip (${o.firstLoadJs.searchPage.KB} kB) | – |`);
  }
  if (r.search) {
    for (const c of searchTargets(r.search)) lines.push(`| ${c.measure} | ${c.figure} | ${c.target} ${mark(c.ok)} |`);
    lines.push('');
    lines.push(r.search.table);
  }
  if (r.scale.length > 0) {
    const one = r.scale.find((s) => s.factor === 1)?.search ?? null;
    lines.push('');
    lines.push('| corpus | documents | Markdown | build | peak memory | pages | dist | ranked index / pagefind | search | doc R@5 | first query kB p50 / p95 | its own kB p50 / p95 | first query ms p50 / p95 | later query kB mean / p95 | warm ms p50 / p95 |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const s of r.scale) {
      const head = `| ${s.factor}× | ${s.documents} | ${s.markdownMB} MB | ${s.build.wallS} s | ${s.build.peakMB} MB | ${s.build.pages} | ${s.dist.MB} MB | ${s.searchIndexMB} / ${s.pagefindMB} MB`;
      const engines = s.search ? [s.search.ours, ...(s.search.baseline ? [s.search.baseline] : [])] : [];
      if (engines.length === 0) lines.push(`${head} | – | – | – | – | – | – | – |`);
      for (const [i, q] of engines.entries()) {
        const row = i === 0 ? head : '| | | | | | | | ';
        lines.push(
          `${row} | ${q.engine} | ${q.docR5.toFixed(3)} | ${q.firstKB} / ${q.firstP95KB} | ${q.ownKB} / ${q.ownP95KB} | ${q.coldP50Ms} / ${q.coldP95Ms} | ${q.perQueryMeanKB} / ${q.perQueryP95KB} | ${q.warmP50Ms} / ${q.warmP95Ms} |`,
        );
      }
    }
    const targets: string[] = [];
    for (const s of r.scale.filter((x) => x.factor > 1)) {
      const parts: string[] = [];
      if (one && s.search) {
        const ratio = bytesRatio(one.ours, s.search.ours);
        parts.push(`bytes per query ≤ ${TARGETS.scaleBytesPerQueryRatio}× of 1× ${mark(ratio.ok)} (first query ${ratio.first.toFixed(2)}×, its own bytes ${ratio.own.toFixed(2)}×; later queries on an open page ${ratio.later.toFixed(2)}×, not judged)`);
      }
      if (s.factor === 50) {
        parts.push(`build < 15 min ${mark(s.build.wallS < TARGETS.scale50BuildS)} (${(s.build.wallS / 60).toFixed(1)} min)`);
        parts.push(`peak < 4 GB ${mark((s.build.peakMB ?? Infinity) < TARGETS.scale50PeakMB)} (${s.build.peakMB} MB)`);
      }
      if (parts.length > 0) targets.push(`${s.factor}× targets, ours: ${parts.join(', ')}`);
    }
    if (targets.length > 0) lines.push('', ...targets);
  }
  return lines.join('\n');
}
