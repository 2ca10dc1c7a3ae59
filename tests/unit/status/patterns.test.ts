/**
 * The phrasings of currency, one line per real phrasing of the corpus (content/policies file:line
 * in the comment), plus the forms the rules must also read (有效期 terms, which no document of the
 * corpus states of itself).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  docNumberYear,
  effectiveClause,
  eventsIn,
  issueMentionBefore,
  noteEvents,
  periodOfTitle,
  provisionalWord,
  termOf,
} from '../../../src/lib/status/index.ts';

describe("施行: the document's own clause", () => {
  // The date, or →issued / →published for 自印发之日 / 自公布之日, or null when it is not this document's.
  const cases: Array<[string, string | null]> = [
    ['本法自2022年5月1日起施行。', '2022-05-01'], // zyjyf-2022.md:362
    ['本办法自2022年1月1日起施行。', '2022-01-01'], // xdzyjyzltsjhzj-2022.md:101
    ['本规定自一九八七年一月一日起实行，一九七九年二月二十日原国家劳动总局颁发的《技工学校工作条例（试行）》同时废止。', '1987-01-01'], // lrp-1986-22.md:197
    ['本文件自印发之日起施行，由省委人才工作领导小组办公室负责解释。', '→issued'], // rcfwxdcyfzstcs.md:50
    ['本意见自印发之日起施行。', '→issued'], // rsbf-2020-96.md:83
    ['本实施细则自印发之日起施行。', '→issued'], // rstf-2021-12.md:237
    ['本条例自公布之日起施行。', '→published'], // ynszyjytl.md:145
    ['本办法自公布之日起施行。', '→published'], // yrsf-2014-140.md:70
    ['本办法由省人力资源社会保障厅负责解释，自发布之日起施行。', '→published'], // yrst-2022-48.md:137
    ['本办法自 2019 年 5 月 1 日起施行，有效期5年。', '2019-05-01'], // spaces inside the date
    // Another document's 施行, not this one's: rsbh-2022-53.md:29
    [
      '《中华人民共和国职业教育法》已由中华人民共和国第十三届全国人民代表大会常务委员会第三十四次会议于 2022 年 4 月 20 日修订通过，自 2022年 5月 1 日起施行',
      null,
    ],
    ['严格实行专业预警和退出机制', null], // gbf-2017-95.md:57
  ];
  for (const [sentence, expected] of cases) {
    it(`${sentence.slice(0, 30)} → ${expected}`, () => {
      const clause = effectiveClause(sentence);
      const got = clause === null ? null : clause.kind === 'date' ? clause.date : `→${clause.to}`;
      assert.equal(got, expected);
    });
  }
});

describe('有效期: a stated term', () => {
  const cases: Array<[string, ReturnType<typeof termOf>]> = [
    ['本办法自2019年5月1日起施行，有效期5年。', { kind: 'years', years: 5 }],
    ['本办法自印发之日起施行，有效期至2023年12月31日。', { kind: 'until', date: '2023-12-31' }],
    ['本意见有效期为两年。', { kind: 'years', years: 2 }],
    ['试行期三年。', { kind: 'years', years: 3 }],
    // A voucher's term, not the document's: kzzyjndzpxqsdg-2020-att-2.md:39
    ['支持各级人社部门对培训内容、可用机构、可用人群、有效期、发放数量等进行定制', null],
  ];
  for (const [sentence, expected] of cases) it(sentence, () => assert.deepEqual(termOf(sentence), expected));
});

describe('试行 / 暂行 in a title', () => {
  const cases: Array<[string, '试行' | '暂行' | null]> = [
    ['现代产业学院建设指南（试行）', '试行'], // jgth-2020-16.md:4
    ['关于建立中小学校党组织领导的校长负责制的意见（试行）', '试行'], // jlzxxxdzzldxzf.md:4
    ['云南省拓宽技能人才成长上升通道实施办法（暂行）', '暂行'], // yrsf-2014-140.md:4
    ['云南省职业技能竞赛管理办法（试行）', '试行'], // yrst-2022-48.md:4
    ['事业单位公开招聘人员暂行规定', '暂行'], // cited in rsbf-2021-82.md:37
    ['人力资源社会保障部关于做好技工院校落实《关于建立中小学校党组织领导的校长负责制的意见（试行）》有关工作的通知', null], // zhjgyxlsgyjlzx-2022.md:4: the 试行 is the cited 意见's
    ['技工学校工作规定', null], // lrp-1986-22.md:4
  ];
  for (const [title, expected] of cases) it(title, () => assert.equal(provisionalWord(title), expected));
});

describe('题注: adopted, promulgated, amended', () => {
  it('lrp-1986-22.md:27 — 公布 then 修订, with spaces inside the dates', () => {
    const events = noteEvents('（1986 年 11 月 11 日劳人培〔1986〕22 号公布 根据 2010 年 11 月 12 日《关于废止和修改部分人力资源和社会保障规章的决定》修订）');
    assert.deepEqual(
      events.map((e) => [e.role, e.date]),
      [
        ['published', '1986-11-11'],
        ['amended', '2010-11-12'],
      ],
    );
  });
  it('ynszyjytl.md:22 — 通过 then 修正, no separator between them', () => {
    const events = noteEvents(
      '（1999年4月2日云南省第九届人民代表大会常务委员会第八次会议通过2005年9月26日云南省第十届人民代表大会常务委员会第十八次会议修正）',
    );
    assert.deepEqual(
      events.map((e) => [e.role, e.date]),
      [
        ['adopted', '1999-04-02'],
        ['amended', '2005-09-26'],
      ],
    );
  });
  it('a paragraph that is not a 题注 gives nothing', () => {
    assert.deepEqual(noteEvents('2019年，国务院决定从失业保险基金结余中拿出1000亿元。'), []);
  });
});

describe('plan periods in titles', () => {
  const cases: Array<[string, [number, number] | null]> = [
    ['职业教育提质培优行动计划（2020—2023年）', [2020, 2023]], // jzc-2020-7.md:4
    ['技工教育“十四五”规划', [2021, 2025]], // rsbf-2021-86.md:4
    ['“十四五”职业技能培训规划', [2021, 2025]], // rsbf-2021-102.md:4
    ['“技能中国行动”2021-2022年重点工作安排', [2021, 2022]], // rsbf-2021-48-att-1.md:4
    ['云南省教育高质量发展三年行动计划（2023—2025年）', [2023, 2025]], // ynsjygzlfzsnxd.md:4
    ['职业教育产教融合赋能提升行动实施方案（2023—2025年）', [2023, 2025]], // zyjycjrhfntsxd.md:4
    ['“十四五”时期教育强国推进工程实施方案', [2021, 2025]], // sswsqjyqgtjgcs.md:4
    ['国家职业教育改革实施方案', null], // gf-2019-4.md:4
  ];
  for (const [title, expected] of cases) {
    it(title, () => {
      const p = periodOfTitle(title);
      assert.deepEqual(p && [p.from, p.to], expected);
    });
  }
});

describe('the year of a 文号', () => {
  const cases: Array<[string | null, string | null]> = [
    ['人社部发〔2021〕86号', '2021'],
    ['劳人培〔1986〕22号', '1986'],
    ['云人社发[2014]140号', '2014'],
    [null, null],
  ];
  for (const [number, year] of cases) it(String(number), () => assert.equal(docNumberYear(number), year));
});

describe('sessions a text names (a 不早于 bound for undated documents)', () => {
  const cases: Array<[string, string[]]> = [
    ['全面贯彻党的十九大和十九届二中、三中全会精神', ['党的十九大', '十九届二中全会', '十九届三中全会']], // gjcjrhjssdssfa.md
    ['为贯彻党的十九大和十九届二中、三中、四中、五中全会精神', ['党的十九大', '十九届二中全会', '十九届三中全会', '十九届四中全会', '十九届五中全会']], // sswsqjyqgtjgcs.md
    ['全面贯彻党的二十大精神', ['党的二十大']], // ynsjygzlfzsnxd.md
    ['深入贯彻党的十九大和十九届历次全会精神', ['党的十九大']], // tdxdzyjygzlfzs.md: 历次 names no session
    ['党的十八大以来，我国教育改革发展取得了重大成就', ['党的十八大']], // sswsqjyqgtjgcs.md
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(eventsIn(text), expected));
});

describe("a date another text gives for a document's issue, read before its 《title》", () => {
  const cases: Array<[string, [number | null, number, number | null] | null]> = [
    ['今年1月，中共中央办公厅印发', [null, 1, null]], // zhjgyxlsgyjlzx-2022.md:29 (000_2aae24af02a76c31.txt:4757 今年 1 月，…)
    ['今年 1 月，中共中央办公厅印发', [null, 1, null]], // the source's spacing
    // The corpus has no other phrasing; the forms the rule must also read:
    ['2021年10月，中共中央办公厅、国务院办公厅印发的', [2021, 10, null]],
    ['2019年1月24日，国务院印发了', [2019, 1, 24]],
    ['近日，中共云南省委办公厅、云南省人民政府办公厅印发了', null], // xw-rcfwxdcyfzstcs.md: 近日 is no date
    ['贯彻落实', null],
  ];
  for (const [before, expected] of cases) {
    it(before, () => {
      const m = issueMentionBefore(before);
      assert.deepEqual(m && [m.year, m.month, m.day], expected);
    });
  }
});
