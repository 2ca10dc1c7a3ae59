/** /data/jump.json: what it holds, that its units decode to the parser's ids, and its dictionary. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { parseUnitPath } from '../../../src/lib/address/index.ts';
import { shortTitlesOf, titleKey } from '../../../src/lib/text/index.ts';
import { listUnits } from '../../../src/lib/cite/index.ts';
import { loadCorpus } from '../../../src/lib/corpus/index.ts';
import { buildJumpIndex, docNumberMatchKey, expandUnits, parseAbbreviations, resolveClause } from '../../../src/lib/jump/index.ts';

const ABBREVIATIONS = 'content/dictionaries/abbreviations.txt';

describe('the jump index over the corpus', async () => {
  const documents = await loadCorpus('content/policies', { warn: () => {} });
  const { entries, messages } = parseAbbreviations(readFileSync(ABBREVIATIONS, 'utf8'), ABBREVIATIONS);
  const sources = documents.map((doc) => ({ id: doc.id, meta: doc.tree.meta, units: listUnits(doc.tree) }));
  const { index, unmatched } = buildJumpIndex(sources, entries);

  it('every line of the abbreviation dictionary is well formed and names a document of the corpus', () => {
    assert.deepEqual(messages.map(String), []);
    assert.deepEqual(unmatched, []);
    assert.ok(entries.length >= 10);
    assert.deepEqual(index.documents.find((d) => d.id === 'zyjyf-2022')?.abbreviations, ['职教法', '新职教法']);
  });

  it('lists every document once, the documents people mean before the notices that issue them', () => {
    assert.deepEqual(index.documents.map((d) => d.id).sort(), documents.map((d) => d.id).sort());
    const ids = index.documents.map((d) => d.id);
    assert.ok(ids.indexOf('rsbf-2021-86') < ids.indexOf('rsbf-2021-86-notice'));
  });

  it('every unit decodes to the id the parser gave it, and its citation resolves back to it', () => {
    for (const source of sources) {
      const doc = index.documents.find((d) => d.id === source.id)!;
      const units = expandUnits(doc);
      const ids = new Set(source.units.map((u) => u.id));
      for (const unit of units) {
        assert.ok(ids.has(unit.id), `${source.id}: ${unit.citation} decodes to ${unit.id}, which the parser did not give`);
        const ref = parseUnitPath(unit.citation);
        assert.ok(ref, `${source.id}: the citation ${unit.citation} should parse`);
        assert.equal(resolveClause(ref, units)?.id, unit.id, `${source.id}: ${unit.citation}`);
      }
      // Left out: tables, and units cited like one before them — a single 款 (第五条, as its
      // article) and numbering the source repeats (专栏2第2项 twice: the parser's box-2-s2_2).
      const kept = new Set(units.map((u) => u.id));
      const cited = new Set(units.map((u) => u.citation));
      const missing = source.units.filter((u) => !kept.has(u.id) && u.type !== 'table' && !cited.has(u.citation));
      assert.deepEqual(
        missing.map((u) => u.id),
        [],
        source.id,
      );
    }
  });

  it('stays small: under 80 kB, 12 kB gzipped', () => {
    const json = JSON.stringify(index);
    assert.ok(Buffer.byteLength(json) < 80_000, `${Buffer.byteLength(json)} bytes`);
    assert.ok(gzipSync(json).length < 12_000, `${gzipSync(json).length} bytes gzipped`);
  });
});

describe('parseAbbreviations', () => {
  it('reads abbreviation<TAB>title lines, skipping comments and blank lines', () => {
    const { entries, messages } = parseAbbreviations('# header\n\n职教法\t中华人民共和国职业教育法\r\n职教20条\t国家职业教育改革实施方案\n');
    assert.deepEqual(entries, [
      { abbreviation: '职教法', title: '中华人民共和国职业教育法', line: 3 },
      { abbreviation: '职教20条', title: '国家职业教育改革实施方案', line: 4 },
    ]);
    assert.deepEqual(messages, []);
  });

  it('reports a line without a tab and a repeated abbreviation at their place, keeping the rest', () => {
    const { entries, messages } = parseAbbreviations('职教法 中华人民共和国职业教育法\n职教法\tA\n职教法\tB\n', 'abbr.txt');
    assert.deepEqual(
      entries.map((e) => e.title),
      ['A'],
    );
    assert.deepEqual(
      messages.map((m) => `${m.line}:${m.column}: ${m.reason}`),
      ['1:1: Unexpected line, expected `abbreviation<TAB>full title`', '3:1: Duplicate abbreviation `职教法` (first on line 2), keeping the first'],
    );
  });
});

describe('names and keys', () => {
  const short: Array<[string, string[]]> = [
    ['中华人民共和国职业教育法', ['职业教育法']],
    ['国务院办公厅关于深化产教融合的若干意见', ['关于深化产教融合的若干意见']],
    ['职业教育提质培优行动计划（2020—2023年）', ['职业教育提质培优行动计划']],
    ['现代产业学院建设指南（试行）', ['现代产业学院建设指南']],
    // a notice that issues a document is not known by that document's title
    ['人力资源社会保障部关于印发技工教育“十四五”规划的通知', []],
    ['技工学校工作规定', []],
  ];
  for (const [title, expected] of short) {
    it(`${title} also goes by ${expected.join('、') || 'nothing else'}`, () => assert.deepEqual(shortTitlesOf(title), expected));
  }

  const titles: Array<[string, string]> = [
    ['技工教育“十四五”规划', '技工教育十四五规划'],
    ['《技工教育"十四五"规划》', '技工教育十四五规划'],
    ['职业教育提质培优行动计划（2020—2023年）', '职业教育提质培优行动计划(2020-2023年)'],
    ['关于全面推行中国特色企业新型学徒制　加强技能人才培养的指导意见', '关于全面推行中国特色企业新型学徒制加强技能人才培养的指导意见'],
    ['《中华人民共和国职业教育法》', '中华人民共和国职业教育法'],
    ['关于印发〈技工教育“十四五”规划〉的通知', '关于印发技工教育十四五规划的通知'],
    ['职业教育法（２０２２年修订）', '职业教育法(2022年修订)'],
  ];
  for (const [title, key] of titles) {
    it(`title key of ${title} is ${key}`, () => assert.equal(titleKey(title), key));
  }

  const numbers = [
    '人社部发〔2021〕86号',
    '人社部发[2021]86号',
    '人社部发〔2021〕86 号',
    '人社部发﹝2021﹞86号',
    '人社部发（2021）86号',
    '人社部发［２０２１］８６号',
  ];
  for (const number of numbers) {
    it(`文号 key of ${number} is 人社部发202186`, () => assert.equal(docNumberMatchKey(number), '人社部发202186'));
  }
});
