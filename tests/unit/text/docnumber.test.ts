import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDocNumbers, normalizeDocNumber } from '../../../src/lib/text/index.ts';

const normalized: Array<[string, string]> = [
  ['人社部发〔2020〕10 号', '人社部发〔2020〕10号'],
  ['人社部发〔2021〕86号', '人社部发〔2021〕86号'],
  ['云人社发[2014]140号', '云人社发〔2014〕140号'],
  ['人社部发﹝2020﹞96 号', '人社部发〔2020〕96号'],
  ['人社厅函［2021］152号', '人社厅函〔2021〕152号'],
  ['教职成厅函【2021】3号', '教职成厅函〔2021〕3号'],
  ['国办发(2019)24号', '国办发〔2019〕24号'],
  ['国办发（2019）24号', '国办发〔2019〕24号'],
  ['中办发〔２０２２〕５８号', '中办发〔2022〕58号'], // full-width digits
  ['财教 〔2021〕 310 号', '财教〔2021〕310号'],
  ['云政发　〔2020〕　1　号', '云政发〔2020〕1号'], // U+3000
];

for (const [raw, expected] of normalized) {
  test(`normalizeDocNumber(${JSON.stringify(raw)}) is ${expected}`, () => {
    assert.equal(normalizeDocNumber(raw), expected);
  });
}

const found: Array<[string, string[]]> = [
  ['（人社部发〔2020〕10 号）精神', ['人社部发〔2020〕10号']],
  ['根据人社部发〔2020〕10号文件', ['人社部发〔2020〕10号']],
  ['按人社部发〔2021〕86号执行', ['人社部发〔2021〕86号']], // 按 leads in like 按照
  ['《通知》（国办发〔2019〕24 号）和《办法》（财教〔2021〕310 号）', ['国办发〔2019〕24号', '财教〔2021〕310号']],
  ['云人社发[2014]140号', ['云人社发〔2014〕140号']],
  ['人社部发﹝2020﹞96 号', ['人社部发〔2020〕96号']],
  ['教职成厅函【２０２１】３号', ['教职成厅函〔2021〕3号']],
  ['落实中办发〔2022〕58号', ['中办发〔2022〕58号']],
  ['云人社通〔2019〕7号', ['云人社通〔2019〕7号']],
  ['〔2021〕30 号）要求', []], // a bracketed year alone
  ['以及〔2021〕30 号', []],
  ['2021年11月5日', []],
  ['甘政收(上)20211260号', []],
];

for (const [text, expected] of found) {
  test(`findDocNumbers(${JSON.stringify(text)}) finds ${expected.join(', ') || 'nothing'}`, () => {
    const matches = findDocNumbers(text);
    assert.deepEqual(
      matches.map((match) => match.normalized),
      expected,
    );
    for (const match of matches) assert.equal(text.slice(match.start, match.end), match.raw, 'offsets are into the original text');
  });
}

test('findDocNumbers keeps offsets into the unnormalised text', () => {
  assert.deepEqual(findDocNumbers('根据人社部发〔2020〕10 号文件'), [{ raw: '人社部发〔2020〕10 号', normalized: '人社部发〔2020〕10号', start: 2, end: 16 }]);
});
