/**
 * Which kind of subsidy, grant, award, fee, exemption or fund rule a sentence states — or none.
 *
 * One table, tried in order; the first kind whose pattern matches wins. Names that merely
 * mention money without granting it are masked first: 补贴性职业技能培训 (a kind of training),
 * 表彰奖励体系 (a system being built), 长江学者奖励计划 (a programme's name).
 */
import type { SubsidyKind } from './types.ts';

/** The kinds, in the order the finder lists them. */
export const SUBSIDY_KINDS: readonly SubsidyKind[] = [
  '培训补贴',
  '学生资助',
  '学费与收费',
  '就业创业补贴',
  '奖励',
  '人才补贴与津贴',
  '税费优惠',
  '项目资金',
  '经费保障',
  '经费使用与管理',
  '金融支持',
  '其他补贴',
];

/**
 * Tried in this order: grants to a named group first, then fund rules, the generic ones last.
 * A rule about what a fund may be spent on (竞赛工作经费可用于…奖金) is a fund rule even when it
 * names an award.
 */
const RULES: ReadonlyArray<[SubsidyKind, RegExp]> = [
  // 缴纳个人所得税 is a condition on a grant and 地方税收留成 a share between governments, not benefits.
  ['税费优惠', /抵免|税收(?!留成|分成)|税费|税前扣除|(?<!缴纳个人)所得税|免税|免征|(?:用地|公用事业费|租金)[^。；]{0,8}优惠/u],
  ['学生资助', /助学金|奖学金|免学费|(?<!社会)资助(?!和捐赠)|雨露计划|奖助|助学贷款|捐资助学|经济困难的?学生|家庭经济困难/u],
  [
    '培训补贴',
    /培训补贴|鉴定补贴|技能提升补贴|培训券(?=[^。；]*(?:补贴|资金|免费|推广|试点工作))|以工代训|生活费[^。；]{0,6}补贴|交通费补贴|培训[^。；]{0,12}补贴|补贴[^。；]{0,12}培训|学徒[^。；]{0,12}补贴|学徒[^。；]*\d *元/u,
  ],
  ['就业创业补贴', /见习补贴|求职创业补贴|社会保险补贴|社保补贴|创业补贴|场租补贴|创业担保贷款/u],
  ['人才补贴与津贴', /津贴|工作生活补贴|生活补贴|安家|住房补贴|租房补贴|房补贴/u],
  // Government funding of schools before what a fund may be spent on: 教育附加用于职业教育的比例.
  ['经费保障', /财政性(?:教育)?经费|生均|拨款|教育费?附加|地方附加费|财政投入/u],
  ['经费使用与管理', /(?:经费|资金)[^。；，,]{0,6}(?:可|应|主要|应当)?用于/u],
  ['奖励', /奖励|奖金/u],
  ['学费与收费', /学费|学杂费|收费标准|收费政策|收费动态|收费监管|收取[^。；]{0,8}费|减免/u],
  [
    '经费使用与管理',
    /专账资金|资金管理|资金监管|资金使用|列支|职工教育(?:培训)?经费|教育培训经费|足额提取|比例提取|中提取|提取(?:和使用)?[^。；，,]{0,8}(?:经费|资金)|收入[^。；，,]{0,12}(?:比例|作为)|套取|骗取|冒领|专款专用|挪用|克扣|结转结余|国库集中支付/u,
  ],
  ['项目资金', /经费支持|资金支持|补助资金|预算内投资|后补助|补助|奖补|支持额度|经费补助|项目经费|配套经费|引导资金/u],
  [
    '经费保障',
    /生均|拨款|教育费附加|教育附加|地方附加费|经费投入|财政投入|财政性(?:教育)?经费|专项资金|捐赠|捐资|公用经费|职业教育经费|筹集[^。；]{0,6}经费|经费[^。；]{0,6}筹/u,
  ],
  ['金融支持', /贷款|融资(?!租赁)|贴息|担保/u],
];

/** A sentence whose only money word is 补贴 takes the kind of the rule before it, or this one. */
const GENERIC_SUBSIDY = /补贴/u;

/**
 * Phrases that name money without granting it. Each is replaced by spaces of the same length,
 * so offsets stay right.
 */
const MASKS: readonly RegExp[] = [
  // A kind of training, a task or a list, not a grant: 开展补贴性职业技能培训, 承担政府补贴培训任务.
  /(?:政府)?补贴性(?:的)?(?:职业技能|职业)?培训(?:项目|任务|目录)?|政府补贴(?:的)?(?:职业技能|职业)?培训(?:项目|任务|目录)?|补贴培训(?:任务|目录)?/gu,
  // Award systems and programmes: 表彰奖励体系, 奖励为主体, 长江学者奖励计划, 作为表彰奖励的重要依据.
  /表彰奖励(?=体系|制度|力度|工作|、升学|等政策|依据|的重要依据)|奖励(?:体系|制度|计划)|(?:国家|用人单位|社会|行业企业)奖励为(?:导向|主体|补充)/gu,
  // One field among others where bodies are to coordinate: 在重大项目安排、经费投入、企业办学等方面.
  /(?<=、)(?:经费投入|资金投入)(?=、)/gu,
];

/** Masks the phrases of {@link MASKS} with spaces; offsets are kept. */
export function maskNames(sentence: string): string {
  // A cited title names its subject (《关于企业职工教育经费税前扣除政策的通知》), not this rule's.
  let out = sentence.replace(/《[^》]*》/gu, (m) => ' '.repeat(m.length));
  for (const mask of MASKS) out = out.replace(mask, (m) => ' '.repeat(m.length));
  return out;
}

/**
 * The kind of rule a sentence states, or `null` when it states none. `previous` is the kind of
 * the rule just before it in the same paragraph, for sentences that only say 补贴.
 *
 * @example kindOf('对开展学徒培训的企业按规定给予职业培训补贴。') // '培训补贴'
 * @example kindOf('开展补贴性职业技能培训近1亿人次。')            // null
 * @example kindOf('…及时拨付其余补贴资金。', '培训补贴')          // '培训补贴' (the rule before it)
 */
export function kindOf(sentence: string, previous: SubsidyKind | null = null): SubsidyKind | null {
  const masked = maskNames(sentence);
  for (const [kind, pattern] of RULES) if (pattern.test(masked)) return kind;
  // 由相关部门…及时拨付其余补贴资金: the subsidy the paragraph is about.
  if (GENERIC_SUBSIDY.test(masked)) return previous ?? (/培训/u.test(masked) ? '培训补贴' : '其他补贴');
  return null;
}
