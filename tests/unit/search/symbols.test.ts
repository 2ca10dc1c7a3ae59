import assert from 'node:assert/strict';
import { test } from 'node:test';
import { symbols } from '../../../src/lib/search/index.ts';

/** Symbols of a text, runs separated by `|`. */
function runs(text: string): string {
  const list = symbols(text);
  return list.map((s, i) => (i > 0 && s.run !== list[i - 1]!.run ? '|' : i > 0 ? '·' : '') + s.value).join('');
}

const cases: Array<[string, string, string]> = [
  ['Han characters, one symbol each', '产教融合', '产·教·融·合'],
  ['clause punctuation ends a run', '产教融合，校企合作。', '产·教·融·合|校·企·合·作'],
  ['a 文号 in 〔〕 stays one run', '人社部发〔2021〕86号', '人·社·部·发·2021·86·号'],
  ['the same 文号 typed with [] and a space', '人社部发[2021]86 号', '人·社·部·发·2021·86·号'],
  ['quotes inside a title are bridged', '技工教育“十四五”规划', '技·工·教·育·十·四·五·规·划'],
  ['《》 and 、 are bridged', '《职业教育法》、《劳动法》', '职·业·教·育·法·劳·动·法'],
  ['PDF spaces inside a phrase are bridged', '每年 3 次培训补贴', '每·年·3·次·培·训·补·贴'],
  ['full-width digits fold to ASCII', '２０２１年', '2021·年'],
  ['full-width Latin folds and lowers', 'ＩＳＯ９００１认证', 'iso9001·认·证'],
  ['an ASCII run is one symbol, split at a full stop', '1.5万元', '1·5·万·元'],
  ['U+3000 after an article label is bridged', '第十二条　国家', '第·十·二·条·国·家'],
  ['a line break ends a run', '第一款\n第二款', '第·一·款|第·二·款'],
  ['%, colon and semicolon end runs', '30%；比例：60%', '30|比·例|60'],
  ['circled numbers fold to digits', '①培训', '1·培·训'],
];

for (const [name, input, expected] of cases) {
  test(`symbols: ${name} (${input.replace(/\n/g, '\\n')})`, () => {
    assert.equal(runs(input), expected);
  });
}

test('symbols keep offsets into the text as given, through folding and bridges', () => {
  const text = '按照《人社部发〔２０２１〕86 号》执行';
  const list = symbols(text);
  assert.deepEqual(
    list.map((s) => text.slice(s.start, s.end)),
    ['按', '照', '人', '社', '部', '发', '２０２１', '86', '号', '执', '行'],
  );
});

test('symbols of an empty or punctuation-only text are none', () => {
  assert.deepEqual(symbols(''), []);
  assert.deepEqual(symbols('，。；——'), []);
});
