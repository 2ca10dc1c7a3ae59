import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates, parseChineseDate } from '../../../src/lib/text/index.ts';

const dates: Array<[string, string | null]> = [
  ['2020 年 2 月 17 日', '2020-02-17'],
  ['2021年8月9日', '2021-08-09'],
  ['2022 年 5月 12 日', '2022-05-12'],
  ['2021 年 2 月 1日', '2021-02-01'],
  ['2020-06-17', '2020-06-17'],
  ['2020/6/17', '2020-06-17'],
  ['2021年02月19日', '2021-02-19'],
  ['二〇二一年三月五日', '2021-03-05'],
  ['二〇二二年十二月三十一日', '2022-12-31'],
  ['２０２１年８月９日', '2021-08-09'], // full-width digits
  ['　　2020年12月10日', '2020-12-10'], // indented with U+3000
  ['2021年2月30日', null], // no such day
  ['2021年13月1日', null],
  ['2022年10月1日印发', null], // more than a date
  ['发布时间：2021 年 10 月 22 日', null],
  ['2020-6', null],
];

for (const [input, expected] of dates) {
  test(`parseChineseDate(${JSON.stringify(input)}) is ${expected}`, () => {
    assert.equal(parseChineseDate(input), expected);
  });
}

test('findDates finds every date with offsets into the text as given', () => {
  const text = '于2021年8月9日发布，自2020-06-17起施行，二〇二一年三月五日印发，2021年2月30日不算';
  const found = findDates(text);
  assert.deepEqual(
    found.map((match) => [match.iso, text.slice(match.start, match.end)]),
    [
      ['2021-08-09', '2021年8月9日'],
      ['2020-06-17', '2020-06-17'],
      ['2021-03-05', '二〇二一年三月五日'],
    ],
  );
});

test('findDates keeps offsets through full-width spaces and digits', () => {
  const text = '发布时间：２０２２　年　３　月　１８　日';
  assert.deepEqual(findDates(text), [{ iso: '2022-03-18', start: 5, end: text.length }]);
});
