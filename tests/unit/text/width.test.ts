import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSpace, toHalfWidth } from '../../../src/lib/text/index.ts';

const folds: Array<[string, string]> = [
  ['３６号', '36号'],
  ['（一）', '(一)'],
  ['１．', '1.'],
  ['［２０２１］', '[2021]'],
  ['第一条　为了', '第一条 为了'], // U+3000 → space
  ['〔2021〕、。', '〔2021〕、。'], // CJK punctuation is not full-width ASCII
];

for (const [input, expected] of folds) {
  test(`toHalfWidth(${JSON.stringify(input)}) is ${JSON.stringify(expected)} and keeps the length`, () => {
    assert.equal(toHalfWidth(input), expected);
    assert.equal(toHalfWidth(input).length, input.length);
  });
}

test('isSpace knows U+3000 and no-break space, not CJK text', () => {
  assert.deepEqual([' ', '\t', '\u3000', '\u00a0', '一', '、', undefined].map(isSpace), [true, true, true, true, false, false, false]);
});
