/**
 * Amount parsing, one line per phrasing: real sentences of the corpus (cut to the clause that
 * matters) and the edge cases around them. Each case lists the amounts as formatAmount writes
 * them and their values in 元 (null for shares).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAmounts, formatAmount, formatYuan, segments } from '../../../src/lib/subsidy/index.ts';

type Case = [sentence: string, amounts: string[], yuan: Array<number | [number, number] | null>];

const cases: Case[] = [
  // rsbf-2021-39 五（一）: the apprentice training subsidy.
  ['学徒每人每年的补贴标准原则上5000元以上，补贴期限按照实际培训期限计算', ['原则上5000元以上（每人每年）'], [5000]],
  // rsbf-2021-45: spaces around the number.
  ['参加企业新型学徒制培训的给予企业每人每年 5000 元以上的职业培训补贴', ['5000元以上（每人每年）'], [5000]],
  // yrsf-2022-15: per year per student written after the amount.
  ['落实5000元/年/生政策', ['5000元（每生每年）'], [5000]],
  // yzf-2021-28 28.: a list of one-off awards, 分别 and 每人一次性 shared by the list.
  [
    '选手分别给予每人一次性奖励10万元、5万元、2万元（上述所颁发的奖金均视同省级人民政府在技术方面颁发的奖金）',
    ['10万元（每人一次性）', '5万元（每人一次性）', '2万元（每人一次性）'],
    [100000, 50000, 20000],
  ],
  // rsbf-2022-62: ranges with 万 written once, 原则上 governing both clauses.
  [
    '原则上每个国家级高技能人才培训基地补助300—700万元，每个国家级技能大师工作室补助10—30万元。',
    ['原则上300—700万元（每个）', '原则上10—30万元（每个）'],
    [
      [3000000, 7000000],
      [100000, 300000],
    ],
  ],
  // rcfwxdcyfzstcs: a range with 万 on both ends.
  ['给予每人10万—50万元经费支持', ['10—50万元（每人）'], [[100000, 500000]]],
  // sswsqjyqgtjgcs: 亿元 with a decimal; 不超过.
  ['每所部省合建高校支持额度不超过1.5亿元', ['不超过1.5亿元（每所）'], [150000000]],
  // tdxdzyjygzlfzs: a share and a per-student standard in one sentence.
  [
    '落实地方教育附加用于职业教育的比例不低于30%的要求，落实高等职业学校生均不低于12000元/年的拨款标准。',
    ['不低于30%', '不低于12000元（生均每年）'],
    [null, 12000],
  ],
  // jzc-2020-7: the 30% credit against 教育费附加.
  ['可按投资额的30%抵免当年应缴教育费附加和地方教育附加。', ['30%'], [null]],
  // gbf-2017-95: a share of a fund spent on a group.
  ['确保教育培训经费60%以上用于一线职工。', ['60%以上'], [null]],
  // yzf-2021-28 三（三）: the share's own clause names no money, the sentence's fund does.
  ['各企业应落实将职工教育经费税前扣除限额提高至工资薪金总额8%的政策，用于一线职工教育和培训的部分不低于60%。', ['8%', '不低于60%'], [null, null]],
  // rcfwxdcyfzstcs: 最高 before the second amount only; 一次性 after the first.
  ['给予每人100万元一次性工作生活补贴和最高1000万元项目经费支持；', ['100万元（每人一次性）', '最高1000万元'], [1000000, 10000000]],
  // rcfwxdcyfzstcs: thresholds are conditions, not amounts; the rates are.
  ['交易额在500万—3000万元之间的按1%给予奖励，超过3000万元的按5‰给予奖励。', ['1%', '5‰'], [null, null]],
  ['企业引进科技人才年薪达50万—150万元，并在省内缴纳个人所得税的，所在州（市）每年可按其年薪15%奖励用人单位', ['15%（每年）'], [null]],
  [
    '3年内营业收入首次超过5000万元、1亿元、2亿元的，分别给予最高50万元、100万元、200万元奖励。',
    ['最高50万元', '最高100万元', '最高200万元'],
    [500000, 1000000, 2000000],
  ],
  // A share of income to keep: 不低于 is a bound, not a threshold.
  ['从该项科技成果转让净收入或许可净收入中提取不低于70%，用于奖励作出重要贡献的成果完成人', ['不低于70%'], [null]],
  // xdzyjyzltsjhzj-2022: a weight in an allocation formula is not an amount.
  ['其中：基础因素（权重80%）主要考虑学生数等高等职业教育事业发展情况、生均拨款水平等地方投入情况', [], []],
  // jqxsdgjnrcdwjs: a target share, with no money in its clause.
  ['技能人才占就业人员的比例达到30%以上、高技能人才占技能人才的比例达到35%。', [], []],
  // Counts of people are not money; 多元 is not a numeral before 元.
  ['全国有技工院校2423所，在校生395.5万人，构建多元办学格局。', [], []],
  // zyjyf-2022 第六十六条: a threshold in a penalty (the extractor drops the sentence anyway).
  ['违法所得不足一万元的，按一万元计算。', ['10000元'], [10000]],
];

describe('findAmounts', () => {
  for (const [sentence, expected, yuan] of cases) {
    it(sentence, () => {
      const found = findAmounts(sentence);
      assert.deepEqual(found.map(formatAmount), expected);
      assert.deepEqual(
        found.map((a) => (a.yuan === null ? null : a.yuanMax === null ? a.yuan : [a.yuan, a.yuanMax])),
        yuan,
      );
      // Offsets point into the sentence as written.
      for (const a of found) assert.equal(sentence.slice(a.start, a.end), a.text);
    });
  }

  it('keeps qualifiers in sentence order and derives the bound', () => {
    const [a] = findAmounts('支持额度最高不超过上述投资限额的200%。');
    assert.deepEqual(a?.qualifiers, ['最高', '不超过']);
    assert.equal(a?.bound, 'max');
    const [b] = findAmounts('学徒每人每年的补贴标准原则上5000元以上');
    assert.equal(b?.bound, 'min');
    assert.equal(b?.text, '原则上5000元以上');
    const [c] = findAmounts('每个国家级技能大师工作室补助10—30万元');
    assert.equal(c?.bound, 'range');
    const [d] = findAmounts('5年内每年每个实验室平均安排1亿元资金支持');
    assert.equal(d?.bound, 'approx');
    assert.equal(d?.per, '每年每个');
  });

  it('reads full-width digits and percent signs', () => {
    const [a] = findAmounts('按投资额３０％的比例抵免教育费附加');
    assert.equal(a?.value, 30);
    assert.equal(a?.text, '３０％');
  });
});

describe('formatYuan', () => {
  const values: Array<[number, string]> = [
    [40, '40元'],
    [5000, '5000元'],
    [12000, '1.2万元'],
    [500000, '50万元'],
    [150000000, '1.5亿元'],
  ];
  for (const [value, expected] of values) it(`${value} → ${expected}`, () => assert.equal(formatYuan(value), expected));
});

describe('segments', () => {
  it('cuts the text at its amounts, marking them', () => {
    const text = '对获奖选手给予最高10万元奖励。';
    assert.deepEqual(segments(text, findAmounts(text)), [
      { text: '对获奖选手给予', amount: false },
      { text: '最高10万元', amount: true },
      { text: '奖励。', amount: false },
    ]);
  });
});
