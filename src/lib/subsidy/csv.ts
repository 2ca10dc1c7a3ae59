/**
 * The rows as CSV for spreadsheets: UTF-8 with a byte-order mark so Excel reads the Chinese
 * right, CRLF line ends, every field quoted where it needs to be (RFC 4180).
 */
import { formatAmount, statusLabel } from './format.ts';
import type { SubsidyRow } from './types.ts';

/** The columns, in order: header and value. */
const COLUMNS: ReadonlyArray<[string, (row: SubsidyRow) => string]> = [
  ['编号', (r) => r.id],
  ['类别', (r) => r.kind],
  ['对象', (r) => r.beneficiaries.join('、')],
  ['金额', (r) => r.amounts.map(formatAmount).join('；')],
  [
    '金额（元）',
    (r) =>
      r.amounts
        .filter((a) => a.yuan !== null)
        .map((a) => (a.yuanMax === null ? `${a.yuan}` : `${a.yuan}-${a.yuanMax}`))
        .join('；'),
  ],
  ['有金额', (r) => (r.amounts.length > 0 ? '是' : '否')],
  ['条件', (r) => r.conditions.join('；')],
  ['期限', (r) => r.period ?? ''],
  ['原文', (r) => r.text],
  ['文件', (r) => r.doc.title],
  ['文号', (r) => r.doc.docNumber ?? ''],
  ['日期', (r) => r.doc.date ?? ''],
  ['地区', (r) => r.doc.jurisdiction ?? ''],
  ['效力', (r) => statusLabel(r.doc.status)],
  ['条款', (r) => r.unit.citation],
  ['引用', (r) => r.citation],
  ['链接', (r) => r.url],
];

/**
 * The rows as one CSV text, header first.
 *
 * @example toCsv(rows).startsWith('\uFEFF编号,类别,') // true
 */
export function toCsv(rows: readonly SubsidyRow[]): string {
  const lines = [COLUMNS.map(([header]) => field(header)), ...rows.map((row) => COLUMNS.map(([, value]) => field(value(row))))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

/** Quotes a field that holds a comma, quote or line break, doubling its quotes. */
function field(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}
