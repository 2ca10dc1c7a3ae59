/**
 * Noise: what the PDF extractor or the web page added around the official text. Each removal is
 * recorded with its kind and reason; nothing is dropped silently.
 *
 * Line-level rules look at a line and, where a rule needs it, at its neighbours (a lone number
 * is a page number between prose, a table cell between cells). Inline rules cut spans such as
 * `[image: image1.png]` out of a text line.
 */
import { isBlank, trimLine, type SourceLine } from './lines.ts';

/** Kinds of removed text, as counted in the import report. */
export type NoiseKind = 'page-number' | 'url' | 'image' | 'web' | 'receipt-form' | 'serial-number' | 'imprint' | 'stray-title' | 'other';

/** One removal. */
export interface NoiseRecord {
  line: number;
  column: number;
  text: string;
  kind: NoiseKind;
  reason: string;
}

/** A line after noise removal. */
export type ClassifiedLine =
  | { no: number; kind: 'blank' }
  | { no: number; kind: 'noise'; record: NoiseRecord }
  | {
      no: number;
      kind: 'text';
      /** Trimmed text with inline noise removed. */
      text: string;
      /** 1-based column of `text`'s first character in the source line. */
      column: number;
      /** True when the raw line starts with exactly one space: the PDF extractor's page-start mark. */
      pageStart: boolean;
      /** True when the raw line starts with a tab: a cell of a flattened table. */
      cell: boolean;
      inline: NoiseRecord[];
    };

const URL_LINE = /^(?:https?:\/\/|www\.)[\x21-\x7e]+$/i;
const IMAGE_LINE = /^\[image:[^\]\n]{0,500}\]$/;
const IMAGE_INLINE = /\[image:[^\]\n]{0,500}\]/g;
const PAGE_NUMBER = /^[-—－–]?\s{0,3}\d{1,3}\s{0,3}[-—－–]?$/;
const SERIAL_NUMBER = /^\d{5,8}$/;
const RECEIPT_TITLE = /收文办理单|^[(（]办理件[)）]$/;
const RECEIPT_FIELD = /^[^\s:：]{1,3}(?:\s[^\s:：]{1,3})?[^:：]{0,10}[:：]/;
/** A receipt-form field whose value stands on the next line. */
const RECEIPT_VALUE_NEXT = /来文单位及标题[:：]$/;

/**
 * Classify every line of a source.
 *
 * @example
 *   classifyLines(splitLines('第一条\n32\n第二条')) // the '32' between prose lines is a page number
 */
export function classifyLines(
  lines: readonly SourceLine[],
  corrections: ReadonlyMap<number, { kind: NoiseKind; reason: string }> = new Map(),
): ClassifiedLine[] {
  const out: ClassifiedLine[] = lines.map((line) => classifyOne(line));
  markPageNumbers(lines, out);
  markReceiptForm(lines, out);
  markImprint(out);
  for (const [no, c] of corrections) {
    const cur = out[no - 1];
    if (cur?.kind === 'text') out[no - 1] = noiseAt(no, cur.column, cur.text, c.kind, c.reason);
  }
  return out;
}

const IMPRINT_DATE = /^(?:.{0,30}?)(?:19|20)\d{2}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日\s{0,2}(?:印发|翻印)$/;
const IMPRINT_OFFICE = /(?:秘书局|秘书处|办公室|办公厅|文印室)$/;

/**
 * 版记 (imprint): "中共中央办公厅秘书局 / 2022年10月1日印发", "…办公室2023年8月2日印发",
 * "中共山东省委办公厅 / 2022年10月9日翻印". It records who printed the copy and when, not the
 * document's text; the 印发 date is not the date the document was signed.
 */
function markImprint(out: ClassifiedLine[]): void {
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c.kind !== 'text' || !IMPRINT_DATE.test(c.text)) continue;
    out[i] = noiseAt(c.no, c.column, c.text, 'imprint', '版记 (printing office and date of this copy), not the document text');
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const d = out[j]!;
      if (d.kind === 'blank') continue;
      if (d.kind === 'text' && IMPRINT_OFFICE.test(d.text) && [...d.text].length <= 30) {
        out[j] = noiseAt(d.no, d.column, d.text, 'imprint', '版记 (printing office of this copy), not the document text');
      }
      break;
    }
  }
}

function classifyOne(line: SourceLine): ClassifiedLine {
  const raw = line.text;
  // A lone tab is an empty cell of a flattened table (a merged cell), not a blank line.
  if (/^\t[ \t\u00a0\u3000]*$/.test(raw)) return { no: line.no, kind: 'text', text: '', column: 2, pageStart: false, cell: true, inline: [] };
  if (isBlank(raw)) return { no: line.no, kind: 'blank' };
  const { text, column } = trimLine(raw);
  const noise = (kind: NoiseKind, reason: string): ClassifiedLine => ({
    no: line.no,
    kind: 'noise',
    record: { line: line.no, column, text, kind, reason },
  });
  if (URL_LINE.test(text)) return noise('url', 'stray URL line (download link or page footer of the web copy)');
  if (IMAGE_LINE.test(text)) return noise('image', 'image placeholder left by the extractor');
  const inline: NoiseRecord[] = [];
  let kept = text;
  if (text.includes('[image:')) {
    kept = text.replace(IMAGE_INLINE, (m, at: number) => {
      inline.push({ line: line.no, column: column + at, text: m, kind: 'image', reason: 'inline image placeholder left by the extractor' });
      return '';
    });
  }
  return {
    no: line.no,
    kind: 'text',
    text: kept,
    column,
    pageStart: raw.startsWith(' ') && !raw.startsWith('  ') && raw.length > 1,
    // A tab after the page-start mark (` \t十八、…`) is a cell too, on a new page.
    cell: /^ ?\t/.test(raw),
    inline,
  };
}

/**
 * A lone 1–3 digit number is a page number when it interrupts prose: its nearest text
 * neighbours on both sides are ordinary lines, not table cells or other short fragments.
 */
function markPageNumbers(lines: readonly SourceLine[], out: ClassifiedLine[]): void {
  const isText = (i: number) => out[i]?.kind === 'text';
  const neighbour = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < out.length; j += step) if (out[j]!.kind === 'text') return j;
    return -1;
  };
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c.kind !== 'text' || c.cell) continue;
    if (SERIAL_NUMBER.test(c.text) && neighbour(i, -1) === -1) {
      out[i] = noiseAt(c.no, c.column, c.text, 'serial-number', '份号 (printed copy serial number) above the document header');
      continue;
    }
    if (!PAGE_NUMBER.test(c.text)) continue;
    const p = neighbour(i, -1);
    const n = neighbour(i, 1);
    const prose = (j: number) => j >= 0 && isText(j) && !(out[j] as { cell: boolean }).cell && [...(out[j] as { text: string }).text].length >= 10;
    if ((p === -1 || prose(p)) && (n === -1 || prose(n)) && !(p === -1 && n === -1)) {
      out[i] = noiseAt(c.no, c.column, c.text, 'page-number', 'page number of the printed original');
    }
  }
  void lines;
}

/**
 * A provincial 收文办理单 (receipt form) wraps a received notice: its header and every
 * `字段: 值` line up to the first line that is not a field belong to the form, not the notice.
 */
function markReceiptForm(lines: readonly SourceLine[], out: ClassifiedLine[]): void {
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c.kind !== 'text' || !RECEIPT_TITLE.test(c.text)) continue;
    let valueNext = false;
    for (let j = i; j < out.length; j++) {
      const d = out[j]!;
      if (d.kind === 'blank') continue;
      if (d.kind !== 'text') continue;
      const isField = RECEIPT_TITLE.test(d.text) || RECEIPT_FIELD.test(d.text) || valueNext || /^\S{1,12}\(\S{1,4}\)\d{6,}号/.test(d.text);
      if (!isField) break;
      valueNext = RECEIPT_VALUE_NEXT.test(d.text);
      out[j] = noiseAt(d.no, d.column, d.text, 'receipt-form', "收文办理单 (the receiving office's form), not part of the notice");
    }
  }
  void lines;
}

function noiseAt(no: number, column: number, text: string, kind: NoiseKind, reason: string): ClassifiedLine {
  return { no, kind: 'noise', record: { line: no, column, text, kind, reason } };
}
