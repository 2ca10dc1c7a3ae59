/**
 * The checker's verdicts, one line per real phrasing: correct, mis-bracketed, wrongly numbered,
 * non-existent, repealed and outside-the-library citations, as drafts write them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applySuggestions, type Verdict } from '../../../src/lib/check/index.ts';
import { checker } from './corpus.ts';

interface Case {
  draft: string;
  verdict: Verdict;
  docId: string | null;
  unitId?: string | null;
  /** A word every note list must contain (the reason), when the verdict is not ok. */
  note?: string;
  suggestion?: string | null;
}

const cases: Case[] = [
  // ok
  { draft: '根据《中华人民共和国职业教育法》第三十六条第二款第三项的规定', verdict: 'ok', docId: 'zyjyf-2022', unitId: 'art-36-p2-i3', suggestion: null },
  { draft: '按照《技工教育“十四五”规划》（人社部发〔2021〕86号）三（三）要求', verdict: 'ok', docId: 'rsbf-2021-86', unitId: 's3-3', suggestion: null },
  { draft: '《人力资源社会保障部关于印发技工教育“十四五”规划的通知》（人社部发〔2021〕86号）', verdict: 'ok', docId: 'rsbf-2021-86-notice', suggestion: null },
  { draft: '《国家职业教育改革实施方案》（国发〔2019〕4号）', verdict: 'ok', docId: 'gf-2019-4', unitId: null },
  // warning: 文号 not in GB/T 9704 form
  {
    draft: '依据《技工教育“十四五”规划》（人社部发[2021]86号）',
    verdict: 'warning',
    docId: 'rsbf-2021-86',
    note: '六角括号',
    suggestion: '《技工教育“十四五”规划》（人社部发〔2021〕86号）',
  },
  {
    draft: '《技工教育“十四五”规划》（人社部发〔2021〕第86号）',
    verdict: 'warning',
    docId: 'rsbf-2021-86',
    note: '第',
    suggestion: '《技工教育“十四五”规划》（人社部发〔2021〕86号）',
  },
  {
    draft: '《技工教育“十四五”规划》（人社部发［2021］086号）',
    verdict: 'warning',
    docId: 'rsbf-2021-86',
    note: '虚位',
    suggestion: '《技工教育“十四五”规划》（人社部发〔2021〕86号）',
  },
  // warning: short title, Arabic numerals, 第一款 of a one-款 article, a bare 文号, a 公文 cited without its 文号
  {
    draft: '《职业教育法》第三十六条',
    verdict: 'warning',
    docId: 'zyjyf-2022',
    unitId: 'art-36',
    note: '全称',
    suggestion: '《中华人民共和国职业教育法》第三十六条',
  },
  {
    draft: '《职教法》第36条第2款第3项',
    verdict: 'warning',
    docId: 'zyjyf-2022',
    unitId: 'art-36-p2-i3',
    note: '汉字数字',
    suggestion: '《中华人民共和国职业教育法》第三十六条第二款第三项',
  },
  {
    draft: '《中华人民共和国职业教育法》第一条第一款',
    verdict: 'warning',
    docId: 'zyjyf-2022',
    unitId: 'art-1-p1',
    note: '第一款',
    suggestion: '《中华人民共和国职业教育法》第一条',
  },
  {
    draft: '按照人社部发〔2021〕86号文件执行',
    verdict: 'warning',
    docId: 'rsbf-2021-86',
    note: '先引标题',
    suggestion: '《技工教育“十四五”规划》（人社部发〔2021〕86号）',
  },
  {
    draft: '落实《技工教育“十四五”规划》三（三）',
    verdict: 'warning',
    docId: 'rsbf-2021-86',
    unitId: 's3-3',
    note: '发文字号',
    suggestion: '《技工教育“十四五”规划》（人社部发〔2021〕86号）三（三）',
  },
  // problem: the unit does not exist, the 文号 is another document's, a repealed document
  { draft: '《中华人民共和国职业教育法》第七十条', verdict: 'problem', docId: 'zyjyf-2022', unitId: null, note: '共69条', suggestion: null },
  { draft: '《中华人民共和国职业教育法》第三十六条第九款', verdict: 'problem', docId: 'zyjyf-2022', unitId: null, note: '没有第三十六条第九款' },
  {
    draft: '《技工教育“十四五”规划》（人社部发〔2021〕86号）二（三）',
    verdict: 'problem',
    docId: 'rsbf-2021-86',
    unitId: null,
    note: '三（三）',
    suggestion: '《技工教育“十四五”规划》（人社部发〔2021〕86号）三（三）',
  },
  {
    draft: '《技工教育“十四五”规划》（国发〔2019〕4号）',
    verdict: 'problem',
    docId: 'rsbf-2021-86',
    note: '文号不符',
    suggestion: '《技工教育“十四五”规划》（人社部发〔2021〕86号）',
  },
  { draft: '《云南省职业技术教育条例》第五条', verdict: 'problem', docId: null, note: '废止' },
  // external
  { draft: '依照《中华人民共和国民法典》第十条', verdict: 'external', docId: null, note: '未收录', suggestion: null },
  { draft: '教职成〔2019〕13号', verdict: 'external', docId: null, note: '未收录', suggestion: null },
  { draft: '教职成[2019]13号', verdict: 'external', docId: null, note: '未收录', suggestion: '教职成〔2019〕13号' },
];

describe('each citation gets its verdict', () => {
  const check = checker();
  for (const c of cases) {
    it(`${c.draft} → ${c.verdict}`, () => {
      const [result, ...rest] = check.check(c.draft);
      assert.ok(result, 'a citation is found');
      assert.equal(rest.length, 0, 'one citation');
      assert.equal(result.verdict, c.verdict, result.notes.join('; '));
      assert.equal(result.docId, c.docId);
      if (c.unitId !== undefined) assert.equal(result.unitId, c.unitId);
      if (c.note)
        assert.ok(
          result.notes.some((n) => n.includes(c.note!)),
          `notes: ${result.notes.join('; ')}`,
        );
      if (c.verdict === 'ok') assert.deepEqual(result.notes, []);
      if (c.suggestion !== undefined) assert.equal(result.suggestion, c.suggestion);
      assert.equal(c.draft.slice(result.start, result.end), result.text);
    });
  }
});

describe('a draft is checked as a whole', () => {
  const check = checker();

  it('a short name the draft defines (以下简称《方案》) cites its document without a warning', () => {
    const results = check.check('《国家职业教育改革实施方案》（国发〔2019〕4号）（以下简称《方案》）提出，《方案》三（九）明确。');
    assert.deepEqual(
      results.map((r) => [r.verdict, r.docId, r.unitId]),
      [
        ['ok', 'gf-2019-4', null],
        ['ok', 'gf-2019-4', 's3-9'],
      ],
    );
  });

  it('once a document is cited with its 文号, later citations may leave it out', () => {
    const results = check.check('《技工教育“十四五”规划》（人社部发〔2021〕86号）提出……落实《技工教育“十四五”规划》三（三）。');
    assert.deepEqual(
      results.map((r) => r.verdict),
      ['ok', 'ok'],
    );
  });

  it('a document whose status is 失效（废止） is a problem, 已被修改 or 规划期已结束 a warning, 现行有效 or unknown nothing', () => {
    const draft = '《中华人民共和国职业教育法》第一条';
    assert.equal(check.check(draft, { status: () => 'repealed' })[0]!.verdict, 'problem');
    assert.equal(check.check(draft, { status: () => 'amended' })[0]!.verdict, 'warning');
    assert.equal(check.check(draft, { status: () => 'plan-ended' })[0]!.verdict, 'warning');
    assert.equal(check.check(draft, { status: () => 'in-force' })[0]!.verdict, 'ok');
    assert.equal(check.check(draft, { status: () => 'unknown' })[0]!.verdict, 'ok');
    assert.equal(check.check(draft)[0]!.verdict, 'ok');
  });

  it('periodicals are not citations', () => {
    assert.deepEqual(check.check('《求是》发表文章'), []);
  });

  it('applying every suggestion gives the draft in standard form, which then checks clean', () => {
    const draft = '依据《职业教育法》第36条和人社部发[2021]86号，落实《技工教育“十四五”规划》二（三）。';
    const fixed = applySuggestions(draft, check.check(draft));
    assert.equal(fixed, '依据《中华人民共和国职业教育法》第三十六条和《技工教育“十四五”规划》（人社部发〔2021〕86号），落实《技工教育“十四五”规划》三（三）。');
    assert.deepEqual(
      check.check(fixed).map((r) => r.verdict),
      ['ok', 'ok', 'ok'],
    );
  });
});
