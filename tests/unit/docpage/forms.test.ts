/**
 * The copy menu's citation forms (docpage/forms.ts over src/lib/address), one table per form,
 * one row per kind of unit, with the units as the real documents have them: a law's article,
 * 款, 项 and a one-款 article's 款; a plan's 一、 item, （一） item and 专栏 item; the whole document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CitationForm } from '../../../src/lib/address/index.ts';
import { citeInForm } from '../../../src/lib/docpage/forms.ts';
import { load } from './corpus.ts';

const LAW = 'zyjyf-2022';
const PLAN = 'rsbf-2021-86';

/** [document, unit id ('' for the document), expected citation]. */
const TABLES: Record<Exclude<CitationForm, 'plain'>, Array<[string, string, string]>> = {
  gongwen: [
    [LAW, 'art-36', '《中华人民共和国职业教育法》第三十六条'],
    [LAW, 'art-36-p2', '《中华人民共和国职业教育法》第三十六条第二款'],
    [LAW, 'art-36-p2-i3', '《中华人民共和国职业教育法》第三十六条第二款第三项'],
    [LAW, 'art-1-p1', '《中华人民共和国职业教育法》第一条'],
    [LAW, '', '《中华人民共和国职业教育法》'],
    [PLAN, 's3', '《技工教育“十四五”规划》（人社部发〔2021〕86号）第三部分'],
    [PLAN, 's3-3', '《技工教育“十四五”规划》（人社部发〔2021〕86号）三（三）'],
    [PLAN, 'box-2-s1', '《技工教育“十四五”规划》（人社部发〔2021〕86号）专栏2第1项'],
    [PLAN, '', '《技工教育“十四五”规划》（人社部发〔2021〕86号）'],
  ],
  court: [
    [LAW, 'art-36', '《中华人民共和国职业教育法》第三十六条'],
    [LAW, 'art-36-p2', '《中华人民共和国职业教育法》第三十六条第二款'],
    [LAW, 'art-36-p2-i3', '《中华人民共和国职业教育法》第三十六条第二款第三项'],
    [LAW, 'art-1-p1', '《中华人民共和国职业教育法》第一条'],
    [LAW, '', '《中华人民共和国职业教育法》'],
    [PLAN, 's3', '《技工教育“十四五”规划》第三部分'],
    [PLAN, 's3-3', '《技工教育“十四五”规划》三（三）'],
    [PLAN, 'box-2-s1', '《技工教育“十四五”规划》专栏2第1项'],
    [PLAN, '', '《技工教育“十四五”规划》'],
  ],
  academic: [
    [LAW, 'art-36', '《职业教育法》第36条'],
    [LAW, 'art-36-p2', '《职业教育法》第36条第2款'],
    [LAW, 'art-36-p2-i3', '《职业教育法》第36条第2款第3项'],
    [LAW, 'art-1-p1', '《职业教育法》第1条'],
    [LAW, '', '《职业教育法》'],
    [PLAN, 's3', '《技工教育“十四五”规划》第三部分'],
    [PLAN, 's3-3', '《技工教育“十四五”规划》三（三）'],
    [PLAN, 'box-2-s1', '《技工教育“十四五”规划》专栏2第1项'],
    [PLAN, '', '《技工教育“十四五”规划》'],
  ],
};

function cite(docId: string, unitId: string, form: CitationForm, extras?: { text: string; url: string }): string {
  const { tree, units } = load(docId);
  const citation = unitId === '' ? '' : units.find((u) => u.id === unitId)!.citation;
  return citeInForm(tree.meta, citation, form, extras);
}

for (const [form, rows] of Object.entries(TABLES) as Array<[CitationForm, Array<[string, string, string]>]>) {
  describe(`the ${form} form`, () => {
    for (const [docId, unitId, expected] of rows) {
      it(`${docId} ${unitId || '(document)'} → ${expected}`, () => assert.equal(cite(docId, unitId, form), expected));
    }
  });
}

describe('the plain form', () => {
  const rows: Array<[string, string]> = [
    [LAW, 'art-36-p2-i3'],
    [LAW, 'art-1-p1'],
    [PLAN, 's3-3'],
    [PLAN, 'box-2-s1'], // 专栏1 is a table of indicators, not a list
  ];
  for (const [docId, unitId] of rows) {
    it(`${docId} ${unitId}: the clause quoted, then its 公文 citation and its URL`, () => {
      const text = load(docId).units.find((u) => u.id === unitId)!.text;
      const url = `https://example.org/docs/${docId}/#${unitId}`;
      const [quote, citation, link] = cite(docId, unitId, 'plain', { text, url }).split('\n');
      assert.equal(quote, `“${text.replace(/\n+/g, ' ').trim()}”`);
      assert.equal(citation, `——${cite(docId, unitId, 'gongwen')}`);
      assert.equal(link, url);
    });
  }
});
