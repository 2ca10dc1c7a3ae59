/** Table-driven tests for the importer's small parts, one line per real phrasing. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCorrections } from '../../../src/lib/import/corrections.ts';
import { cleanTitle } from '../../../src/lib/import/document.ts';
import { compareCopies } from '../../../src/lib/import/diff.ts';
import { docNumberSlug, titleSlug } from '../../../src/lib/import/ids.ts';
import { importCorpus } from '../../../src/lib/import/index.ts';
import { parseIssuerDictionary, splitIssuers } from '../../../src/lib/import/issuers.ts';
import { splitLines } from '../../../src/lib/import/lines.ts';
import { classifyLines } from '../../../src/lib/import/noise.ts';
import { buildBlocks, type Paragraph } from '../../../src/lib/import/paragraphs.ts';
import { titleGenre } from '../../../src/lib/import/patterns.ts';

const dictionaryText = readFileSync('content/dictionaries/issuers.txt', 'utf8');
const places = {
  docNumberIssuers: readFileSync('content/dictionaries/docnumber-issuers.txt', 'utf8'),
  jurisdictions: readFileSync('content/dictionaries/jurisdictions.txt', 'utf8'),
};
const dictionary = parseIssuerDictionary(dictionaryText);
const paragraphs = (text: string) => buildBlocks(classifyLines(splitLines(text))).map((b) => (b as Paragraph).text);

describe('rejoining hard-wrapped lines', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'a PDF line that does not end a sentence continues',
      '第二条 技工学校是培养技术工人的中等职业技术学校，是国家\n\n职业技术教育事业的重要组成部分。\n',
      ['第二条 技工学校是培养技术工人的中等职业技术学校，是国家职业技术教育事业的重要组成部分。'],
    ],
    [
      'a sentence end closes the paragraph',
      '各级人力资源社会保障部门要加强组织领导。\n\n一、目标任务\n',
      ['各级人力资源社会保障部门要加强组织领导。', '一、目标任务'],
    ],
    [
      'a heading without punctuation stays alone',
      '（一）指导思想\n\n以习近平新时代中国特色社会主义思想为指导。\n',
      ['（一）指导思想', '以习近平新时代中国特色社会主义思想为指导。'],
    ],
    [
      'a 文号 line never joins',
      '人力资源社会保障部关于职业院校毕业生参加事业单位公开招聘有关问题的通知\n人社部发〔2021〕82号\n',
      ['人力资源社会保障部关于职业院校毕业生参加事业单位公开招聘有关问题的通知', '人社部发〔2021〕82号'],
    ],
    ['a line ending in 、 continues', '开封、鹤壁、新乡、焦作、周口、\n济源\n', ['开封、鹤壁、新乡、焦作、周口、济源']],
    [
      'a new 第X条 starts a new article after a formula line',
      '提升计划资金具体分配公式为：某省份提升计划资金=高等职业学校奖补+中等职业学校奖补×绩效调节系数\n第七条高等职业学校奖补资金包括拨款标准奖补和改革绩效奖补两部分。\n',
      [
        '提升计划资金具体分配公式为：某省份提升计划资金=高等职业学校奖补+中等职业学校奖补×绩效调节系数',
        '第七条高等职业学校奖补资金包括拨款标准奖补和改革绩效奖补两部分。',
      ],
    ],
    [
      'a long web line ending in a bracket ends its paragraph',
      '（十六）推动职业标准辐射。聚焦我省目标定位，依托中国—南亚博览会开展交流。（牵头单位：省外办，相关省级部门）\n云南省职业技能竞赛管理办法（试行）\n',
      ['（十六）推动职业标准辐射。聚焦我省目标定位，依托中国—南亚博览会开展交流。（牵头单位：省外办，相关省级部门）', '云南省职业技能竞赛管理办法（试行）'],
    ],
    ['CRLF and lone CR line ends are line ends', '一、总体要求\r\n（一）指导思想\r（二）基本原则\n', ['一、总体要求', '（一）指导思想', '（二）基本原则']],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.deepEqual(paragraphs(input), expected));
});

describe('titles', () => {
  const genres: Array<[string, string | null]> = [
    ['人力资源社会保障部关于印发技工教育“十四五”规划的通知', '通知'],
    ['职业教育提质培优行动计划（2020—2023年）', '行动计划'],
    ['云南省职业技能竞赛管理办法（试行）', '管理办法'],
    ['中华人民共和国职业教育法', '法'],
    ['习近平对职业教育工作作出重要指示', null],
    ['一、总体要求', null],
  ];
  for (const [title, genre] of genres) it(`${title} is a ${genre ?? 'non-'}title`, () => assert.equal(titleGenre(title), genre));

  const spaces: Array<[string, string]> = [
    [
      '中共中央办公厅 国务院办公厅 印发《关于加强新时代高技能人才队伍 建设的意见》的通知',
      '中共中央办公厅 国务院办公厅印发《关于加强新时代高技能人才队伍建设的意见》的通知',
    ],
    [
      '人力资源社会保障部 教育部 发展改革委 财政部 关于印发“十四五”职业技能培训规划的通知',
      '人力资源社会保障部 教育部 发展改革委 财政部关于印发“十四五”职业技能培训规划的通知',
    ],
    ['人力资源社会保障部办公厅关于做好 2022年技工院校学生资助工作的通知', '人力资源社会保障部办公厅关于做好2022年技工院校学生资助工作的通知'],
  ];
  for (const [raw, clean] of spaces)
    it(`layout spaces are dropped, spaces between issuers kept: ${clean}`, () => assert.equal(cleanTitle(raw, dictionary), clean));
});

describe('issuers', () => {
  const cases: Array<[string, string[]]> = [
    ['人力资源社会保障部国家发展改革委财政部', ['人力资源社会保障部', '国家发展改革委', '财政部']],
    ['人力资源社会保障部 财政部 国务院国资委 中华全国总工会 全国工商联', ['人力资源社会保障部', '财政部', '国务院国资委', '中华全国总工会', '全国工商联']],
    ['中共云南省委办公厅、云南省人民政府办公厅', ['中共云南省委办公厅', '云南省人民政府办公厅']],
    ['教育部国家发展改革委工业和信息化部', ['教育部', '国家发展改革委', '工业和信息化部']],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(splitIssuers(text, dictionary), expected));
});

describe('ids', () => {
  const numbers: Array<[string, string | null]> = [
    ['人社部发〔2021〕86号', 'rsbf-2021-86'],
    ['云人社发〔2014〕140号', 'yrsf-2014-140'],
    ['教职成厅函〔2023〕20号', 'jzcth-2023-20'],
    ['not a 文号', null],
  ];
  for (const [n, id] of numbers) it(`${n} → ${id}`, () => assert.equal(docNumberSlug(n), id));
  it('a title without 文号 gives initials and year', () => {
    assert.equal(titleSlug('中华人民共和国职业教育法', '2022'), 'zyjyf-2022');
    assert.equal(titleSlug('技工学校工作规定', null), 'jgxxgzgd');
    assert.match(titleSlug('“十四五”职业技能培训规划', '2021'), /^[a-z0-9]+-2021$/);
  });
  it('ids survive a re-import: an existing id is kept by the document key', () => {
    const source = new TextEncoder().encode('人力资源社会保障部关于测试的通知\n人社部发〔2021〕1号\n为做好测试工作，现就有关事项通知如下。\n');
    const input = {
      sources: new Map([['a.txt', source]]),
      corrections: new Map(),
      issuerDictionary: dictionaryText,
      ...places,
      existingIds: new Map<string, string>(),
    };
    const first = importCorpus(input).documents[0]!;
    assert.equal(first.id, 'rsbf-2021-1');
    const again = importCorpus({ ...input, existingIds: new Map([[first.key, 'kept-id']]) }).documents[0]!;
    assert.equal(again.id, 'kept-id');
  });
});

describe('comparing copies', () => {
  const blocks = (...texts: string[]) =>
    texts.map((text, i) => ({
      type: 'para' as const,
      text,
      lines: [i + 1],
      line: i + 1,
      column: 1,
      pageStart: false,
      inline: [],
      spans: [{ at: 0, line: i + 1, column: 1 }],
    }));
  it('a copy split into different paragraphs has no differences', () => {
    const r = compareCopies(
      blocks('一、总体要求。（一）指导思想。以习近平新时代中国特色社会主义思想为指导。'),
      blocks('一、总体要求。', '（一）指导思想。', '以习近平新时代中国特色社会主义思想为指导。'),
      'b.txt',
    );
    assert.deepEqual(r, { differences: [], truncated: false });
  });
  it("a changed word is one difference with the copy's line", () => {
    const r = compareCopies(blocks('突出品德、能力、业绩导向。', '规范评审程序。'), blocks('突出品德、能力和业绩导向。', '规范评审程序。'), 'b.txt');
    assert.deepEqual(r.differences, [{ file: 'b.txt', line: 1, kind: 'changed', canonical: '突出品德、能力、业绩导向。', copy: '突出品德、能力和业绩导向。' }]);
  });
  it('a copy that stops mid-sentence is truncated', () => {
    const r = compareCopies(blocks('第一句。', '第二句很长很长。'), blocks('第一句。', '第二句很'), 'b.txt');
    assert.equal(r.truncated, true);
    assert.equal(r.differences[0]!.kind, 'truncated');
  });
});

describe('corrections files', () => {
  it('invalid YAML is an error with its line, not an exception', () => {
    const { messages } = parseCorrections('- line: 1\n  set: [\n', 'x.corrections.yaml', 'x.txt');
    assert.equal(messages[0]!.severity, 'error');
    assert.equal(messages[0]!.file, 'x.corrections.yaml');
    assert.ok(messages[0]!.line >= 2);
  });
  it('an entry without a reason is refused', () => {
    const { set, messages } = parseCorrections('- line: 3\n  notStart: true\n', 'x.corrections.yaml', 'x.txt');
    assert.equal(set.entries.length, 0);
    assert.match(messages[0]!.reason, /reason/);
  });
});

describe('a single very long line', () => {
  it('is imported in one piece with a message, nothing lost (5 MB here; npm run bench times 50 MB)', () => {
    const unit = '职业学校应当加强校企合作，推进产教融合，提高人才培养质量，';
    const body = unit.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(unit)));
    const out = importCorpus({
      sources: new Map([['big.txt', new TextEncoder().encode(`人力资源社会保障部关于测试的通知\n人社部发〔2021〕1号\n${body}\n`)]]),
      corrections: new Map(),
      issuerDictionary: dictionaryText,
      ...places,
      existingIds: new Map(),
    });
    assert.equal(out.documents.length, 1);
    assert.equal((out.documents[0]!.body[0] as Paragraph).text, body);
    assert.ok(out.messages.some((m) => m.ruleId === 'line-very-long' && m.line === 3));
    const r = out.reports[0]!;
    assert.equal(r.ink.documents + r.ink.noise, r.ink.source);
  });
});

describe('regressions found by the property suite', () => {
  it('a paragraph of 150,000 unclosed 《 is one message, not a stack overflow', () => {
    const out = importCorpus({
      sources: new Map([['gen.txt', new TextEncoder().encode(`人力资源社会保障部关于测试的通知\n${'《'.repeat(150_000)}\n`)]]),
      corrections: new Map(),
      issuerDictionary: dictionaryText,
      ...places,
      existingIds: new Map(),
    });
    const unclosed = out.messages.filter((m) => m.ruleId === 'unclosed-book-title');
    assert.equal(unclosed.length, 1);
    assert.match(unclosed[0]!.reason, /150000 unclosed/);
    assert.equal(out.reports[0]!.ink.documents + out.reports[0]!.ink.noise, out.reports[0]!.ink.source);
  });
});
