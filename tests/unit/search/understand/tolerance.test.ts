/**
 * Tolerance: traditional characters, full/half width, 文号 in any brackets and spacing, near-miss
 * characters, with or without spaces.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import {
  hasTraditional,
  loadThesaurus,
  loadToSimplified,
  nearIndex,
  normalizeQuery,
  TRADITIONAL,
  understandQuery,
  type Thesaurus,
} from '../../../../src/lib/search/understand/index.ts';
import { corpusVocabulary, policyTexts } from './corpus.ts';

let vocabulary: Set<string>;
let thesaurus: Thesaurus;

before(async () => {
  vocabulary = await corpusVocabulary();
  thesaurus = loadThesaurus(readFileSync('content/dictionaries/synonyms.txt', 'utf8'));
});

describe('文号 in any brackets and spacing', () => {
  const cases: Array<[string, string]> = [
    ['云政发[2021]28号', '云政发〔2021〕28号'],
    ['云政发［2021］28号', '云政发〔2021〕28号'],
    ['云政发（2021）28号', '云政发〔2021〕28号'],
    ['云政发【2021】28号', '云政发〔2021〕28号'],
    ['人社部发﹝2020﹞96 号', '人社部发〔2020〕96号'],
    ['人社部发 〔2020〕 96号', '人社部发〔2020〕96号'],
    ['人社部发2020 96', '人社部发〔2020〕96号'],
    ['人社部发 2020 96号', '人社部发〔2020〕96号'],
    ['人社部发2020年96号', '人社部发〔2020〕96号'],
    ['人社部发2020-96', '人社部发〔2020〕96号'],
    ['人社部发〔２０２０〕９６号', '人社部发〔2020〕96号'],
    ['国发〔2019〕4号', '国发〔2019〕4号'],
    ['人社厅函2022 53号', '人社厅函〔2022〕53号'],
  ];
  for (const [typed, canonical] of cases) {
    it(`${typed} → ${canonical}`, () => assert.deepEqual(normalizeQuery(typed).docNumbers, [canonical]));
  }

  it('leaves lead-in words out of the issuer, and the rest of the query in place', () => {
    const n = normalizeQuery('根据人社部发2020 96 学徒补贴');
    assert.deepEqual(n.docNumbers, ['人社部发〔2020〕96号']);
    assert.equal(n.normalized, '根据人社部发〔2020〕96号 学徒补贴');
    assert.equal(n.rest, '根据 学徒补贴');
  });

  it('does not read a year and a number without an issuer code as a 文号', () => {
    assert.deepEqual(normalizeQuery('技工学校2020 96').docNumbers, []);
    assert.deepEqual(normalizeQuery('2021年 补贴').docNumbers, []);
  });
});

describe('full and half width', () => {
  it('folds full-width letters, digits, punctuation and spaces', () => {
    assert.equal(normalizeQuery('１＋Ｘ证书　试点').normalized, '1+X证书 试点');
    assert.deepEqual(normalizeQuery('＂同等机会＂').phrases, ['同等机会']);
  });
});

describe('traditional → simplified', () => {
  it('tests a query cheaply', () => {
    assert.equal(hasTraditional('國家助學金 怎麼發放'), true);
    assert.equal(hasTraditional('職業教育法'), true);
    assert.equal(hasTraditional('国家助学金 怎么发放'), false);
    assert.equal(hasTraditional('人社部发〔2020〕96号'), false);
  });

  it('finds no traditional character in the corpus (simplified text)', () => {
    for (const [name, text] of policyTexts()) assert.equal(hasTraditional(text), false, name);
  });

  it('converts with opencc-js', async () => {
    const toSimplified = await loadToSimplified();
    assert.equal(toSimplified('國家助學金 怎麼發放'), '国家助学金 怎么发放');
    assert.equal(toSimplified('技工學校 學制'), '技工学校 学制');
    assert.equal(await loadToSimplified(), toSimplified, 'loaded once');
  });

  it('knows exactly the characters the converter changes', async () => {
    const { default: dictionary } = await import('opencc-js/dict/TSCharacters');
    const changed = dictionary
      .split('|')
      .map((pair) => pair.split(' '))
      .filter(([from, to]) => from !== to && from!.length === 1)
      .map(([from]) => from!)
      .sort()
      .join('');
    assert.equal(TRADITIONAL, changed, 'opencc-js changed: regenerate TRADITIONAL in traditional.ts');
  });

  it('understands a traditional query as its simplified form', async () => {
    const toSimplified = await loadToSimplified();
    const t = understandQuery('技工學校能不能改辦成中專', { vocabulary, thesaurus, toSimplified });
    const s = understandQuery('技工学校能不能改办成中专', { vocabulary, thesaurus });
    assert.deepEqual({ ...t, original: '' }, { ...s, original: '' });
  });
});

describe('near-miss characters', () => {
  const fuzzy = (q: string) => understandQuery(q, { vocabulary, thesaurus }).terms.filter((t) => t.source === 'fuzzy');

  it('finds the word one character away, by shared bigrams', () => {
    const index = nearIndex(['技工院校', '技工学校', '学籍', '注册', '注重', '产教融合']);
    assert.deepEqual(index.near('技工院效'), ['技工院校']);
    assert.deepEqual(index.near('产教融'), ['产教融合']);
    assert.deepEqual(index.near('注测').sort(), ['注册', '注重']);
    assert.deepEqual(index.near('技工院校'), ['技工学校'], 'a word is near its neighbours; the caller asks only about unknown stretches');
    assert.deepEqual(index.near('院'), []);
  });

  const cases: Array<[string, string, string]> = [
    ['学籍注测', '注测', '注册'],
    ['产教融和', '产教融和', '产教融合'],
    ['技工院效改革', '技工院效', '技工院校'],
    ['职业技能签定', '职业技能签定', '职业技能鉴定'],
    ['工学一休化', '工学一休化', '工学一体化'],
  ];
  for (const [query, typed, word] of cases) {
    it(`${query}: ${typed} → ${word}`, () => {
      const [term] = fuzzy(query);
      assert.ok(term, 'no near miss');
      assert.equal(term.expands, typed);
      assert.ok([term.text, ...term.alternates].includes(word), JSON.stringify(term));
    });
  }

  it('leaves words the corpus knows alone', () => {
    for (const q of ['学籍注册', '产教融合', '技工院校改革', '学徒补贴多少钱', '技校老师评职称还要论文吗']) assert.deepEqual(fuzzy(q), [], q);
  });

  it('names a single near miss in the label, not a list of guesses', () => {
    assert.equal(understandQuery('产教融和', { vocabulary, thesaurus }).label, '按“产教融和”检索 · 近似“产教融合”');
    assert.equal(understandQuery('学籍注测', { vocabulary, thesaurus }).label, '按“学籍 注测”检索');
  });
});

describe('with or without spaces', () => {
  const words = (q: string) =>
    understandQuery(q, { vocabulary, thesaurus })
      .terms.filter((t) => t.source === 'query')
      .map((t) => t.text);

  it('cuts a query typed without spaces into the words typed with them', () => {
    assert.deepEqual(words('技工学校学制'), words('技工学校 学制'));
    assert.deepEqual(words('学徒补贴多少钱'), words('学徒 补贴 多少钱'));
    assert.deepEqual(words('国家助学金发放'), words('国家助学金　发放'));
  });
});
