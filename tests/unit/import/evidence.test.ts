/**
 * The small pieces of issue 12 and the dictionaries, table-driven with real phrasings from the
 * sources: page layout, justification spaces, unit renames, 文号 codes and provinces.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { docNumberIssuer, docNumberJurisdiction, parseDictionaries, provinceOf } from '../../../src/lib/import/dictionaries.ts';
import { isHeadingLine, learnLayout, lineShape } from '../../../src/lib/import/layout.ts';
import { normalizeSpacing } from '../../../src/lib/import/spacing.ts';
import { nearestSurvivor, unitChanges } from '../../../src/lib/import/units.ts';

const source = readFileSync('content/sources/000_2aae24af02a76c31.txt', 'utf8').split('\n');
/** Non-blank lines of source 000 from `a` to `b`, trimmed. */
const lines = (a: number, b: number) =>
  source
    .slice(a - 1, b)
    .map((l) => l.trim())
    .filter((l) => l !== '');

describe('page layout', () => {
  const layout = learnLayout(lines(1, 448)); // 技工学校工作规定
  it('learns each document its own full width and indentation', () => {
    assert.deepEqual(layout, { full: 60, wrapped: true, indented: true });
    assert.equal(learnLayout(lines(1419, 2019)).full, 52); // 技工院校教材管理实施细则
    assert.equal(learnLayout(source.slice(2438, 2501)).wrapped, false);
  });
  it('tells a full line from an indented first line and a last line', () => {
    const cases: Array<[string, 'full' | 'indented' | 'short']> = [
      ['它必须执行党和国家的教育方针，面向现代化，面向世界，面向未来，', 'full'], // source line 19
      ['思想政治方面：培养学生爱祖国、爱人民、爱劳动、爱科学、爱', 'indented'], // line 33
      ['基本功训练和综合课题训练，一般应在校办实习工厂（场、店），', 'indented'], // line 188: a hanging ，
      ['人才、出好人才，为国民经济和社会发展服务。', 'short'], // line 23
    ];
    for (const [text, shape] of cases) assert.equal(lineShape(text, layout), shape, text);
  });
  it('takes a short line opening an item as a heading, never a cut phrase near the margin', () => {
    assert.equal(isHeadingLine('（十五）加强专业建设、课程开发、教学教研和理论研究', layout, '加强专业建设和教学改革，完善修订技工院校专业目录并实行动'), true);
    assert.equal(
      isHeadingLine('1.坚持以习近平新时代中国特色社会主义思想为指导，增强“四', layout, '个意识”、坚定“四个自信”、做到“两个维护”，贯彻党的基本理论、'),
      false,
    );
  });
});

describe('justification spaces', () => {
  const cases: Array<[string, string]> = [
    ['2021 年 6 月 28 日', '2021年6月28日'],
    ['（人社厅发〔2010〕15 号）要求执行。', '（人社厅发〔2010〕15号）要求执行。'],
    ['社 会 保 障 部 技 工 院 校 毕 业 证 书 查 询 网 址 ：', '社会保障部技工院校毕业证书查询网址：'],
    ['校生 395.5 万人，每年面向社会开展职业培训超过 400 万人次。', '校生395.5万人，每年面向社会开展职业培训超过400万人次。'],
    ['（1986 年 11 月 11 日劳人培〔1986〕22 号公布 根据 2010 年', '（1986年11月11日劳人培〔1986〕22号公布 根据2010年'],
    ['第二条 技工学校是培养技术工人的中等职业技术学校', '第二条 技工学校是培养技术工人的中等职业技术学校'],
    ['人力资源社会保障部 财政部', '人力资源社会保障部 财政部'],
    ['黎明 010—68553924', '黎明 010—68553924'],
    // A wrapped line that opens with a figure is prose, not a table row (source 000 line 476).
    ['50 家以上面向全国的优质线上职业技能培训平台，推出覆盖 100 个', '50家以上面向全国的优质线上职业技能培训平台，推出覆盖100个'],
    ['工学一体化培养模式，培训 10000 名工学一体化教师，进一步提高技', '工学一体化培养模式，培训10000名工学一体化教师，进一步提高技'], // line 5241
    ['1 天 津 全市 1', '1 天 津 全市 1'], // a table row printed on one line keeps its cells apart
  ];
  for (const [raw, want] of cases) it(raw, () => assert.equal(normalizeSpacing(raw), want));
});

describe('unit ids a re-import removes', () => {
  const file = (body: string) => `---\nid: x\ntitle: 某规定\n---\n\n${body}`;
  it('land on the unit that now holds their text', () => {
    const before = file('第一条 甲。\n\n第二条 乙。\n\n丙。\n');
    const after = file('第一条 甲。\n\n第二条 乙。丙。\n');
    assert.deepEqual(unitChanges(before, after).removed, { 'art-2-p2': 'art-2-p1' });
    assert.deepEqual(unitChanges(after, after), { removed: {}, renamed: {} });
  });
  it('land on a table that holds their characters, never on a paragraph that merely shares them', () => {
    // kzzyjndzpxqsdg-2020: 2.职业技能电子培训券试点工作方案 was an item while 附件：1.… was glued.
    const glued = file(
      '一、工作要求\n\n（一）甲。\n\n（二）明确实施步骤。以省为单位组织制定职业技能电子培训券试点工作方案。\n\n（三）加大宣传。邮箱：kc@mohrss.gov.cn附件：1.职业技能电子培训券试点地区名单\n\n2.职业技能电子培训券试点工作方案\n',
    );
    const apart = glued.replace('.cn附件', '.cn\n\n附件');
    assert.deepEqual(unitChanges(glued, apart).removed, { 's1-3-2': 's1-3' });
  });
  it('fall back to the nearest surviving ancestor', () => {
    assert.equal(nearestSurvivor('art-2-p2-i3', new Set(['art-2', 'art-2-p1'])), 'art-2');
    assert.equal(nearestSurvivor('s2-3-1', new Set(['s2'])), 's2');
    assert.equal(nearestSurvivor('s3_2', new Set(['s3'])), 's3'); // a second 三、 (ynssswzyjyfzgh)
  });
});

describe('dictionaries', () => {
  const dict = parseDictionaries({
    issuers: readFileSync('content/dictionaries/issuers.txt', 'utf8'),
    docNumberIssuers: readFileSync('content/dictionaries/docnumber-issuers.txt', 'utf8'),
    jurisdictions: readFileSync('content/dictionaries/jurisdictions.txt', 'utf8'),
  });
  it('map a 文号 code to its body and province, longest code first', () => {
    assert.equal(docNumberIssuer('云政办发〔2021〕28号', dict), '云南省人民政府办公厅');
    assert.equal(docNumberIssuer('人社厅函〔2022〕76号', dict), '人力资源社会保障部办公厅');
    assert.equal(docNumberJurisdiction('云人社发〔2022〕15号', dict), '云南省');
    assert.equal(docNumberJurisdiction('人社部发〔2021〕86号', dict), null);
  });
  it('name the province a title or issuer opens with', () => {
    assert.equal(provinceOf('中共云南省委办公厅', dict)?.name, '云南省');
    assert.equal(provinceOf('甘肃省人民政府办公厅', dict)?.name, '甘肃省');
    assert.equal(provinceOf('内蒙古自治区人民政府', dict)?.name, '内蒙古自治区');
    assert.equal(provinceOf('人力资源社会保障部', dict), null);
  });
});
