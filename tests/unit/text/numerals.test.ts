import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseChineseNumeral, parseSubNumber, toChineseNumeral } from '../../../src/lib/text/index.ts';

const numerals: Array<[string, number | null]> = [
  ['一', 1],
  ['十', 10],
  ['十二', 12],
  ['二十', 20],
  ['三十六', 36],
  ['一百', 100],
  ['一百零五', 105],
  ['一百一十', 110],
  ['一百一十二', 112],
  ['两', 2],
  ['两百', 200],
  ['〇', 0],
  ['零', 0],
  ['一千零一', 1001],
  ['一万零一十', 10010],
  ['二〇二一', 2021], // a year, digit by digit
  ['36', 36],
  ['３６', 36], // full-width digits
  [' 十二 ', 12],
  ['', null],
  ['十百', null],
  ['三十六条', null],
  ['之一', null],
  ['abc', null],
];

for (const [input, expected] of numerals) {
  test(`parseChineseNumeral(${JSON.stringify(input)}) is ${expected}`, () => {
    assert.equal(parseChineseNumeral(input), expected);
  });
}

const written: Array<[number, string | null]> = [
  [0, '〇'],
  [1, '一'],
  [10, '十'],
  [12, '十二'],
  [20, '二十'],
  [36, '三十六'],
  [100, '一百'],
  [105, '一百零五'],
  [110, '一百一十'],
  [1001, '一千零一'],
  [1010, '一千零一十'],
  [10010, '一万零一十'],
  [100000, '十万'],
  [-1, null],
  [1.5, null],
];

for (const [input, expected] of written) {
  test(`toChineseNumeral(${input}) is ${expected}`, () => {
    assert.equal(toChineseNumeral(input), expected);
  });
}

test('toChineseNumeral and parseChineseNumeral round-trip 0–2000', () => {
  for (let n = 0; n <= 2000; n++) assert.equal(parseChineseNumeral(toChineseNumeral(n) ?? ''), n, String(n));
});

const subNumbers: Array<[string, number | null]> = [
  ['之一', 1],
  ['之二', 2],
  ['之十', 10],
  ['一', null],
  ['之', null],
];

for (const [input, expected] of subNumbers) {
  test(`parseSubNumber(${JSON.stringify(input)}) is ${expected}`, () => {
    assert.equal(parseSubNumber(input), expected);
  });
}
