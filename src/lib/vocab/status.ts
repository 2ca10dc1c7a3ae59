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

/**
 * The status a label reads as (the search index carries labels, its facet values), or null.
 *
 * @example statusOfLabel('规划期已结束') // 'plan-ended'
 */
export function statusOfLabel(label: string): StatusValue | null {
  return STATUS_VALUES.find((v) => STATUS_LABELS[v] === label) ?? null;
}

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

/**
 * What a date is the date of. `notBefore` and `notAfter` are bounds, not dates of the document:
 * it was issued no earlier (no later) than the date.
 */
export type DateRole = 'issued' | 'published' | 'effective' | 'adopted' | 'amended' | 'year' | 'notBefore' | 'notAfter';

/** How each date role reads in the 时效 block. */
export const DATE_ROLE_LABELS: Readonly<Record<DateRole, string>> = {
  adopted: '通过日期',
  issued: '成文日期',
  published: '发布日期',
  effective: '施行日期',
  amended: '修改日期',
  year: '文号年份',
  notBefore: '不早于',
  notAfter: '不晚于',
};

/** Every date role, in the order the 时效 block lists them. */
export const DATE_ROLES = Object.keys(DATE_ROLE_LABELS) as readonly DateRole[];

/** Whether a role is a bound (不早于 / 不晚于) rather than a date of the document. */
export function isBound(role: DateRole): boolean {
  return role === 'notBefore' || role === 'notAfter';
}

/**
 * How a date is known: stated in the document's own text; inherited from the document it
 * belongs to; attested by another library document's sentence (今年1月，中共中央办公厅印发《…》);
 * a reviewed correction; a bound from the documents its text cites.
 */
export type DateBasisKind = 'stated' | 'inherited' | 'attested' | 'corrected' | 'cited';

/** How each basis reads. */
export const DATE_BASIS_LABELS: Readonly<Record<DateBasisKind, string>> = {
  stated: '本文写明',
  inherited: '承自所属文件',
  attested: '他文写明',
  corrected: '经核校订',
  cited: '据所引文件推定',
};

/** How the 时效 block names the document a date comes from (`basis.from`), by basis. */
export const DATE_SOURCE_LABELS: Readonly<Record<DateBasisKind, string>> = {
  stated: '本文件',
  inherited: '所属文件',
  attested: '写明该日期的文件',
  corrected: '所属文件',
  cited: '所引文件',
};
