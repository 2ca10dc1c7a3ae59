/** The bench's report: the targets of issue 6 and the results as Markdown tables, each figure beside its target. */
import type { BuildTiming } from './build.ts';
import type { pipelineThroughput } from './pipeline.ts';
import type { SearchBenchResult } from './search.ts';

/** The targets of issue 6, on a 2-core machine. */
export const TARGETS = {
  parseMBps: 10,
  buildS: 60,
  warmP95Ms: 50,
  coldFirstKB: 300,
  docPageJsGzipKB: 30,
  scale50BuildS: 15 * 60,
  scale50PeakMB: 4096,
  scale50BytesPerQueryRatio: 2,
} as const;

export interface ScaleResult {
  factor: number;
  documents: number;
  markdownMB: number;
  build: BuildTiming;
  dist: { MB: number; files: number };
  pagefindMB: number;
  /** Our search at this size: bytes over the wire per later query and for the first one. */
  search: { firstKB: number; perQueryP50KB: number; perQueryP95KB: number; warmP50Ms: number; warmP95Ms: number } | null;
}

export type Results = {
  date: string;
  machine: { cpu: string; cores: number; memoryGB: number; os: string; node: string; chromium: string };
  pipeline: ReturnType<typeof pipelineThroughput> & { importCliS: number };
  build: (BuildTiming & { importS: number; fullS: number }) | null;
  output: Record<string, any> | null;
  search: SearchBenchResult | null;
  scale: ScaleResult[];
};

/** The results as Markdown tables, each figure beside its target. */
export function table(r: Results): string {
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const lines: string[] = [];
  const m = r.machine;
  lines.push(`Measured ${r.date.slice(0, 10)} on ${m.cores} × ${m.cpu}, ${m.memoryGB} GiB, ${m.node}, ${m.chromium}`);
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
    lines.push(`| dist/ | ${o.distMB} MB in ${o.files} files (pagefind ${o.pagefindMB} MB) | – |`);
    lines.push(`| largest document page | ${o.largestDocumentPage.id}: ${o.largestDocumentPage.KB} kB (${o.largestDocumentPage.gzipKB} kB gzip) | – |`);
    lines.push(`| first-load JS, document page | ${o.firstLoadJs.documentPage.gzipKB} kB gzip (${o.firstLoadJs.documentPage.KB} kB) | ≤ ${TARGETS.docPageJsGzipKB} kB ${mark(o.firstLoadJs.documentPage.gzipKB <= TARGETS.docPageJsGzipKB)} |`);
    lines.push(`| first-load JS, /search/ | ${o.firstLoadJs.searchPage.gzipKB} kB gzip (${o.firstLoadJs.searchPage.KB} kB) | – |`);
  }
  if (r.search) {
    const ours = r.search.engines.find((e) => e.engine === 'ours');
    if (ours) {
      lines.push(`| cold first query (ours) | ${kbs(ours.cold.bytes.p50)} p50, ${kbs(ours.cold.bytes.p95)} p95 | < ${TARGETS.coldFirstKB} kB ${mark(ours.cold.bytes.p95 / 1024 < TARGETS.coldFirstKB)} |`);
      lines.push(`| warm query (ours) | ${ours.warm.ms.p50} ms p50, ${ours.warm.ms.p95} ms p95 | < ${TARGETS.warmP95Ms} ms p95 ${mark(ours.warm.ms.p95 < TARGETS.warmP95Ms)} |`);
    }
    lines.push('');
    lines.push(r.search.table);
  }
  if (r.scale.length > 0) {
    const base = r.scale.find((s) => s.factor === 1)?.search?.perQueryP50KB;
    lines.push('');
    lines.push('| corpus | documents | Markdown | build | peak memory | pages | dist | pagefind | first query | later query p50 / p95 | warm ms p50 / p95 |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const s of r.scale) {
      const q = s.search;
      const ratio = q && base ? ` (${(q.perQueryP50KB / base).toFixed(2)}× of 1×)` : '';
      lines.push(
        `| ${s.factor}× | ${s.documents} | ${s.markdownMB} MB | ${s.build.wallS} s | ${s.build.peakMB} MB | ${s.build.pages} | ${s.dist.MB} MB | ${s.pagefindMB} MB | ${q ? `${q.firstKB} kB` : '–'} | ${q ? `${q.perQueryP50KB} / ${q.perQueryP95KB} kB${ratio}` : '–'} | ${q ? `${q.warmP50Ms} / ${q.warmP95Ms}` : '–'} |`,
      );
    }
    const fifty = r.scale.find((s) => s.factor === 50);
    if (fifty) {
      const ratio = fifty.search && base ? fifty.search.perQueryP50KB / base : null;
      lines.push('');
      lines.push(
        `50× targets: build < 15 min ${mark(fifty.build.wallS < TARGETS.scale50BuildS)} (${(fifty.build.wallS / 60).toFixed(1)} min), peak < 4 GB ${mark((fifty.build.peakMB ?? Infinity) < TARGETS.scale50PeakMB)} (${fifty.build.peakMB} MB), bytes per query ≤ 2× of 1× ${ratio === null ? '–' : `${mark(ratio <= TARGETS.scale50BytesPerQueryRatio)} (${ratio.toFixed(2)}×)`}`,
      );
    }
  }
  return lines.join('\n');
}

function kbs(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
