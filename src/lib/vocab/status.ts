/**
 * The words of currency (时效): the status values a document can have as of a date, how each
 * reads, how it maps to schema.org's `legislationLegalForce`, and the date roles with their
 * labels. One table, read by the document page, the badges, search facets, the subsidy table,
 * `catalog.json` and the JSON-LD, so a status never reads two ways.
 */

import { UNKNOWN } from './fields.ts';

/** The status of a document as of a stated date (see src/lib/status/rules.ts for how each is decided). */
export type StatusValue = 'in-force' | 'not-yet' | 'amended' | 'partly-repealed' | 'repealed' | 'expired' | 'plan-ended' | 'unknown';

/** Every status, in the order filters and counts list them. */
export const STATUS_VALUES: readonly StatusValue[] = ['in-force', 'not-yet', 'amended', 'partly-repealed', 'repealed', 'expired', 'plan-ended', 'unknown'];

/** The status nobody can state reads as the word for unknown (fields.ts). */
export const UNKNOWN_LABEL = UNKNOWN;

/** How a status reads (the labels flk.npc.gov.cn and the 规范性文件 清理 lists use). */
export const STATUS_LABELS: Readonly<Record<StatusValue, string>> = {
  'in-force': '现行有效',
  'not-yet': '尚未生效',
  amended: '已被修改',
  'partly-repealed': '部分失效',
  repealed: '失效（废止）',
  expired: '有效期届满',
  'plan-ended': '规划期已结束',
  unknown: UNKNOWN_LABEL,
};

/** The label of the filter that keeps only documents in force. */
export const IN_FORCE_FILTER_LABEL = '仅看现行有效';

/**
 * schema.org `legislationLegalForce` for each status; `null` where schema.org has no word
 * (a plan whose period ended is a reference, not law that was repealed; 未知 claims nothing).
 */
export const LEGAL_FORCE: Readonly<Record<StatusValue, 'InForce' | 'NotInForce' | 'PartiallyInForce' | null>> = {
  'in-force': 'InForce',
  'not-yet': 'NotInForce',
  amended: 'NotInForce',
  'partly-repealed': 'PartiallyInForce',
  repealed: 'NotInForce',
  expired: 'NotInForce',
  'plan-ended': null,
  unknown: null,
};

/** Statuses a citing page shows beside the link: the cited text no longer governs, or not wholly, or its plan period is over. */
export const LAPSED: ReadonlySet<StatusValue> = new Set<StatusValue>(['repealed', 'expired', 'amended', 'partly-repealed', 'plan-ended']);

/** What a date is the date of. */
export type DateRole = 'issued' | 'published' | 'effective' | 'adopted' | 'amended' | 'year' | 'notBefore';

/** How each date role reads in the 时效 block. */
export const DATE_ROLE_LABELS: Readonly<Record<DateRole, string>> = {
  issued: '成文日期',
  published: '发布日期',
  effective: '施行日期',
  adopted: '通过日期',
  amended: '修改日期',
  year: '文号年份',
  notBefore: '不早于',
};

/** How a date is known. */
export type DateBasisKind = 'stated' | 'inherited' | 'corrected' | 'cited';

/** How each basis reads. */
export const DATE_BASIS_LABELS: Readonly<Record<DateBasisKind, string>> = {
  stated: '本文写明',
  inherited: '承自所属文件',
  corrected: '经核校订',
  cited: '据所引文件推定',
};
