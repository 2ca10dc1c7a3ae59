/** 法条联想 per unit (xref's unitBacklinks): citations of a unit roll up to its article or outline item. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unitBacklinks, type CrossReferences, type Place } from '../../../src/lib/xref/index.ts';

const units = [
  { id: 'art-36', type: 'article', parent: null },
  { id: 'art-36-p2', type: 'clause', parent: 'art-36' },
  { id: 'art-36-p2-i3', type: 'item', parent: 'art-36-p2' },
  { id: 'ch-1', type: 'chapter', parent: null },
  { id: 's2', type: 'outline', parent: null },
  { id: 's2-3', type: 'outline', parent: 's2' },
];
const place = (docId: string, unitId: string | null): Place => ({ docId, unitId, raw: '《…》' });

function xref(cited: Record<string, Place[]>): CrossReferences {
  return {
    citedBy: new Map([['law', new Map(Object.entries(cited))]]),
    cites: new Map(),
    missing: [],
    relations: [],
    warnings: [],
    counts: { found: 0, resolved: 0, external: 0, unresolved: 0 },
  };
}

describe('unitBacklinks', () => {
  it('lists a citation of 第三十六条第二款第三项 under 第三十六条, once per citing clause', () => {
    const map = unitBacklinks(xref({ 'art-36-p2-i3': [place('a', 's1'), place('b', 'art-2')], 'art-36': [place('a', 's1')] }), 'law', units);
    assert.deepEqual([...map.keys()], ['art-36']);
    assert.deepEqual(
      map.get('art-36')!.map((p) => `${p.docId}#${p.unitId}`),
      ['a#s1', 'b#art-2'],
    );
  });

  it('keeps an outline item’s citations at that item, not its parent', () => {
    const map = unitBacklinks(xref({ 's2-3': [place('a', null)], s2: [place('b', 's4')] }), 'law', units);
    assert.deepEqual(
      map.get('s2-3')!.map((p) => p.docId),
      ['a'],
    );
    assert.deepEqual(
      map.get('s2')!.map((p) => p.docId),
      ['b'],
    );
  });

  it('leaves out citations of the whole document and of chapters', () => {
    assert.equal(unitBacklinks(xref({ '': [place('a', null)], 'ch-1': [place('b', null)] }), 'law', units).size, 0);
  });
});

describe('unitBacklinks with the document’s own tree', () => {
  it('lists the articles of a document that cite its other articles by number (本实施细则第十三条), not 前款', async () => {
    const { readFileSync } = await import('node:fs');
    const { parsePolicy } = await import('../../../src/lib/pst/index.ts');
    const { listUnits } = await import('../../../src/lib/cite/index.ts');
    const { buildLibrary, crossReference } = await import('../../../src/lib/xref/index.ts');
    const doc = { id: 'rstf-2021-12', tree: parsePolicy(readFileSync('content/policies/rstf-2021-12.md', 'utf8')).tree };
    const x = crossReference([doc], buildLibrary([doc]));
    const map = unitBacklinks(x, doc.id, listUnits(doc.tree), doc.tree);
    // 第十九条: 本实施细则第十三条（一）（二）（三）及第十四条.
    assert.ok(
      map.get('art-13')?.some((p) => p.unitId?.startsWith('art-19')),
      JSON.stringify(map.get('art-13')),
    );
    assert.ok(map.get('art-14')?.some((p) => p.unitId?.startsWith('art-19')));
    assert.ok([...map.values()].flat().every((p) => !/^(本条|前款|前[两二三]款)$/.test(p.raw)));
  });
});
