/** What Copy citation puts on the clipboard, one line per form people paste. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { citationPrefix, citationText } from '../../../src/lib/docpage/index.ts';
import { citesDocNumber } from '../../../src/lib/vocab/index.ts';
import { load } from './corpus.ts';

describe('Copy citation text', () => {
  const cases: Array<[string, string, string]> = [
    ['zyjyf-2022', 'art-36-p2-i3', '《中华人民共和国职业教育法》第三十六条第二款第三项'],
    // A law is cited by its name alone; 第一款 is left out of a single-款 article.
    ['zyjyf-2022', 'art-5', '《中华人民共和国职业教育法》第五条'],
    ['zyjyf-2022', 'ch-4', '《中华人民共和国职业教育法》第四章'],
    // A local regulation (地方性法规) likewise.
    ['ynszyjytl', 'art-1', '《云南省职业教育条例》第一条'],
    ['rsbf-2021-86', 's2-2', '《技工教育“十四五”规划》（人社部发〔2021〕86号）二（二）'],
    ['rsbf-2021-86', 'box-2-s1', '《技工教育“十四五”规划》（人社部发〔2021〕86号）专栏2第1项'],
    // A ministry rule (部门规章) carries its 文号.
    ['lrp-1986-22', 'art-7', '《技工学校工作规定》（劳人培〔1986〕22号）第七条'],
  ];
  for (const [doc, unit, expected] of cases) {
    it(expected, () => {
      const { tree, units } = load(doc);
      const entry = units.find((u) => u.id === unit);
      assert.ok(entry, `${doc} has no unit ${unit}`);
      assert.equal(citationText(tree.meta, entry.citation), expected);
    });
  }

  it('laws, administrative and local regulations go without 文号; everything else with it', () => {
    assert.deepEqual((['法律', '行政法规', '地方性法规', '部门规章', '规范性文件', '党内法规', '新闻', null] as const).map(citesDocNumber), [
      false,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('the page prefix joined with each unit citation is the full citation, for every unit of the corpus', () => {
    // The page stores the prefix once and each unit's part on its button; the script joins them.
    for (const file of readdirSync('content/policies')) {
      const { tree, units } = load(file.replace(/\.md$/, ''));
      const prefix = citationPrefix(tree.meta);
      for (const unit of units) assert.equal(prefix + unit.citation, citationText(tree.meta, unit.citation), `${file} ${unit.id}`);
    }
  });
});
