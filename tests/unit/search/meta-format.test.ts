/**
 * The table of contents (meta.json) is stored compactly — where each document's records start,
 * how far back each parent is, chunk starts as gaps — and reads back as the search uses it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { packMeta, unpackMeta, type IndexMeta } from '../../../src/lib/search/index.ts';

const doc = (id: string) => ({ id, title: id, number: '', issuers: '', date: '', short: '', basis: '', facets: {} as IndexMeta['docs'][number]['facets'] });

/** Two documents: a name record, an article with two paragraphs, loose text; a second document of one article. */
const META: IndexMeta = {
  version: 1,
  shards: 3,
  avgdl: [12, 30, 8],
  docs: [doc('a'), doc('b')],
  records: {
    doc: [0, 0, 0, 0, 0, 1, 1],
    level: [2, 0, 0, 0, 1, 2, 0],
    parent: [-1, -1, 1, 1, -1, -1, -1],
    len: [8, 40, 12, 15, 30, 6, 22],
    kinds: [0, 1, 0, 5, 0, 0, 2],
  },
  chunks: [0, 3, 5],
};

describe('the stored table of contents', () => {
  it('keeps where each document starts, how far back each parent is and the chunk gaps', () => {
    const stored = packMeta(META);
    assert.deepEqual(stored.docStart, [0, 5]);
    assert.deepEqual(stored.records.parentBack, [0, 0, 1, 2, 0, 0, 0]);
    assert.deepEqual(stored.chunkGaps, [0, 3, 2]);
  });

  it('reads back as it was built', () => {
    assert.deepEqual(unpackMeta(JSON.parse(JSON.stringify(packMeta(META)))), META);
  });

  it('refuses records whose documents are not consecutive', () => {
    const mixed = structuredClone(META);
    mixed.records.doc = [0, 0, 1, 0, 0, 1, 1];
    assert.throws(() => packMeta(mixed), /record 3: documents must be consecutive/);
  });
});
