/** Clause references as typed and as cited: one line per form, with the citation and id it names. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseUnitPath } from '../../../src/lib/address/index.ts';
import { resolveClause, splitJumpQuery, type CitedUnit } from '../../../src/lib/jump/index.ts';

describe('splitJumpQuery', () => {
  // [query, document part, clause part] of the first reading; null: no clause at the end.
  const cases: Array<[string, string, string] | [string, null]> = [
    ['职教法 30', '职教法', '30'],
    ['职教法30', '职教法', '30'],
    ['职教法 三十', '职教法', '三十'],
    ['职教法第三十条', '职教法', '第三十条'],
    ['技工学校工作规定第七条', '技工学校工作规定', '第七条'],
    ['职教法第三十六条第二款第三项', '职教法', '第三十六条第二款第三项'],
    ['技工教育十四五规划 二（三）', '技工教育十四五规划', '二（三）'],
    ['技工教育十四五规划二（三）', '技工教育十四五规划', '二（三）'],
    ['《中华人民共和国职业教育法》第三十六条', '中华人民共和国职业教育法', '第三十六条'],
    ['《技工教育“十四五”规划》（人社部发〔2021〕86号）二（三）', '《技工教育“十四五”规划》（人社部发〔2021〕86号）', '二（三）'],
    ['第三十条', '', '第三十条'],
    ['职教法三十', null], // a bare Chinese numeral straight after the title reads as part of it
    ['技工教育十四五', null], // never inside a run of numerals
    ['国发〔2019〕4', null], // the serial number of a 文号
    ['人社部发〔2021〕86号', null],
    ['中华人民共和国职业教育法', null],
  ];
  for (const [query, document, clause] of cases) {
    it(`${query} → ${document === null ? 'no clause' : `${document || '(this document)'} + ${clause}`}`, () => {
      const [first] = splitJumpQuery(query);
      if (document === null) assert.equal(first, undefined);
      else assert.deepEqual(first && [first.document, first.clause], [document, clause]);
    });
  }

  it('offers every reading, the longest clause first: 职教20条 （五）', () => {
    assert.deepEqual(
      splitJumpQuery('职教20条 （五）').map((s) => [s.document, s.clause]),
      [
        ['职教', '20条 （五）'],
        ['职教20条', '（五）'],
      ],
    );
  });
});

describe('resolveClause', () => {
  const unit = (citation: string, id: string): CitedUnit => ({ citation, id });
  // A law with a single-款 article, a many-款 article and an inserted 第五条之一, and a plan whose
  // （一）… run on through 一、二、 with a 专栏 under 二（三）.
  const law = [
    unit('第一章', 'ch-1'),
    unit('第五条', 'art-5'),
    unit('第五条第一项', 'art-5-p1-i1'),
    unit('第五条之一', 'art-5-1'),
    unit('第六条', 'art-6'),
    unit('第六条第一款', 'art-6-p1'),
    unit('第六条第二款', 'art-6-p2'),
    unit('第六条第二款第三项', 'art-6-p2-i3'),
  ];
  const plan = [
    unit('第一部分', 's1'),
    unit('一（一）', 's1-1'),
    unit('一（二）', 's1-2'),
    unit('第二部分', 's2'),
    unit('二（三）', 's2-3'),
    unit('二（三）专栏1', 'box-1'),
    unit('专栏1第1项', 'box-1-s1'),
  ];
  // [units, typed, id, exact]
  const cases: Array<[CitedUnit[], string, string, boolean]> = [
    [law, '第五条', 'art-5', true],
    [law, '5', 'art-5', true], // a lone number is an article where there are articles
    [law, '第五条之一', 'art-5-1', true],
    [law, '第五条第一款第一项', 'art-5-p1-i1', true], // 第一款 of a single-款 article is not cited
    [law, '第五条第一款', 'art-5', true],
    [law, '第六条第三项', 'art-6-p2-i3', true], // the one 款 of 第六条 with a 第三项
    [law, '第六条第二款第（三）项', 'art-6-p2-i3', true],
    [law, '第六条第九款', 'art-6', false], // no such 款: the article
    [law, '第一章', 'ch-1', true],
    [plan, '2', 's2', true], // …and a 一、 item where there are none
    [plan, '二', 's2', true],
    [plan, '（三）', 's2-3', true], // numbered on through the parents
    [plan, '一（三）', 's2-3', false], // no 一（三）: the only （三）
    [plan, '二（九）', 's2', false],
    [plan, '专栏1', 'box-1', true],
    [plan, '专栏1第1项', 'box-1-s1', true],
  ];
  for (const [units, typed, id, exact] of cases) {
    it(`${typed} → ${id}${exact ? '' : ' (nearest)'}`, () => {
      assert.deepEqual(resolveClause(parseUnitPath(typed)!, units), { ...units.find((u) => u.id === id)!, exact });
    });
  }

  it('finds nothing when not even the outermost part exists', () => {
    assert.equal(resolveClause(parseUnitPath('第九十条')!, law), null);
    assert.equal(resolveClause(parseUnitPath('（九）')!, plan), null);
  });
});
