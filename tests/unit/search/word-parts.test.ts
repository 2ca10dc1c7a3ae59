/** wordParts (rank.ts): the index terms a word is cut into when the index does not hold it whole. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordParts } from '../../../src/lib/search/index.ts';

// The terms jieba's search mode gives for these phrasings of the corpus (no whole word for any).
const vocabulary = new Set(['职业', '教育', '教育法', '中等专业', '学校', '顶岗', '实习', '高级', '职称', '技工学校', '产教融合']);

const ROWS: Array<[string, string[] | null, string]> = [
  ['职业教育法', ['职业', '教育法'], 'a law’s name jieba cuts in two'],
  ['中等专业学校', ['中等专业', '学校'], 'the full form of 中专'],
  ['顶岗实习', ['顶岗', '实习'], 'a renamed term'],
  ['正高级', ['正', '高级'], 'a part may be a single character, beside a word'],
  ['技工学校', null, 'a term the index holds is looked up whole'],
  ['教融', null, 'loose characters only: no word, left to the substring lookup'],
  ['#人·社·部·发·2021·86·号', null, 'a 文号 term'],
];

for (const [word, parts, why] of ROWS) {
  test(`wordParts(${word}) is ${parts ? parts.join(' / ') : 'null'}: ${why}`, () => {
    assert.deepEqual(wordParts(word, vocabulary), parts);
  });
}
