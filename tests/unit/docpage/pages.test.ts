/** Unit pages: one per article and top-level outline item, in order, with their place, name and description. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { oneLine, pageUnitName, pageUnits } from '../../../src/lib/docpage/index.ts';
import { load } from './corpus.ts';

const pages = (id: string) => {
  const { tree, units } = load(id);
  return pageUnits(tree, units);
};

describe('pageUnits', () => {
  it('a law: one page per article, in order, each linked to its neighbours and placed in its chapter', () => {
    const all = pages('zyjyf-2022');
    assert.equal(all.length, 69);
    assert.deepEqual([all[0]!.prev, all.at(-1)!.next], [null, null]);
    const art36 = all.find((p) => p.entry.id === 'art-36')!;
    assert.deepEqual([art36.prev?.id, art36.next?.id], ['art-35', 'art-37']);
    assert.deepEqual(art36.trail, [{ id: 'ch-4', text: '第四章\u3000职业学校和职业培训机构' }]);
    assert.equal(art36.node.type, 'article');
  });

  it('a plan: one page per top-level item; items, 专栏 and their items live on their parent’s page', () => {
    const all = pages('rsbf-2021-86');
    assert.deepEqual(
      all.map((p) => p.entry.id),
      ['s1', 's2', 's3', 's4', 's5', 's6', 's7'],
    );
    const { units } = load('rsbf-2021-86');
    for (const unit of units)
      assert.ok(
        all.some((p) => p.entry.id === unit.page),
        `${unit.id} is on a page`,
      );
  });

  it('every page unit of the corpus is a unit whose page is itself', () => {
    for (const id of ['zyjyf-2022', 'rsbf-2021-86', 'rstf-2021-12', 'ynssswzyjyfzgh', 'kzzyjndzpxqsdg-2020-att-2']) {
      const { units } = load(id);
      const own = units.filter((u) => u.page === u.id).map((u) => u.id);
      assert.deepEqual(
        pages(id).map((p) => p.entry.id),
        own,
        id,
      );
    }
  });
});

describe('pageUnitName', () => {
  const cases: Array<[Parameters<typeof pageUnitName>[0], string]> = [
    [{ type: 'article', label: '第三十六条', heading: null, citation: '第三十六条' }, '第三十六条'],
    [{ type: 'article', label: '第一条', heading: '立法目的', citation: '第一条' }, '第一条【立法目的】'],
    [{ type: 'outline', label: '二、', heading: '总体要求', citation: '二' }, '二、总体要求'],
    [{ type: 'outline', label: '（一）', heading: null, citation: '（一）' }, '（一）'],
    [{ type: 'outline', label: '一、', heading: '目标', citation: '附件1一' }, '附件1 一、目标'],
  ];
  for (const [entry, expected] of cases) it(expected, () => assert.equal(pageUnitName(entry), expected));
});

describe('oneLine', () => {
  const cases: Array<[string, number, string]> = [
    ['第三十六条\u3000职业学校应当依法办学，依据章程自主管理。\n职业学校在办学中可以开展下列活动：', 20, '第三十六条 职业学校应当依法办学，依据…'],
    ['（一）根据产业需求，依法自主设置专业；', 150, '（一）根据产业需求，依法自主设置专业；'],
    ['  一、总体要求 \n\n（一）指导思想', 150, '一、总体要求（一）指导思想'],
  ];
  for (const [text, max, expected] of cases) it(expected, () => assert.equal(oneLine(text, max), expected));
});
