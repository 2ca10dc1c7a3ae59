/** Results grouped by document (group.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupByDocument } from '../../../src/lib/search/index.ts';

const ranked = (docs: string) => [...docs].map((doc, rank) => ({ doc, rank }));

test('a document is placed where its best result ranks, its results in rank order under it', () => {
  const groups = groupByDocument(ranked('abacb'));
  assert.deepEqual(
    groups.map((g) => [g.doc, g.items.map((i) => i.rank)]),
    [
      ['a', [0, 2]],
      ['b', [1, 4]],
      ['c', [3]],
    ],
  );
});

test('a document with many results opens a second group where its fourth result ranks', () => {
  const groups = groupByDocument(ranked('aaabaa'), 3);
  assert.deepEqual(
    groups.map((g) => [g.doc, g.items.map((i) => i.rank)]),
    [
      ['a', [0, 1, 2]],
      ['b', [3]],
      ['a', [4, 5]],
    ],
  );
});

test('every item is kept exactly once', () => {
  const items = ranked('abcabcaaab');
  assert.equal(groupByDocument(items).flatMap((g) => g.items).length, items.length);
});
