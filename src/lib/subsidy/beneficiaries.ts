/**
 * Who a rule benefits, read from the words of the sentence.
 *
 * Categories are tried in order and each match is blanked before the next category looks, so
 * the more specific reading wins: 高技能人才培训基地 is a 基地, not 技能人才; 企业职工 are
 * 劳动者, not 企业; 竞赛选手 come before everyone else.
 */
import type { Beneficiary } from './types.ts';

/** The categories, in the order the finder lists them. */
export const BENEFICIARIES: readonly Beneficiary[] = [
  '学生',
  '学徒',
  '企业',
  '职业院校',
  '其他学校',
  '教师',
  '劳动者',
  '竞赛选手',
  '技能人才',
  '科技与产业人才',
  '培训机构与基地',
  '地方',
  '单位和个人',
  '未写明',
];

const WORD = String.raw`[^\s、，。；,;:：的对和与及或（）()“”]`;

const RULES: ReadonlyArray<[Beneficiary, RegExp]> = [
  ['竞赛选手', /选手|参赛|教练团队|技术团队/gu],
  // 引进人才的中介机构（个人）: an agent rewarded for bringing people, neither a 基地 nor 人才.
  ['单位和个人', /中介机构/gu],
  [
    '培训机构与基地',
    new RegExp(
      `${WORD}{0,8}?(?:基地|工作室|实验室|工作站|培训机构|评价机构|研发机构|创新中心|研究中心|实践中心|实训中心|创新平台|研发平台|联合体|战略联盟|产业学院|技术转化机构)`,
      'gu',
    ),
  ],
  ['学徒', /学徒/gu],
  ['教师', /教师|教练|师资|校长|辅导员|兼职教师/gu],
  ['劳动者', /劳动者|劳动力|农民工|(?:企业|一线)?职工|就业困难人员|失业人员|学员|低保家庭|零就业家庭|两后生|个体工商户/gu],
  ['学生', /高校毕业生|(?<!在校|每)学生(?!数)|毕业生|子女|孤儿|留学生|在校生(?!总数|规模)/gu],
  [
    '职业院校',
    /职业院校|职业学校|技工院校|技工学校|技师学院|高级技工学校|高职|中职|高等职业(?:学校|院校|教育)|中等职业(?:学校|院校|教育)|职业技术学院|职业本科/gu,
  ],
  ['其他学校', /高校|本科院校|专科院校|义务教育学校|幼儿园|普通高中|科研院所|高等学校/gu],
  ['企业', /企业(?!所得税|家)|用人单位|链主/gu],
  ['技能人才', /高技能(?:领军)?人才|技能人才|工匠|技师|技术能手|技能大师|技能大奖/gu],
  ['科技与产业人才', /人才|团队|科研人员|博士后|院士|专家|企业家|成果完成人|科技特派员|科学家/gu],
  ['地方', /省份|地方项目|每县|试点城市|东、中、西部地区|脱贫县|地方政府/gu],
  ['单位和个人', /单位和个人|单位或个人|单位及个人/gu],
];

/**
 * The beneficiaries a sentence names, in the order of {@link BENEFICIARIES}; `['未写明']` when
 * it names none.
 *
 * @example beneficiariesOf('对开展学徒培训的企业按规定给予职业培训补贴') // ['学徒', '企业']
 */
export function beneficiariesOf(sentence: string): Beneficiary[] {
  let rest = sentence;
  const found = new Set<Beneficiary>();
  for (const [beneficiary, pattern] of RULES) {
    rest = rest.replace(pattern, (m) => {
      found.add(beneficiary);
      return ' '.repeat(m.length);
    });
  }
  if (found.size === 0) return ['未写明'];
  return BENEFICIARIES.filter((b) => found.has(b));
}
