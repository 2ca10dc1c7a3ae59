/**
 * How the finder writes amounts, values and statuses for people: 原则上5000元以上（每人每年）,
 * 50万元, 1.5亿元, 未标注.
 */
import { STATUS_LABELS, type StatusValue } from '../vocab/status.ts';
import type { Amount, SubsidyRow } from './types.ts';

/** Qualifiers written after the number (以上), the rest before it (原则上, 最高); 分别 is implied by the list. */
const AFTER = new Set(['以上', '以下', '以内', '左右']);

/**
 * An amount as a person reads it: qualifiers, number and unit, and what it is per.
 *
 * @example formatAmount(amount) // '原则上5000元以上（每人每年）'
 */
export function formatAmount(amount: Amount): string {
  const before = amount.qualifiers.filter((q) => !AFTER.has(q) && q !== '分别').join('');
  const after = amount.qualifiers.filter((q) => AFTER.has(q)).join('');
  const number = amount.valueMax === null ? `${amount.value}` : `${amount.value}—${amount.valueMax}`;
  const per = amount.per === null ? '' : `（${amount.per}）`;
  return `${before}${number}${amount.unit}${after}${per}`;
}

/**
 * Money in 元 written with the largest unit that keeps it short: 5000元, 50万元, 1.5亿元.
 *
 * @example formatYuan(150_000_000) // '1.5亿元'
 */
export function formatYuan(yuan: number): string {
  if (yuan >= 1e8) return `${trim(yuan / 1e8)}亿元`;
  if (yuan >= 1e4) return `${trim(yuan / 1e4)}万元`;
  return `${trim(yuan)}元`;
}

/**
 * The value a row sorts by: its largest sum of money in 元 (a range counts by its top), or
 * `null` when it names no money.
 */
export function sortValue(row: Pick<SubsidyRow, 'amounts'>): number | null {
  const values = row.amounts.flatMap((a) => (a.yuan === null ? [] : [a.yuanMax ?? a.yuan]));
  return values.length === 0 ? null : Math.max(...values);
}

/** The status of a document in words (src/lib/vocab/status.ts): 现行有效, 失效（废止）, 未知 … */
export function statusLabel(status: StatusValue): string {
  return STATUS_LABELS[status];
}

function trim(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A piece of a row's text, marked when it is an amount. */
export interface Segment {
  text: string;
  amount: boolean;
}

/**
 * The text cut at its amounts, so a page can highlight them without building markup from
 * strings: `[{ text: '学徒每人每年的补贴标准', amount: false }, { text: '原则上5000元以上', amount: true }, …]`.
 */
export function segments(text: string, amounts: ReadonlyArray<Pick<Amount, 'start' | 'end'>>): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const { start, end } of [...amounts].sort((a, b) => a.start - b.start)) {
    if (start < at) continue; // overlapping spans: the first one wins
    if (start > at) out.push({ text: text.slice(at, start), amount: false });
    out.push({ text: text.slice(start, end), amount: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), amount: false });
  return out;
}
