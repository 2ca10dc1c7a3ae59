import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeToken, encodeSymbol, indexTokens, prefixToken, queryTokens, symbols } from '../../../src/lib/search/index.ts';

const spellings: Array<[string, string]> = [
  ['教', 'k0p'],
  ['融', 'qrx'],
  ['一', 'feo'], // U+4E00 = 19968 = 15·36² + 14·36 + 24
  ['2021', 'z42021'],
  ['a', 'z1a'],
  ['𠀀', 'x2t4w'], // U+20000, beyond the three-digit range: x and four digits
];

for (const [symbol, spelling] of spellings) {
  test(`encodeSymbol(${symbol}) is ${spelling} and decodes back`, () => {
    assert.equal(encodeSymbol(symbol), spelling);
    assert.deepEqual(decodeToken(spelling), [symbol]);
  });
}

/** Decoded index tokens, `教融` for a bigram and `融$` for a run's last symbol. */
function decoded(text: string): string[] {
  return indexTokens(text).map((t) =>
    decodeToken(t)
      .map((s) => s || '$')
      .join(''),
  );
}

const indexed: Array<[string, string[]]> = [
  ['产教融合', ['产教', '教融', '融合', '合$']],
  ['产教融合，校企合作', ['产教', '教融', '融合', '合$', '校企', '企合', '合作', '作$']],
  ['每年5月的第二周', ['每年', '年5', '5月', '月的', '的第', '第二', '二周', '周$']],
  ['人社部发〔2021〕86号', ['人社', '社部', '部发', '发2021', '202186', '86号', '号$']],
  ['法', ['法$']],
];

for (const [text, tokens] of indexed) {
  test(`indexTokens(${text}) is one bigram per symbol, ending each run`, () => {
    assert.deepEqual(decoded(text), tokens);
  });
}

test('a query substring across a word boundary is a run of consecutive index tokens', () => {
  // 产教融合型企业 holds 教融 and 融合型企业: their bigrams appear in order, adjacent.
  const index = indexTokens('培育产教融合型企业');
  for (const query of ['教融', '融合型企业', '产教融合型企业']) {
    const wanted = queryTokens(symbols(query));
    const at = index.indexOf(wanted[0]!);
    assert.notEqual(at, -1, query);
    assert.deepEqual(index.slice(at, at + wanted.length), wanted, query);
  }
});

test('a single symbol is found by prefix: every index token starting with it', () => {
  const prefix = prefixToken('法');
  const hits = indexTokens('依法办学，职业教育法').filter((t) => t.startsWith(prefix));
  assert.deepEqual(
    hits.map((t) => decodeToken(t).join('')),
    ['法办', '法'],
  );
});

test('tokens are lower-case ASCII letters and digits only', () => {
  for (const token of indexTokens('技工教育“十四五”规划（人社部发〔２０２１〕86号）ＩＳＯ认证①')) assert.match(token, /^[a-z0-9]+$/);
});

test('spellings are prefix-free: no symbol spelling starts another, so prefix matching stays exact', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fff }), fc.integer({ min: 0x80, max: 0x10ffff })),
      fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fff }), fc.integer({ min: 0x80, max: 0x10ffff }), fc.stringMatching(/^[a-z0-9]{1,12}$/)),
      (a, b) => {
        const x = encodeSymbol(String.fromCodePoint(a));
        const y = typeof b === 'number' ? encodeSymbol(String.fromCodePoint(b)) : encodeSymbol(b);
        if (x !== y) assert.ok(!y.startsWith(x) && !x.startsWith(y), `${x} / ${y}`);
      },
    ),
  );
});

test('any text decodes back to its symbols', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      const list = symbols(text);
      const firsts = indexTokens(text).map((t) => decodeToken(t)[0]);
      assert.deepEqual(
        firsts,
        list.map((s) => s.value.slice(0, 35)),
      );
    }),
  );
});
