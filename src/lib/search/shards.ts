/**
 * Index shards: Pagefind holds a whole index in memory while writing it (about 120 kB per
 * record on our records: 2.5 GB for the 21,250 records of a 10× corpus), so a large corpus is
 * indexed in several bundles, one Pagefind process each, and the search page merges them
 * (`pagefind.mergeIndex`). A document's records always share a shard; the real corpus fits one.
 */
import type { SearchRecord } from './records.ts';

/** Records per shard: 20,000 keeps Pagefind under about 2.5 GB. */
export const MAX_SHARD_RECORDS = 20_000;

/** The folder of shard `n` inside the bundle folder; shard 0 is the bundle itself. */
export function shardPath(n: number): string {
  return n === 0 ? '' : `shard-${n}/`;
}

/**
 * Splits records, in order, into shards of at most `max` records without splitting a
 * document (a document with more records than `max` gets a shard of its own).
 *
 * @example
 *   shardRecords(records, 20_000).length // 1 for the real corpus
 */
export function shardRecords<R extends { meta: Pick<SearchRecord['meta'], 'doc'> }>(records: readonly R[], max = MAX_SHARD_RECORDS): R[][] {
  const shards: R[][] = [];
  let current: R[] = [];
  let i = 0;
  while (i < records.length) {
    const doc = records[i]!.meta.doc;
    let j = i;
    while (j < records.length && records[j]!.meta.doc === doc) j++;
    if (current.length > 0 && current.length + (j - i) > max) {
      shards.push(current);
      current = [];
    }
    current.push(...records.slice(i, j));
    i = j;
  }
  if (current.length > 0) shards.push(current);
  return shards;
}
