import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery, partWords, phraseQuery, segment, subWords, termText, vocabularyCutter, wordTokens } from '../../../src/lib/search/index.ts';

const queries: Array<[string, Array<[string, boolean]>]> = [
  ['产教融合型企业', [['产教融合型企业', false]]],
  [
    '升学 就业 同等机会',
    [
      ['升学', false],
      ['就业', false],
      ['同等机会', false],
    ],
  ],
  ['升学、就业', [['升学就业', false]]], // 、 is bridged: one phrase
  [
    '升学，就业',
    [
      ['升学', false],
      ['就业', false],
    ],
  ],
  [
    '职业教育法　第十二条',
    [
      ['职业教育法', false],
      ['第十二条', false],
    ],
  ], // U+3000 typed by an IME
  [
    '"同等机会" 升学',
    [
      ['同等机会', true],
      ['升学', false],
    ],
  ],
  ['“技工教育十四五规划”', [['技工教育十四五规划', true]]],
  ['人社部发〔2021〕86号', [['人社部发202186号', false]]],
  ['职业教育 职业教育', [['职业教育', false]]], // repeated parts count once
  ['   ', []],
  ['，。', []],
];

for (const [query, parts] of queries) {
  test(`parseQuery(${JSON.stringify(query)})`, () => {
    assert.deepEqual(
      parseQuery(query).map((p) => [p.text, p.quoted]),
      parts,
    );
  });
}

const vocabulary = new Set([
  '技工',
  '学校',
  '技工学校',
  '校长',
  '负责',
  '负责制',
  '同等',
  '机会',
  '职业',
  '技能',
  '职业技能',
  '电子',
  '培训',
  '培训券',
  '等级',
  '认定',
]);

const cuts: Array<[string, string[]]> = [
  ['技工学校校长负责制', ['技工学校', '校长', '负责制']],
  ['同等机会', ['同等', '机会']],
  ['职业技能电子培训券', ['职业技能', '电子', '培训券']],
  ['职业技能等级认定', ['职业技能', '等级', '认定']],
  ['技工学校的校长', ['技工学校', '的', '校长']],
  ['2021年认定', ['2021', '年', '认定']],
];

for (const [text, words] of cuts) {
  test(`segment(${text}) with the vocabulary is ${words.join('/')}`, () => {
    assert.deepEqual(
      segment(parseQuery(text)[0]!.values, vocabulary).map((w) => w.join('')),
      words,
    );
  });
}

test('partWords drops lone stop characters but keeps a part that is nothing else', () => {
  const cut = vocabularyCutter(vocabulary);
  assert.deepEqual(
    partWords(parseQuery('技工学校的校长')[0]!, cut).map((w) => w.text),
    ['技工学校', '校长'],
  );
  assert.deepEqual(
    partWords(parseQuery('的')[0]!, cut).map((w) => w.text),
    ['的'],
  );
});

test('a word is found by its bigrams, a single symbol by prefix, a phrase by quoted bigrams', () => {
  const [word] = parseQuery('教融');
  assert.deepEqual(wordTokens(word!), ['k0pqrx']);
  assert.equal(phraseQuery(word!), '"k0pqrx"');
  const [single] = parseQuery('法');
  assert.deepEqual(wordTokens(single!), [single!.values[0]!.codePointAt(0)!.toString(36)]);
  assert.equal(phraseQuery(single!), null);
});

test('termText keeps adjacent ASCII runs apart', () => {
  assert.equal(termText(['发', '2021', '86', '号']), '发2021 86号');
  assert.equal(termText(['职', '业']), '职业');
});

const compounds: Array<[string, string[] | null]> = [
  ['签订协议', ['签订', '协议']],
  ['技工学校', ['技工', '学校']],
  ['负责制', null], // three symbols: kept whole
  ['产教融合型企业', null], // would leave 型 alone
];

for (const [text, pieces] of compounds) {
  test(`subWords(${text}) is ${pieces ? pieces.join('/') : 'null'}`, () => {
    const cut = vocabularyCutter(new Set([...vocabulary, '签订', '协议', '签订协议', '产教融合', '企业', '产教融合型企业']));
    const [part] = parseQuery(text);
    assert.deepEqual(subWords(part!, cut)?.map((w) => w.text) ?? null, pieces);
  });
}
