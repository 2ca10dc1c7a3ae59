/**
 * The quick jump over the real corpus: every form of input people type, with the page it goes to
 * (the first result). The index is built as /data/jump.json is.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { listUnits } from '../../../src/lib/cite/index.ts';
import { loadCorpus } from '../../../src/lib/corpus/index.ts';
import { buildJumpIndex, createJumper, parseAbbreviations, type Jumper, type JumpIndex } from '../../../src/lib/jump/index.ts';

let index: JumpIndex;
let jumper: Jumper;
before(async () => {
  const documents = await loadCorpus('content/policies', { warn: () => {} });
  const { entries } = parseAbbreviations(readFileSync('content/dictionaries/abbreviations.txt', 'utf8'));
  index = buildJumpIndex(
    documents.map((doc) => ({ id: doc.id, meta: doc.tree.meta, units: listUnits(doc.tree) })),
    entries,
  ).index;
  jumper = createJumper(index);
});

describe('quick jump: the first result', () => {
  // [typed, url of the first result, whether it is the clause asked for (false: the nearest one)]
  const cases: Array<[string, string, boolean?]> = [
    // documents: full title, short title, abbreviation, title without its quotes
    ['中华人民共和国职业教育法', '/docs/zyjyf-2022/'],
    ['职业教育法', '/docs/zyjyf-2022/'],
    ['职教法', '/docs/zyjyf-2022/'],
    ['职教20条', '/docs/gf-2019-4/'], // an abbreviation that looks like 职教 + 第二十条
    ['技工教育“十四五”规划', '/docs/rsbf-2021-86/'],
    ['技工教育十四五规划', '/docs/rsbf-2021-86/'],
    ['关于深化产教融合的若干意见', '/docs/gbf-2017-95/'],
    ['技工学校工作规定', '/docs/lrp-1986-22/'],
    // 文号 in any bracket form or spacing: the document a notice issues comes before the notice
    ['人社部发〔2021〕86号', '/docs/rsbf-2021-86/'],
    ['人社部发[2021]86号', '/docs/rsbf-2021-86/'],
    ['人社部发〔2021〕86 号', '/docs/rsbf-2021-86/'],
    ['人社部发﹝2021﹞86号', '/docs/rsbf-2021-86/'],
    ['人社部发［２０２１］８６号', '/docs/rsbf-2021-86/'],
    ['劳人培〔1986〕22号', '/docs/lrp-1986-22/'],
    // clauses: 第X条, Arabic, 款, 项 and 第（X）项
    ['职教法 30', '/docs/zyjyf-2022/#art-30'],
    ['职教法30', '/docs/zyjyf-2022/#art-30'],
    ['职教法 三十', '/docs/zyjyf-2022/#art-30'],
    ['职教法第三十条', '/docs/zyjyf-2022/#art-30'],
    ['职教法第30条', '/docs/zyjyf-2022/#art-30'],
    ['职业教育法 36', '/docs/zyjyf-2022/#art-36'],
    ['技工学校工作规定第七条', '/docs/lrp-1986-22/#art-7'],
    ['职教法第三十六条第二款', '/docs/zyjyf-2022/#art-36-p2'],
    ['职教法第三十六条第二款第三项', '/docs/zyjyf-2022/#art-36-p2-i3'],
    ['职教法第三十六条第二款第（三）项', '/docs/zyjyf-2022/#art-36-p2-i3'],
    ['《中华人民共和国职业教育法》第三十六条第二款第三项', '/docs/zyjyf-2022/#art-36-p2-i3'],
    ['职教法第三章', '/docs/zyjyf-2022/#ch-3'],
    ['职教法第三十六条第九款', '/docs/zyjyf-2022/#art-36', false],
    // outline items, boxes, with the document named by title or 文号
    ['技工教育十四五规划 二（二）', '/docs/rsbf-2021-86/#s2-2'],
    ['技工教育十四五规划 三（三）', '/docs/rsbf-2021-86/#s3-3'],
    ['技工教育十四五规划 二（三）', '/docs/rsbf-2021-86/#s3-3', false], // （三） is under 三
    ['技工教育十四五规划 二', '/docs/rsbf-2021-86/#s2'],
    ['技工教育十四五规划 2', '/docs/rsbf-2021-86/#s2'],
    ['人社部发〔2021〕86号 二（二）', '/docs/rsbf-2021-86/#s2-2'],
    ['《技工教育“十四五”规划》（人社部发〔2021〕86号）二（二）', '/docs/rsbf-2021-86/#s2-2'],
    ['技工教育十四五规划 专栏2', '/docs/rsbf-2021-86/#box-2'],
    ['技工教育十四五规划 专栏2第1项', '/docs/rsbf-2021-86/#box-2-s1'],
    ['国家职业教育改革实施方案 （五）', '/docs/gf-2019-4/#s2-5'],
    ['职教20条 （五）', '/docs/gf-2019-4/#s2-5'],
  ];
  for (const [typed, url, exact = true] of cases) {
    it(`${typed} → ${url}${exact ? '' : ' (nearest)'}`, () => {
      const [first] = jumper.search(typed);
      assert.equal(first?.url, url);
      assert.equal(first.exact, exact);
    });
  }

  it('a clause result names the document and the clause in the forms people cite', () => {
    const [first] = jumper.search('职教法第三十六条第二款第（三）项');
    assert.deepEqual(
      { type: first?.type, title: first?.title, citation: first?.citation },
      { type: 'unit', title: '中华人民共和国职业教育法', citation: '第三十六条第二款第三项' },
    );
  });

  it('the document follows a clause result, and no page is listed twice', () => {
    const results = jumper.search('职教法 30');
    assert.deepEqual(
      results.slice(0, 2).map((r) => r.url),
      ['/docs/zyjyf-2022/#art-30', '/docs/zyjyf-2022/'],
    );
    assert.equal(new Set(results.map((r) => r.url)).size, results.length);
  });

  it('a clause alone is looked up in the document being read, and only there', () => {
    assert.equal(jumper.search('第三十条', { currentDoc: 'zyjyf-2022' })[0]?.url, '/docs/zyjyf-2022/#art-30');
    assert.equal(jumper.search('第七条', { currentDoc: 'lrp-1986-22' })[0]?.url, '/docs/lrp-1986-22/#art-7');
    assert.ok(jumper.search('第三十条').every((r) => r.type === 'document'));
  });

  it('a prefix of a 文号 lists its documents while it is being typed', () => {
    const urls = jumper.search('人社部发〔2021〕8').map((r) => r.url);
    assert.ok(urls.includes('/docs/rsbf-2021-86/') && urls.includes('/docs/rsbf-2021-82/'), urls.join(' '));
  });

  it('a query that matches nothing finds nothing, and at most `limit` results come back', () => {
    assert.deepEqual(jumper.search('qqqqzzzz'), []);
    assert.deepEqual(jumper.search('   '), []);
    assert.equal(jumper.search('职业', { limit: 3 }).length, 3);
  });
});
