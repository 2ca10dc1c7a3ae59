import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shardPath, shardRecords } from '../../../src/lib/search/index.ts';

const records = (spec: string) => [...spec].map((doc, i) => ({ meta: { doc }, i }));
const docsOf = (shards: Array<Array<{ meta: { doc: string } }>>) => shards.map((s) => s.map((r) => r.meta.doc).join(''));

describe('search index shards', () => {
  it('keeps a corpus that fits in one shard whole', () => {
    assert.deepEqual(docsOf(shardRecords(records('aabbbc'), 10)), ['aabbbc']);
  });

  it('starts a new shard rather than split a document', () => {
    assert.deepEqual(docsOf(shardRecords(records('aabbbcc'), 4)), ['aa', 'bbbcc'.slice(0, 3), 'cc']);
  });

  it('gives a document larger than a shard a shard of its own', () => {
    assert.deepEqual(docsOf(shardRecords(records('abbbbbc'), 3)), ['a', 'bbbbb', 'c']);
  });

  it('keeps every record once, in order', () => {
    const input = records('aaabccddddeffg');
    const flat = shardRecords(input, 4).flat();
    assert.deepEqual(flat, input);
  });

  it('has no shards for no records', () => {
    assert.deepEqual(shardRecords([], 4), []);
  });

  it('puts shard 0 at the bundle root and the others in numbered folders', () => {
    assert.equal(shardPath(0), '');
    assert.equal(shardPath(3), 'shard-3/');
  });
});
