import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readState, resultHref, writeState } from '../../../src/lib/search/index.ts';

test('a search reads from repeated URL parameters, one per selected value', () => {
  const state = readState(new URLSearchParams('q=职业教育&kind=法律&kind=部门规章&year=2022&year=2022&unknown=x'));
  assert.equal(state.q, '职业教育');
  assert.deepEqual(state.filters, { kind: ['法律', '部门规章'], issuer: [], jurisdiction: [], year: ['2022'], status: [] });
});

test('a search written to the URL reads back the same, q first', () => {
  const state = readState(new URLSearchParams('status=未知&q=产教融合 型企业&issuer=人力资源社会保障部'));
  const written = writeState(state);
  assert.equal(written.toString().startsWith('q='), true);
  assert.deepEqual(readState(written), state);
});

test('an empty query is left out of the URL', () => {
  assert.equal(writeState(readState(new URLSearchParams('q=&kind=法律'))).toString(), `kind=${encodeURIComponent('法律')}`);
});

const hrefs: Array<[string, string[], string]> = [
  ['/docs/zyjyf-2022/#art-12-p3', ['职业教育活动周'], `/docs/zyjyf-2022/?hl=${encodeURIComponent('职业教育活动周')}#art-12-p3`],
  [
    '/docs/zyjyf-2022/#art-31',
    ['职业教育法', '活页式教材'],
    `/docs/zyjyf-2022/?hl=${encodeURIComponent('职业教育法')}&hl=${encodeURIComponent('活页式教材')}#art-31`,
  ],
  ['/docs/rsbf-2021-86/', ['人社部发2021 86号'], `/docs/rsbf-2021-86/?hl=${encodeURIComponent('人社部发2021 86号').replace(/%20/g, '+')}`],
  ['/docs/zyjyf-2022/#art-1', [], '/docs/zyjyf-2022/#art-1'],
];

for (const [url, terms, href] of hrefs) {
  test(`resultHref(${url}) carries ${terms.length} terms before the fragment`, () => {
    assert.equal(resultHref(url, terms), href);
  });
}
