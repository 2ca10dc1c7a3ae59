/**
 * The subsidy finder's records, typed once here as the spec (spec.md beside it says in prose
 * how they are found).
 *
 * A {@link SubsidyRow} is one rule — one sentence, or a run of sentences that state one rule —
 * in the most specific unit that holds it (款, 项, 目, outline item, a table, or the article
 * when it has a single 款). Rows are what `/subsidies/`, `/data/subsidies.json`,
 * `/data/subsidies.csv` and a document page's 资金与补贴 summary list.
 */
import type { PolicyKind } from '../pst/index.ts';
import type { StatusValue } from '../vocab/status.ts';

/** What a rule grants, regulates or exempts. */
export type SubsidyKind =
  | '培训补贴'
  | '学生资助'
  | '学费与收费'
  | '就业创业补贴'
  | '奖励'
  | '人才补贴与津贴'
  | '税费优惠'
  | '项目资金'
  | '经费保障'
  | '经费使用与管理'
  | '金融支持'
  /** 补贴 with nothing saying what for (有关企业可以按照规定享受补贴). */
  | '其他补贴';

/** Who receives the money or the exemption (several may apply to one rule). */
export type Beneficiary =
  | '学生'
  | '学徒'
  | '企业'
  | '职业院校'
  | '其他学校'
  | '教师'
  | '劳动者'
  | '竞赛选手'
  | '技能人才'
  | '科技与产业人才'
  | '培训机构与基地'
  | '地方'
  | '单位和个人'
  | '未写明';

/** How an amount bounds the money: exactly, at least, at most, about, or between two values. */
export type AmountBound = 'exact' | 'min' | 'max' | 'approx' | 'range';

/**
 * One amount as the sentence states it: 原则上5000元以上 (每人每年), 10万元 of 10万元、5万元、2万元,
 * 300—700万元, 30% (of the investment, credited against 教育费附加).
 */
export interface Amount {
  /** The amount as written, with the qualifiers next to it: `不少于500万元`, `5000 元以上`. */
  text: string;
  /** Offsets of {@link text} in the row's `text` (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** Money (元, 万元, 亿元) or a share (%, ‰). */
  measure: 'money' | 'share';
  /** The number as written, in its own unit: 5000 for 5000元, 10 for 10万元, 30 for 30%. */
  value: number;
  /** The upper number of a range (300—700万元 → 700), else `null`. */
  valueMax: number | null;
  /** The unit as written, folded: `元`, `万元`, `亿元`, `%`, `‰`. */
  unit: '元' | '万元' | '亿元' | '%' | '‰';
  /** Qualifiers that apply to it, in sentence order: `原则上`, `不低于`, `最高`, `以上`, `分别`, … */
  qualifiers: string[];
  bound: AmountBound;
  /** The unit of the grant when the text names one: `每人每年`, `每个`, `每所`, `每生每年`, `每人一次性`. */
  per: string | null;
  /** Money normalised to 元 (the lower end of a range); `null` for shares. */
  yuan: number | null;
  /** The upper end of a range in 元; `null` otherwise. */
  yuanMax: number | null;
}

/** The document a row comes from, as the finder shows and filters it. */
export interface SubsidyDocument {
  id: string;
  title: string;
  docNumber: string | null;
  issuers: string[];
  /** ISO date: issued, else published, else effective; `null` when unknown. */
  date: string | null;
  /** The year of {@link date}, or `null`. */
  year: number | null;
  /** 施行日期 when the document states one. */
  effective: string | null;
  kind: PolicyKind | null;
  jurisdiction: string | null;
  /** The document's status as of the build's date (src/lib/status). */
  status: StatusValue;
}

/** One subsidy, grant, award, fee, exemption or fund rule. */
export interface SubsidyRow {
  /** Stable id: `<doc>:<unit>:<n>`, n the ordinal of the row's (first) sentence in the unit, from 1. */
  id: string;
  doc: SubsidyDocument;
  unit: {
    id: string;
    /** The citation inside the document: `五（一）`, `第二十七条`. */
    citation: string;
    /** The unit's heading where it has one (`完善经费补贴政策`). */
    heading: string | null;
  };
  /** The full citation: `《…》（人社部发〔2021〕39号）五（一）`. */
  citation: string;
  /** The link to the unit: `/docs/<id>/#<unit>`. */
  url: string;
  /** The rule as written (one sentence, or consecutive sentences of one rule). */
  text: string;
  kind: SubsidyKind;
  beneficiaries: Beneficiary[];
  amounts: Amount[];
  /** Conditions the text attaches (`对培养高技能人才成绩突出的`, `符合条件的投资`). */
  conditions: string[];
  /** A period the rule names (`“十四五”期间`, `5年建设期内`, `实施期限延至 2021 年 12 月`), or `null`. */
  period: string | null;
  /** Where the text is: the policy file and its line. */
  source: { file: string; line: number | null };
}
