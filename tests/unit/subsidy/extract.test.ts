/**
 * Extraction from the real corpus, one line per rule (checked by reading the documents): the
 * unit it links to, its kind, amounts and a beneficiary; then the sentences that must give no
 * row or no amount (statistics, targets, penalties, prerequisites, headings).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parsePolicy } from '../../../src/lib/pst/index.ts';
import { extractSubsidies, formatAmount, type Beneficiary, type SubsidyKind, type SubsidyRow } from '../../../src/lib/subsidy/index.ts';

const cache = new Map<string, SubsidyRow[]>();
function rowsOf(id: string): SubsidyRow[] {
  let rows = cache.get(id);
  if (!rows) {
    const path = `content/policies/${id}.md`;
    rows = extractSubsidies({ id, path, tree: parsePolicy(readFileSync(path, 'utf8'), { path }).tree });
    cache.set(id, rows);
  }
  return rows;
}
/** The row whose text holds `phrase`; fails if none or several. */
function rowWith(id: string, phrase: string): SubsidyRow {
  const found = rowsOf(id).filter((row) => row.text.includes(phrase));
  assert.equal(found.length, 1, `${id}: expected one row with “${phrase}”, found ${found.length}`);
  return found[0]!;
}

interface Rule {
  doc: string;
  phrase: string;
  unit: string;
  citation: string;
  kind: SubsidyKind;
  amounts: string[];
  beneficiary: Beneficiary;
}

const rules: Rule[] = [
  // The apprentice training subsidy: 原则上 5000 元 per apprentice per year.
  {
    doc: 'rsbf-2021-39',
    phrase: '原则上5000元以上',
    unit: 's5-1',
    citation: '五（一）',
    kind: '培训补贴',
    amounts: ['原则上5000元以上（每人每年）'],
    beneficiary: '学徒',
  },
  {
    doc: 'rsbf-2021-45',
    phrase: '5000元以上的职业培训补贴',
    unit: 's4-3',
    citation: '四（三）',
    kind: '培训补贴',
    amounts: ['5000元以上（每人每年）'],
    beneficiary: '企业',
  },
  {
    doc: 'yrsf-2022-15',
    phrase: '落实5000元/年/生政策',
    unit: 's4-1',
    citation: '四（一）',
    kind: '培训补贴',
    amounts: ['5000元（每生每年）'],
    beneficiary: '学徒',
  },
  // One-off awards to competition winners: 10万元、5万元、2万元.
  {
    doc: 'yzf-2021-28',
    phrase: '其他全国一类职业技能竞赛',
    unit: 's2-5-28',
    citation: '二（五）28.',
    kind: '奖励',
    amounts: ['10万元（每人一次性）', '5万元（每人一次性）', '2万元（每人一次性）'],
    beneficiary: '竞赛选手',
  },
  {
    doc: 'yzf-2021-28',
    phrase: '世界技能大赛金、银、铜牌和优胜奖',
    unit: 's2-5-28',
    citation: '二（五）28.',
    kind: '奖励',
    amounts: ['60万元（每人一次性）', '40万元（每人一次性）', '20万元（每人一次性）', '10万元（每人一次性）'],
    beneficiary: '竞赛选手',
  },
  // The 30% credit against 教育费附加 for 产教融合型企业.
  { doc: 'jzc-2020-7', phrase: '可按投资额的30%抵免', unit: 's2-4-12', citation: '二（四）12.', kind: '税费优惠', amounts: ['30%'], beneficiary: '企业' },
  { doc: 'zyjycjrhfntsxd', phrase: '按投资额30%的比例抵免', unit: 's2-5-17', citation: '二（五）17.', kind: '税费优惠', amounts: ['30%'], beneficiary: '企业' },
  // Shares of a fund: 60% of 职工教育经费 for front-line workers, up to 60% of income kept for pay.
  {
    doc: 'gbf-2017-95',
    phrase: '确保教育培训经费60%以上用于一线职工',
    unit: 's3-12',
    citation: '三（十二）',
    kind: '经费使用与管理',
    amounts: ['60%以上'],
    beneficiary: '劳动者',
  },
  {
    doc: 'jqxsdgjnrcdwjs',
    phrase: '可按不超过60%的比例提取资金',
    unit: 's2-6',
    citation: '二（六）',
    kind: '经费使用与管理',
    amounts: ['不超过60%'],
    beneficiary: '职业院校',
  },
  // Grants to bases and studios, a range each.
  {
    doc: 'rsbf-2022-62',
    phrase: '补助300—700万元',
    unit: 's4-4',
    citation: '四（四）',
    kind: '项目资金',
    amounts: ['原则上300—700万元（每个）', '原则上10—30万元（每个）'],
    beneficiary: '培训机构与基地',
  },
  {
    doc: 'yzf-2021-28',
    phrase: '每个项目给予400万元补助资金',
    unit: 's2-3-17',
    citation: '二（三）17.',
    kind: '项目资金',
    amounts: ['400万元（每个）'],
    beneficiary: '未写明',
  },
  // Central investment caps per school.
  {
    doc: 'zyjycjrhfntsxd',
    phrase: '每所支持额度不超过8000万元',
    unit: 's2-5-16',
    citation: '二（五）16.',
    kind: '项目资金',
    amounts: ['不超过8000万元（每所）', '不超过3000万元（每所）'],
    beneficiary: '职业院校',
  },
  // Funding standards: 生均 12000 元 a year, 教育附加 at least 30%; 思政课 funds per student.
  {
    doc: 'tdxdzyjygzlfzs',
    phrase: '生均不低于12000元/年',
    unit: 's7-22',
    citation: '七（二十二）',
    kind: '经费保障',
    amounts: ['不低于30%', '不低于12000元（生均每年）'],
    beneficiary: '职业院校',
  },
  {
    doc: 'tdxdzyjygzlfzs',
    phrase: '不少于5亿元',
    unit: 's7-22',
    citation: '七（二十二）',
    kind: '经费保障',
    amounts: ['不少于5亿元（每年）', '不少于10亿元（每年）'],
    beneficiary: '未写明',
  },
  {
    doc: 'ynszyjytl',
    phrase: '不低于15%的比例',
    unit: 'art-19-p3',
    citation: '第十九条第三款',
    kind: '经费保障',
    amounts: ['不低于15%'],
    beneficiary: '未写明',
  },
  {
    doc: 'shxsdxxsxzzllk',
    phrase: '每生每年不低于40元',
    unit: 's3-0-9',
    citation: '三9.',
    kind: '经费使用与管理',
    amounts: ['不低于40元（每生每年）', '不低于30元（每生每年）'],
    beneficiary: '教师',
  },
  // Talent grants with 最高 and 一次性.
  {
    doc: 'rcfwxdcyfzstcs',
    phrase: '对引进的科技领军人才',
    unit: 's1',
    citation: '第一部分',
    kind: '人才补贴与津贴',
    amounts: ['100万元（每人一次性）', '最高1000万元'],
    beneficiary: '科技与产业人才',
  },
  {
    doc: 'rcfwxdcyfzstcs',
    phrase: '交易额在500万—3000万元之间的按1%给予奖励',
    unit: 's6',
    citation: '第六部分',
    kind: '奖励',
    amounts: ['1%', '5‰'],
    beneficiary: '科技与产业人才',
  },
  // Amount-less rules are rows too.
  {
    doc: 'zyjyf-2022',
    phrase: '享受相关税费优惠政策',
    unit: 'art-41-p2',
    citation: '第四十一条第二款',
    kind: '税费优惠',
    amounts: [],
    beneficiary: '职业院校',
  },
  {
    doc: 'zyjyf-2022',
    phrase: '设立职业教育奖学金、助学金',
    unit: 'art-52-p2',
    citation: '第五十二条第二款',
    kind: '学生资助',
    amounts: [],
    beneficiary: '学生',
  },
  { doc: 'zyjyf-2022', phrase: '特殊教育津贴', unit: 'art-18-p3', citation: '第十八条第三款', kind: '人才补贴与津贴', amounts: [], beneficiary: '教师' },
  // An article with a single 款 links to the article.
  { doc: 'lrp-1986-22', phrase: '实行助学金和奖金相结合的办法', unit: 'art-27', citation: '第二十七条', kind: '学生资助', amounts: [], beneficiary: '学生' },
];

describe('extractSubsidies: rules found', () => {
  for (const rule of rules) {
    it(`${rule.doc} ${rule.citation}: ${rule.phrase}`, () => {
      const row = rowWith(rule.doc, rule.phrase);
      assert.equal(row.unit.id, rule.unit);
      assert.equal(row.unit.citation, rule.citation);
      assert.equal(row.url, `/docs/${rule.doc}/#${rule.unit}`);
      assert.equal(row.kind, rule.kind);
      assert.deepEqual(row.amounts.map(formatAmount), rule.amounts);
      assert.ok(row.beneficiaries.includes(rule.beneficiary), `beneficiaries ${row.beneficiaries.join('、')} lack ${rule.beneficiary}`);
    });
  }
});

/** Sentences that state no rule or no amount of one, and why. */
const absent: Array<[doc: string, phrase: string, why: string]> = [
  ['rsbf-2021-102', '拿出1000亿元', 'money allocated in the past is background, not a grant'],
  ['rsbf-2021-102', '补贴性职业技能培训近1亿人次', 'a statistic of subsidised training'],
  ['rsbf-2021-86', '在校生395.5', 'a statistic of students'],
  ['zbf-2022-58', '技能人才占就业人员的比例达到30%以上', 'a target'],
  ['zyjyf-2022', '违法所得不足一万元的', 'a penalty'],
  ['zyjyf-2022', '罚款', 'a penalty'],
  ['yrst-2022-48', '有与竞赛规模相适应的经费支持', 'a prerequisite for organisers, not a grant'],
  ['zh2022njgyxxsz-2022', '联 系 人', 'a contact line'],
  ['gbf-2017-95', '融资租赁', 'an industry named in a list'],
  ['rcfwxdcyfzstcs', '地方税收留成', 'revenue shared between governments'],
];

describe('extractSubsidies: nothing from statistics, targets, penalties and names', () => {
  for (const [doc, phrase, why] of absent) {
    it(`${doc}: “${phrase}” (${why})`, () => {
      assert.deepEqual(
        rowsOf(doc)
          .filter((row) => row.text.includes(phrase))
          .map((row) => row.id),
        [],
      );
    });
  }

  it('a heading alone is not a row: (一)完善经费补贴政策。', () => {
    assert.ok(rowsOf('rsbf-2021-39').every((row) => !row.text.startsWith('完善经费补贴政策')));
  });

  it('a threshold is a condition, not an amount: 年薪达50万—150万元', () => {
    const row = rowWith('rcfwxdcyfzstcs', '年薪达50万—150万元');
    assert.deepEqual(row.amounts.map(formatAmount), ['15%（每年）']);
    assert.ok(row.conditions.some((c) => c.includes('年薪达50万—150万元')));
  });

  it('a weight in an allocation formula gives no amount', () => {
    for (const row of rowsOf('xdzyjyzltsjhzj-2022')) assert.ok(!row.amounts.some((a) => a.value === 80), row.id);
  });
});

describe('extractSubsidies: rows', () => {
  it('carry the document, the citation and the source line', () => {
    const row = rowWith('rsbf-2021-39', '原则上5000元以上');
    assert.equal(row.doc.docNumber, '人社部发〔2021〕39号');
    assert.equal(row.doc.jurisdiction, '全国');
    assert.equal(row.doc.year, 2021);
    assert.match(row.citation, /^《.+》（人社部发〔2021〕39号）五（一）$/u);
    assert.equal(row.source.file, 'content/policies/rsbf-2021-39.md');
    const line = readFileSync(row.source.file, 'utf8').split('\n')[row.source.line! - 1]!;
    assert.ok(line.includes('原则上5000元以上'), 'the source line holds the text');
  });

  it('have unique ids, and every amount is a slice of the row text', () => {
    for (const doc of ['rcfwxdcyfzstcs', 'yzf-2021-28', 'zyjyf-2022', 'jqxsdgjnrcdwjs-att-1']) {
      const rows = rowsOf(doc);
      assert.equal(new Set(rows.map((r) => r.id)).size, rows.length, doc);
      for (const row of rows) for (const a of row.amounts) assert.equal(row.text.slice(a.start, a.end), a.text, row.id);
    }
  });

  it('join consecutive sentences of one rule without an amount', () => {
    const row = rowWith('zyjyf-2022', '职业学校举办者应当按照生均经费标准');
    assert.ok(row.text.startsWith('省、自治区、直辖市人民政府应当制定本地区职业学校生均经费标准'));
  });
});
