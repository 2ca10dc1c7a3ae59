/**
 * The currency report's figures, computed once for `npm run status` and `npm run corpus`: how many
 * documents are dated, their dates counted by basis (本文写明, 承自所属文件, 他文写明, 经核校订, …),
 * documents by status, and the documents still without a date or with status 未知 and why.
 */
import type { Currency } from './types.ts';
import { DATE_BASIS_LABELS, STATUS_LABELS, STATUS_VALUES, type DateBasisKind, type StatusValue } from '../vocab/status.ts';

export interface CurrencySummary {
  readonly asOf: string;
  readonly documents: number;
  readonly dated: number;
  readonly datesByBasis: Readonly<Record<DateBasisKind, number>>;
  readonly statuses: Readonly<Record<StatusValue, number>>;
  /** Documents whose status is other than 未知. */
  readonly known: number;
  readonly undated: readonly string[];
  readonly unknown: readonly { readonly id: string; readonly reason: string }[];
}

export function summarizeCurrency(currency: Iterable<Currency>, asOf: string): CurrencySummary {
  const all = [...currency];
  const datesByBasis = Object.fromEntries(Object.keys(DATE_BASIS_LABELS).map((k) => [k, 0])) as Record<DateBasisKind, number>;
  for (const c of all) for (const d of c.dates) datesByBasis[d.basis.kind]++;
  const statuses = Object.fromEntries(STATUS_VALUES.map((v) => [v, all.filter((c) => c.status.value === v).length])) as Record<StatusValue, number>;
  const undated = all.filter((c) => c.dates.length === 0).map((c) => c.id);
  const unknown = all.filter((c) => c.status.value === 'unknown').map((c) => ({ id: c.id, reason: c.status.rule }));
  return { asOf, documents: all.length, dated: all.length - undated.length, datesByBasis, statuses, known: all.length - unknown.length, undated, unknown };
}

/** The summary's headline lines, as both reports print them. */
export function formatCurrencySummary(s: CurrencySummary): string[] {
  const pct = (n: number) => `${((100 * n) / s.documents).toFixed(1)}%`;
  return [
    `效力状态截至 ${s.asOf}`,
    `documents with a date: ${s.dated}/${s.documents} (${pct(s.dated)})`,
    `dates by basis: ${Object.entries(s.datesByBasis)
      .map(([k, n]) => `${DATE_BASIS_LABELS[k as DateBasisKind]} ${n}`)
      .join(', ')}`,
    `statuses: ${STATUS_VALUES.map((v) => `${STATUS_LABELS[v]} ${s.statuses[v]}`).join(', ')}`,
    `status other than 未知: ${s.known}/${s.documents} (${pct(s.known)})`,
  ];
}
