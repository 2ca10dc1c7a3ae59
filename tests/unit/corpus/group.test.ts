import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupByKind, UNKNOWN_KIND, type CatalogEntry } from '../../../src/lib/corpus/index.ts';

const entry = (id: string, kind: string | null) => ({ id, kind }) as CatalogEntry;

test('groupByKind puts known kinds in the format order, then other kinds, then the unknown', () => {
  const groups = groupByKind([entry('a', '规范性文件'), entry('b', null), entry('c', '法律'), entry('d', '其他'), entry('e', '规范性文件')]);
  assert.deepEqual(
    groups.map(({ kind, documents }) => [kind, documents.map((doc) => doc.id)]),
    [
      ['法律', ['c']],
      ['规范性文件', ['a', 'e']],
      ['其他', ['d']],
      [UNKNOWN_KIND, ['b']],
    ],
  );
});

test('groupByKind of nothing is no groups', () => {
  assert.deepEqual(groupByKind([]), []);
});
