/** Terms: one folding for the index and the query (analyze.ts), on real phrasings. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { innerTerms, numberTerm, textRuns } from '../../../src/lib/search/index.ts';

const runs: Array<[string, string[]]> = [
  ['人社部发〔2021〕86号；技工院校', ['人社部发2021 86号', '技工院校']],
  ['人社部发[2021]86 号', ['人社部发2021 86号']],
  ['技工教育“十四五”规划', ['技工教育十四五规划']],
  ['２０２１年８月，推进产教融合。', ['2021年8月', '推进产教融合']],
  ['每人每年 5000 元以上', ['每人每年5000元以上']],
];
for (const [text, expected] of runs) {
  test(`textRuns folds ${text} into ${expected.join(' | ')}`, () => assert.deepEqual(textRuns(text), expected));
}

test('a 文号 gives the same term in every bracket form and width', () => {
  const forms = ['人社部发〔2021〕86号', '人社部发[2021]86号', '人社部发［２０２１］８６号', '人社部发(2021)86 号'];
  assert.equal(new Set(forms.map(numberTerm)).size, 1);
  assert.notEqual(numberTerm('人社部发〔2021〕86号'), numberTerm('人社部发〔2021〕87号'));
});

test('innerTerms lists the known words inside a longer word, as jieba’s search mode does', () => {
  const known = new Set(['技工', '学校', '工学', '职业', '教育', '活动周']);
  assert.deepEqual(
    innerTerms('技工学校', (t) => known.has(t)),
    ['技工', '工学', '学校'],
  );
  assert.deepEqual(
    innerTerms('职业教育活动周', (t) => known.has(t)),
    ['职业', '教育', '活动周'],
  );
  assert.deepEqual(
    innerTerms('学校', (t) => known.has(t)),
    [],
    'a two-symbol word has no inner terms',
  );
});
