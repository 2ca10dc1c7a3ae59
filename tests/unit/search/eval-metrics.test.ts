/** The scoring of tests/search-eval: which results count as right. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docRight, parseResultUrl, score, unitRight, type LabelledQuery, type UnitInfo } from '../../search-eval/metrics.ts';

// 第十二条 (a page unit in 第一章) with 第三款; 第十三条 beside it.
const units = new Map<string, UnitInfo>([
  ['law#ch-1', { parent: null, page: null }],
  ['law#art-12', { parent: 'ch-1', page: 'art-12' }],
  ['law#art-12-p3', { parent: 'art-12', page: 'art-12' }],
  ['law#art-12-p3-i1', { parent: 'art-12-p3', page: 'art-12' }],
  ['law#art-13', { parent: 'ch-1', page: 'art-13' }],
]);
const texts = new Map([
  ['law#art-12-p3', '每年5月的第二周为职业教育活动周。'],
  ['other#s1', '办好职业教育活动周和世界青年技能日宣传活动'],
]);
const query: LabelledQuery = { q: '职业教育活动周', kind: 'keyword', user: 'teacher', docs: ['law'], units: ['law#art-12-p3'], snippet: '职业教育活动周' };

const clause: Array<[string, boolean]> = [
  ['/docs/law/#art-12-p3', true], // the unit
  ['/docs/law/?hl=x#art-12-p3', true],
  ['/docs/law/#art-12', true], // the article holding it (its page unit)
  ['/docs/law/art-12/', true], // the article's own page
  ['/docs/law/#art-12-p3-i1', true], // inside it
  ['/docs/law/#ch-1', false], // above the page unit
  ['/docs/law/#art-13', false],
  ['/docs/law/', false], // the document, no unit
  ['/docs/other/#s1', false], // listed only
];

for (const [href, right] of clause) {
  test(`at clause level ${href} is ${right ? 'right' : 'wrong'}`, () => {
    assert.equal(unitRight(query, units, texts)(parseResultUrl(href)!), right);
  });
}

test('accept: snippet makes every unit holding the snippet right, and its document', () => {
  const loose: LabelledQuery = { ...query, accept: 'snippet' };
  const other = parseResultUrl('/docs/other/#s1')!;
  assert.equal(unitRight(loose, units, texts)(other), true);
  assert.equal(docRight(loose, texts)(other), true);
  assert.equal(docRight(query, texts)(other), false);
});

test('recall@1, recall@5 and MRR from first-hit ranks', () => {
  assert.deepEqual(score([1, 2, null, 6]), { n: 4, r1: 0.25, r5: 0.5, mrr: (1 + 0.5 + 0 + 1 / 6) / 4 });
});
