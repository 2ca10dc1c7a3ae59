/** Unit references as typed and as cited: one line per form, with the citation and id it names. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatUnitPath, parseUnitPath, unitIdOf } from '../../../src/lib/address/index.ts';

describe('parseUnitPath → citation and id', () => {
  // [typed, the citation listUnits gives that unit, the id the parser gives it]
  const cases: Array<[string, string, string]> = [
    ['第三十六条第二款第三项', '第三十六条第二款第三项', 'art-36-p2-i3'],
    ['第36条第2款第3项', '第三十六条第二款第三项', 'art-36-p2-i3'],
    ['第三十六条第二款第（三）项', '第三十六条第二款第三项', 'art-36-p2-i3'],
    ['第 36 条 第 2 款 第 3 项', '第三十六条第二款第三项', 'art-36-p2-i3'],
    ['第３６条', '第三十六条', 'art-36'], // full-width digits
    ['三十六条', '第三十六条', 'art-36'],
    ['36条', '第三十六条', 'art-36'],
    ['第三十六条之一', '第三十六条之一', 'art-36-1'],
    ['第三十六条第二款', '第三十六条第二款', 'art-36-p2'],
    ['第三十六条第三项', '第三十六条第三项', 'art-36-p1-i3'], // a 项 without 款 is in 第一款
    ['第十三条（一）', '第十三条第一项', 'art-13-p1-i1'],
    ['第三十六条第二款第三项第1目', '第三十六条第二款第三项第1目', 'art-36-p2-i3-s1'],
    ['第一百零五条', '第一百零五条', 'art-105'],
    ['二（三）', '二（三）', 's2-3'],
    ['二、', '第二部分', 's2'], // with its 、 a numeral is an outline item, not a bare number
    ['二、（三）', '二（三）', 's2-3'],
    ['二(三)', '二（三）', 's2-3'],
    ['二 （三）', '二（三）', 's2-3'],
    ['（五）', '（五）', 's5'],
    ['二（三）1.（2）', '二（三）1.（2）', 's2-3-1-2'],
    ['一1.', '一1.', 's1-0-1'], // a skipped level is 0
    ['专栏2', '专栏2', 'box-2'],
    ['专栏2第1项', '专栏2第1项', 'box-2-s1'],
    ['二（三）专栏1', '二（三）专栏1', 'box-1'], // a box is numbered through its scope
    ['附件1二', '附件1第二部分', 'att-1-s2'],
    ['附件1第三条', '附件1第三条', 'att-1-art-3'],
    ['第三章', '第三章', 'ch-3'],
    ['第三章第二节', '第三章第二节', 'ch-3-sec-2'],
    ['第二章一、', '第二章第一部分', 'ch-2-s1'],
    ['第二部分', '第二部分', 's2'],
    ['附件1第二部分', '附件1第二部分', 'att-1-s2'], // outline numbering starts again in each chapter
    ['第十条第1目', '第十条第1目', 'art-10-p1-i0-s1'], // a 目 without 项: item 0 (xref once said art-10-s1)
    ['表2', '表2', 'tbl-2'],
    ['附件1表1', '附件1表1', 'att-1-tbl-1'],
    ['附件1专栏2第1项', '附件1专栏2第1项', 'att-1-box-2-s1'],
  ];
  for (const [typed, citation, id] of cases) {
    it(`${typed} is ${citation}, ${id}`, () => {
      const ref = parseUnitPath(typed);
      assert.ok(ref, `${typed} should parse`);
      assert.equal(formatUnitPath(ref), citation);
      assert.equal(unitIdOf(ref), id);
    });
  }

  it('a lone number is a number, whichever way it is written', () => {
    assert.deepEqual(parseUnitPath('30'), [{ type: 'number', number: 30 }]);
    assert.deepEqual(parseUnitPath('三十'), [{ type: 'number', number: 30 }]);
  });

  const rejected = ['', '第条', '十四五', '规划', '二（三）第三条', '第三十六条二（三）', '30 （五）', '第三十六条第二款第二款'];
  for (const text of rejected) {
    it(`${JSON.stringify(text)} is not a clause reference`, () => assert.equal(parseUnitPath(text), null));
  }
});
