/**
 * The dates and status of real documents, each checked by reading the source (the file:line
 * beside each case is where the deciding words stand), as of a fixed date so the test does not
 * move with the calendar.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadCorpus, readAbbreviations } from '../../src/lib/corpus/index.ts';
import { currencyOf, readDateCorrections, readEventDates, type Currency } from '../../src/lib/status/index.ts';
import { buildLibrary, crossReference } from '../../src/lib/xref/index.ts';

const AS_OF = '2026-12-01';
let currency: Map<string, Currency>;

before(async () => {
  const documents = await loadCorpus('content/policies', { warn: () => {} });
  const xref = crossReference(documents, buildLibrary(documents, new Map(readAbbreviations(undefined, () => {}).map((e) => [e.abbreviation, e.title]))));
  currency = currencyOf(documents, AS_OF, { relations: xref.relations, corrections: readDateCorrections(), events: readEventDates() });
});

/** `role:date:basis` of a document's dates. */
const dates = (id: string) => currency.get(id)!.dates.map((d) => `${d.role}:${d.date}:${d.basis.kind}`);
const status = (id: string) => currency.get(id)!.status;

interface Case {
  id: string;
  /** Where the source says it. */
  source: string;
  dates: string[];
  status: Currency['status']['value'];
  /** The unit of the deciding sentence, when one decides (undefined: not checked). */
  unit?: string | null;
}

const cases: Case[] = [
  {
    id: 'zyjyf-2022',
    source: '001_5538f58a8fd1bf1e.txt:165 第六十九条　本法自2022年5月1日起施行 (成文/公布 from the reviewed correction of line 1)',
    dates: ['issued:2022-04-20:corrected', 'published:2022-04-20:corrected', 'effective:2022-05-01:stated'],
    status: 'in-force',
    unit: 'art-69-p1',
  },
  {
    id: 'lrp-1986-22',
    source: '000_2aae24af02a76c31.txt:3 题注 1986年11月11日…公布 根据2010年11月12日…修订; :444 本规定自一九八七年一月一日起实行',
    dates: ['published:1986-11-11:stated', 'effective:1987-01-01:stated', 'amended:2010-11-12:stated', 'year:1986:stated'],
    status: 'in-force',
    unit: 'art-44-p1',
  },
  {
    id: 'ynszyjytl',
    source: '001_5538f58a8fd1bf1e.txt:2441 题注 1999年4月2日…通过 2005年9月26日…修正; 第二十九条 本条例自公布之日起施行',
    dates: ['adopted:1999-04-02:stated', 'amended:2005-09-26:stated'],
    status: 'in-force',
    unit: 'art-29-p1',
  },
  {
    id: 'xdzyjyzltsjhzj-2022',
    source: '001_5538f58a8fd1bf1e.txt:2663 第二十三条本办法自2022年1月1日起施行',
    dates: ['effective:2022-01-01:stated'],
    status: 'in-force',
    unit: 'art-23-p1',
  },
  {
    id: 'rsbf-2021-86-notice',
    source: '002_2afc9cd3f38cc851.txt:18 2021年11月5日 under the signature; the plan it issues is 技工教育“十四五”规划',
    dates: ['issued:2021-11-05:stated', 'year:2021:stated'],
    status: 'plan-ended',
  },
  {
    id: 'rsbf-2021-86',
    source: "002_2afc9cd3f38cc851.txt:18 (the notice's date); title 技工教育“十四五”规划 = 2021—2025年",
    dates: ['issued:2021-11-05:inherited', 'year:2021:stated'],
    status: 'plan-ended',
    unit: null,
  },
  {
    id: 'jzc-2020-7',
    source: '001_5538f58a8fd1bf1e.txt:572 职业教育提质培优行动计划（2020—2023年）',
    dates: ['issued:2020-09-16:inherited', 'year:2020:stated'],
    status: 'plan-ended',
  },
  {
    id: 'rsbf-2021-102',
    source: '004_f5df76930213c5c2.txt:43 人社部发〔2021〕102号 (no date in the copy); title “十四五”职业技能培训规划',
    dates: ['year:2021:stated'],
    status: 'plan-ended',
  },
  {
    id: 'rsbf-2021-48-att-1',
    source: "001_5538f58a8fd1bf1e.txt:1203 “技能中国行动”2021-2022年重点工作安排: its own period, not its parent's status",
    dates: ['issued:2021-06-30:inherited'],
    status: 'plan-ended',
  },
  {
    id: 'yrsf-2014-140',
    source: '001_5538f58a8fd1bf1e.txt:3428 云人社发[2014]140号, :3437 2014年8月1日, :3464 第十五条 本办法自公布之日起施行; title …（暂行）, no term stated',
    dates: ['issued:2014-08-01:inherited', 'effective:2014-08-01:stated', 'year:2014:stated'],
    status: 'unknown',
    unit: 'art-15-p1',
  },
  {
    id: 'yrst-2022-48',
    source: '001_5538f58a8fd1bf1e.txt:3330 第四十六条 …自发布之日起施行; :3334 2022年10月25日印发; title …（试行）',
    dates: ['published:2022-10-25:stated', 'effective:2022-10-25:stated', 'year:2022:stated'],
    status: 'unknown',
    unit: 'art-46-p1',
  },
  {
    id: 'rstf-2021-12',
    source: "001_5538f58a8fd1bf1e.txt:3753 第三十八条 本实施细则自印发之日起施行; :3552 2021年2月19日 (the notice's date)",
    dates: ['issued:2021-02-19:inherited', 'published:2021-02-19:inherited', 'effective:2021-02-19:stated', 'year:2021:stated'],
    status: 'in-force',
    unit: 'art-38-p1',
  },
  {
    id: 'rsbf-2020-96',
    source: '000_2aae24af02a76c31.txt:1383 本意见自印发之日起施行; :1387 2020 年 12 月 28 日',
    dates: ['issued:2020-12-28:stated', 'effective:2020-12-28:stated', 'year:2020:stated'],
    status: 'in-force',
  },
  {
    id: 'gf-2018-11',
    source: '001_5538f58a8fd1bf1e.txt:385 2018年5月3日 under 国务院',
    dates: ['issued:2018-05-03:stated', 'year:2018:stated'],
    status: 'in-force',
    unit: null,
  },
  {
    id: 'jqwsxsdjnrczyj-2022',
    source: '000_2aae24af02a76c31.txt:4745 2022 年 3 月 18 日 (spaces inside the date); national 试行, no term',
    dates: ['issued:2022-03-18:stated', 'published:2022-03-18:stated'],
    status: 'in-force',
  },
  {
    id: 'kzzyjndzpxqsdg-2020-att-2',
    source: '000_2aae24af02a76c31.txt:801 2020 年 6 月 16 日 under the notice it is attached to',
    dates: ['issued:2020-06-16:inherited', 'published:2020-06-17:inherited'],
    status: 'in-force',
  },
  {
    id: 'zbf-2022-65',
    source: '001_5538f58a8fd1bf1e.txt:928 （中办发〔2022〕65 号）, no date in the copy; the news item carrying it is dated by content/dictionaries/dates.yaml',
    dates: ['published:2022-12-21:inherited', 'year:2022:stated'],
    status: 'in-force',
  },
  {
    id: 'gbf-2017-95',
    source: '001_5538f58a8fd1bf1e.txt:387 国办发〔2017〕95号, the copy ends without a date: content/dictionaries/dates.yaml',
    dates: ['issued:2017-12-05:corrected', 'year:2017:stated'],
    status: 'in-force',
  },
  {
    id: 'rcfwxdcyfzstcs',
    source:
      '001_5538f58a8fd1bf1e.txt:3339 …全文如下 (the news item that publishes it as issued); :3352 本文件自印发之日起施行; no date in the texts: the news item is published no later than its 2022-08-18 republication (content/dictionaries/dates.yaml)',
    dates: ['notAfter:2022-08-18:inherited'],
    status: 'in-force',
  },
  {
    id: 'xw-rcfwxdcyfzstcs',
    source:
      '001_5538f58a8fd1bf1e.txt:3338 近日，中共云南省委办公厅、云南省人民政府办公厅印发了… (no date): the reviewed bound of content/dictionaries/dates.yaml',
    dates: ['notAfter:2022-08-18:corrected'],
    status: 'unknown',
  },
  {
    id: 'jlzxxxdzzldxzf',
    source:
      '000_2aae24af02a76c31.txt:4860 the 意见 has no header or date; :4757 the notice before it (:4859 2022 年 3月 17 日) says 今年 1 月，中共中央办公厅印发《关于建立中小学校党组织领导的校长负责制的意见（试行）》',
    dates: ['published:2022-01:attested'],
    status: 'in-force',
    unit: null,
  },
  {
    id: 'xw-xjpdzyjygzzczy-2021',
    source: '001_5538f58a8fd1bf1e.txt:166-170 a news item: 新华社北京2021年4月13日电',
    dates: ['published:2021-04-13:stated'],
    status: 'unknown',
  },
  {
    id: 'jzcth-2023-20',
    source: '001_5538f58a8fd1bf1e.txt:990 2023年7月7日',
    dates: ['issued:2023-07-07:stated', 'year:2023:stated'],
    status: 'in-force',
    unit: null,
  },
  {
    id: 'jqxsdgjnrcdwjs',
    source:
      '001_5538f58a8fd1bf1e.txt:2664 a 云南 实施意见 with no date, no news lead and no 文号, held as issued; :2671 以习近平新时代…全面贯彻党的二十大精神 (closed 2022年10月22日, later than the 中办发〔2022〕58号 it also cites): not before that',
    dates: ['notBefore:2022-10-22:cited'],
    status: 'in-force',
  },
];

describe('dates and status of the corpus, as read in the sources', () => {
  for (const c of cases) {
    it(`${c.id}: ${c.status} (${c.source})`, () => {
      assert.deepEqual(dates(c.id), c.dates);
      assert.equal(status(c.id).value, c.status);
      assert.notEqual(status(c.id).rule, '');
      if (c.unit !== undefined) assert.equal(status(c.id).evidence?.unit ?? null, c.unit);
    });
  }

  it('a 修订通过 mentioned by a later notice (rsbh-2022-53) does not make the 2022 text of the law 已被修改', () => {
    assert.equal(status('zyjyf-2022').value, 'in-force');
  });

  it('every document has a date (or a bound) with its basis', () => {
    for (const c of currency.values()) {
      assert.ok(c.dates.length > 0, c.id);
      for (const d of c.dates) assert.ok(d.basis.evidence !== null || d.basis.reason, `${c.id} ${d.role}`);
    }
  });

  it('every document with a status other than 未知 states its basis; news items are 未知 with the reason', () => {
    for (const c of currency.values()) {
      assert.ok(c.status.rule.length > 10, c.id);
      if (c.id.startsWith('xw-')) assert.equal(c.status.value, 'unknown', c.id);
    }
  });
});
