/** Pipeline throughput: the importer over the real sources, the structure parser over the corpus. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importCorpus } from '../../src/lib/import/index.ts';
import { parsePolicy } from '../../src/lib/pst/index.ts';
import { readCorpusInput } from '../lib-cli.ts';

/** Median of `runs` timings (ms) of `fn`. */
export function median(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** MB/s of the importer (source bytes) and the parser (corpus Markdown bytes). */
export function pipelineThroughput(root: string, policyDir = join(root, 'content/policies')) {
  const input = readCorpusInput(root);
  const sourceBytes = [...input.sources.values()].reduce((n, b) => n + b.length, 0);
  importCorpus(input); // warm up
  const importMs = median(5, () => importCorpus(input));
  const files = readdirSync(policyDir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(policyDir, f), 'utf8'));
  const markdownBytes = files.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const t of files) parsePolicy(t);
  const parseMs = median(5, () => {
    for (const t of files) parsePolicy(t);
  });
  return {
    import: { bytes: sourceBytes, ms: round(importMs), mbPerS: round(sourceBytes / 1e6 / (importMs / 1000)) },
    parse: { bytes: markdownBytes, documents: files.length, ms: round(parseMs), mbPerS: round(markdownBytes / 1e6 / (parseMs / 1000)) },
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
