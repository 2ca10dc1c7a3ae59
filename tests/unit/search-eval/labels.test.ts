/**
 * The labelled search set (tests/search-eval/queries.json) holds against the corpus, and the
 * check that says so catches each kind of stale or malformed label, pointing at the query.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadCorpus } from '../../../src/lib/corpus/index.ts';
import { checkLabels, corpusTexts, QUERIES_FILE } from '../../search-eval/labels.ts';

test('every label of the search set holds against content/policies', async () => {
  const texts = corpusTexts(await loadCorpus(undefined, { warn: () => {} }));
  const { problems, kinds, users } = checkLabels(readFileSync(QUERIES_FILE, 'utf8'), texts);
  assert.deepEqual(problems, []);
  // The set's own floor (issue 11): 150 queries, 50 questions, 25 colloquial, every kind and user.
  const total = [...kinds.values()].reduce((a, b) => a + b, 0);
  assert.ok(total >= 150, `${total} queries`);
  assert.ok((kinds.get('question') ?? 0) >= 50, `${kinds.get('question')} questions`);
  assert.ok((kinds.get('colloquial') ?? 0) >= 25, `${kinds.get('colloquial')} colloquial`);
  for (const kind of ['keyword', 'typo', 'docnumber', 'crossdoc']) assert.ok(kinds.has(kind), kind);
  for (const user of ['teacher', 'admin', 'official']) assert.ok(users.has(user), user);
});

test('every label of the held-out set (tests/search-eval/heldout.json) holds against content/policies', async () => {
  const texts = corpusTexts(await loadCorpus(undefined, { warn: () => {} }));
  const { problems, kinds } = checkLabels(readFileSync('tests/search-eval/heldout.json', 'utf8'), texts);
  assert.deepEqual(problems, []);
  assert.ok([...kinds.values()].reduce((a, b) => a + b, 0) >= 48);
});

// A two-document corpus: 职业教育法 第十二条第三款, and a plan's outline item.
const texts = new Map([
  ['law', '第十二条……每年5月的第二周为职业教育活动周。'],
  ['law#art-12', '第十二条……\n每年5月的第二周为职业教育活动周。'],
  ['law#art-12-p3', '每年5月的第二周为职业教育活动周。'],
  ['plan', '一、办好职业教育活动周'],
  ['plan#s1', '一、办好职业教育 活动周'],
]);

function labelled(...queries: object[]): string {
  return JSON.stringify({ about: 'test', queries }, null, 2);
}
const good = { q: '职业教育活动周是哪一周', kind: 'question', user: 'teacher', docs: ['law'], units: ['law#art-12-p3'], snippet: '第二周为职业教育活动周' };

const cases: Array<[string, object[], RegExp | null]> = [
  ['a label that holds', [good], null],
  ['white space inside the unit text is ignored', [{ ...good, docs: ['plan'], units: ['plan#s1'], snippet: '职业教育活动周' }], null],
  ['a document-level label whose document holds the snippet', [{ ...good, units: undefined }], null],
  ['an unknown document', [{ ...good, docs: ['law', 'lost'] }], /:5:7: 职业教育活动周是哪一周: unknown document lost$/],
  ['a unit id the importer no longer makes', [{ ...good, units: ['law#art-12-p2'] }], /unknown unit law#art-12-p2 \(no such unit in law\)/],
  ['a snippet its unit does not contain', [{ ...good, units: ['law#art-12-p3'], snippet: '活动月' }], /law#art-12-p3 does not contain “活动月”/],
  ['a unit outside the listed documents', [{ ...good, units: ['plan#s1'], snippet: '活动周' }], /plan#s1 is not in docs/],
  ['units without a snippet', [{ ...good, snippet: undefined }], /units without the snippet/],
  ['a snippet no document holds', [{ ...good, units: undefined, snippet: '学徒制' }], /none of its documents contains “学徒制”/],
  ['a kind outside the set', [{ ...good, kind: 'topic' }], /kind “topic”, expected one of keyword, question/],
  ['a missing user', [{ ...good, user: undefined }], /user “undefined”, expected one of teacher, admin, official/],
  ['the same query twice', [good, { ...good }], /:17:7: 职业教育活动周是哪一周: the same query twice$/],
];

for (const [name, queries, expected] of cases) {
  test(`the check reports ${name}${expected ? '' : ' as holding'}`, () => {
    const { problems } = checkLabels(labelled(...queries), texts, 'queries.json');
    if (expected === null) assert.deepEqual(problems, []);
    else {
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0]!, /^queries\.json:\d+:\d+: /);
      assert.match(problems[0]!, expected);
    }
  });
}

test('the check reports a file that is not JSON at its first line', () => {
  const { problems } = checkLabels('{ "queries": [', texts, 'queries.json');
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^queries\.json:1:1: not JSON/);
});

test('the check counts the queries per kind and per user', () => {
  const { kinds, users } = checkLabels(labelled(good, { ...good, q: '技校读几年', kind: 'colloquial' }), texts, 'queries.json');
  assert.deepEqual(
    [...kinds],
    [
      ['question', 1],
      ['colloquial', 1],
    ],
  );
  assert.deepEqual([...users], [['teacher', 2]]);
});
