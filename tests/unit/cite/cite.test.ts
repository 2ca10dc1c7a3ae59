/** Citations of real units, one line per form people paste (checked by reading the documents). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formatCitation } from '../../../src/lib/address/index.ts';
import { listUnits, unitPageUrl, unitUrl } from '../../../src/lib/cite/index.ts';
import { parsePolicy } from '../../../src/lib/pst/index.ts';

function units(id: string) {
  const { tree } = parsePolicy(readFileSync(`content/policies/${id}.md`, 'utf8'));
  return { meta: tree.meta, units: listUnits(tree) };
}

describe('citations', () => {
  const cases: Array<[string, string | null, string]> = [
    ['zyjyf-2022', 'art-36-p2-i3', '《中华人民共和国职业教育法》第三十六条第二款第三项'],
    ['zyjyf-2022', 'art-36-p2', '《中华人民共和国职业教育法》第三十六条第二款'],
    // 第一条 has a single 款: no 第一款.
    ['zyjyf-2022', 'art-1-p1', '《中华人民共和国职业教育法》第一条'],
    ['zyjyf-2022', 'art-69', '《中华人民共和国职业教育法》第六十九条'],
    ['zyjyf-2022', 'ch-8', '《中华人民共和国职业教育法》第八章'],
    ['zyjyf-2022', null, '《中华人民共和国职业教育法》'],
    ['rsbf-2021-86', 's2-2', '《技工教育“十四五”规划》（人社部发〔2021〕86号）二（二）'],
    ['rsbf-2021-86', 's3-3', '《技工教育“十四五”规划》（人社部发〔2021〕86号）三（三）'],
    ['rsbf-2021-86', 'box-2-s1', '《技工教育“十四五”规划》（人社部发〔2021〕86号）专栏2第1项'],
    ['lrp-1986-22', 'art-7', '《技工学校工作规定》（劳人培〔1986〕22号）第七条'],
  ];
  for (const [doc, unit, expected] of cases) {
    it(expected, () => {
      const { meta, units: all } = units(doc);
      const u = unit === null ? null : all.find((x) => x.id === unit);
      assert.ok(unit === null || u, `${doc} has no unit ${unit}`);
      assert.equal(formatCitation(meta, u?.path ?? null, 'gongwen'), expected);
    });
  }
});

describe('units', () => {
  it('every unit has a unique id, its text, and the page of its article or top-level outline item', () => {
    const { units: all } = units('zyjyf-2022');
    assert.equal(new Set(all.map((u) => u.id)).size, all.length);
    const item = all.find((u) => u.id === 'art-36-p2-i3')!;
    assert.equal(item.page, 'art-36');
    assert.match(item.text, /^（三）/);
    assert.equal(all.filter((u) => u.type === 'article').length, 69);
    assert.equal(all.find((u) => u.id === 'ch-1')!.page, null);
  });
  it('urls point at the unit in the document and at its own page', () => {
    assert.equal(unitUrl('zyjyf-2022', 'art-36-p2-i3'), '/docs/zyjyf-2022/#art-36-p2-i3');
    assert.equal(unitPageUrl('zyjyf-2022', 'art-36'), '/docs/zyjyf-2022/art-36/');
  });
});
