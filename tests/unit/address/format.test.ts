/**
 * Citation forms, one table row per form and kind of unit, on real units of the corpus: the
 * 公文 form (title, 文号 where the kind is cited with it), the court form of 法释〔2009〕14号 (full
 * title, 条款项, no 文号), the academic form (short title, Arabic numerals) and plain text (the
 * clause quoted, its citation, its URL). 第一款 is never written for an article's only 款.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formatCitation, type CitationForm } from '../../../src/lib/address/index.ts';
import { listUnits } from '../../../src/lib/cite/index.ts';
import { parsePolicy } from '../../../src/lib/pst/index.ts';

function unit(doc: string, id: string | null) {
  const { tree } = parsePolicy(readFileSync(`content/policies/${doc}.md`, 'utf8'));
  const u = id === null ? null : listUnits(tree).find((x) => x.id === id);
  assert.ok(id === null || u, `${doc} has no unit ${id}`);
  return { meta: tree.meta, unit: u ?? null };
}

// [what, doc, unit, form, expected]
const cases: Array<[string, string, string | null, Exclude<CitationForm, 'plain'>, string]> = [
  ['a law’s 项', 'zyjyf-2022', 'art-36-p2-i3', 'gongwen', '《中华人民共和国职业教育法》第三十六条第二款第三项'],
  ['a law’s 项', 'zyjyf-2022', 'art-36-p2-i3', 'court', '《中华人民共和国职业教育法》第三十六条第二款第三项'],
  ['a law’s 项', 'zyjyf-2022', 'art-36-p2-i3', 'academic', '《职业教育法》第36条第2款第3项'],
  ['a 款 of several', 'zyjyf-2022', 'art-36-p2', 'academic', '《职业教育法》第36条第2款'],
  ['a chapter', 'zyjyf-2022', 'ch-8', 'gongwen', '《中华人民共和国职业教育法》第八章'],
  ['a chapter', 'zyjyf-2022', 'ch-8', 'academic', '《职业教育法》第8章'],
  ['a whole law', 'zyjyf-2022', null, 'court', '《中华人民共和国职业教育法》'],
  ['an article’s only 款', 'lrp-1986-22', 'art-1-p1', 'gongwen', '《技工学校工作规定》（劳人培〔1986〕22号）第一条'],
  ['an article’s only 款', 'lrp-1986-22', 'art-1-p1', 'court', '《技工学校工作规定》第一条'],
  ['an article’s only 款', 'lrp-1986-22', 'art-1-p1', 'academic', '《技工学校工作规定》第1条'],
  ['a 项 of an article’s only 款', 'rstf-2021-12', 'art-12-p1-i1', 'gongwen', '《技工院校教材管理工作实施细则》（人社厅发〔2021〕12号）第十二条第一项'],
  ['a 项 of an article’s only 款', 'rstf-2021-12', 'art-12-p1-i1', 'academic', '《技工院校教材管理工作实施细则》第12条第1项'],
  ['a provincial regulation (no 文号 in any form)', 'ynszyjytl', 'art-12-p2-i1', 'gongwen', '《云南省职业教育条例》第十二条第二款第一项'],
  ['a 一、 item on its own', 'gbf-2017-95', 's1', 'gongwen', '《国务院办公厅关于深化产教融合的若干意见》（国办发〔2017〕95号）第一部分'],
  ['a 一、 item on its own', 'gbf-2017-95', 's1', 'court', '《国务院办公厅关于深化产教融合的若干意见》第一部分'],
  ['a （一） item', 'rsbf-2021-86', 's2-2', 'gongwen', '《技工教育“十四五”规划》（人社部发〔2021〕86号）二（二）'],
  ['a （一） item', 'rsbf-2021-86', 's2-2', 'academic', '《技工教育“十四五”规划》二（二）'],
  ['a 专栏 item', 'rsbf-2021-102', 'box-2-s1', 'gongwen', '《“十四五”职业技能培训规划》（人社部发〔2021〕102号）专栏2第1项'],
  ['a table', 'gbf-2017-95-att-1', 'tbl-1', 'gongwen', '《重点任务分工》表1'],
  [
    'an attachment',
    'rstf-2021-12-notice',
    'att-1',
    'gongwen',
    '《人力资源社会保障部办公厅关于印发〈技工院校教材管理工作实施细则〉的通知》（人社厅发〔2021〕12号）附件1',
  ],
];

describe('citation forms', () => {
  for (const [what, doc, id, form, expected] of cases) {
    it(`${form}: ${what} → ${expected}`, () => {
      const { meta, unit: u } = unit(doc, id);
      assert.equal(formatCitation(meta, u?.path ?? null, form), expected);
    });
  }

  it('plain: the clause quoted, then its 公文 citation and its URL', () => {
    const { meta, unit: u } = unit('zyjyf-2022', 'art-36-p2-i3');
    const text = formatCitation(meta, u!.path, 'plain', { text: u!.text, url: 'https://example.org/docs/zyjyf-2022/#art-36-p2-i3' });
    const [quote, citation, url] = text.split('\n');
    assert.equal(quote, `“${u!.text.trim()}”`);
    assert.equal(citation, '——《中华人民共和国职业教育法》第三十六条第二款第三项');
    assert.equal(url, 'https://example.org/docs/zyjyf-2022/#art-36-p2-i3');
  });
});
