/**
 * Rejoining hard-wrapped lines into paragraphs, and flattened tables into rows.
 *
 * PDF extractions wrap every line at the page width and put a blank line after each, so blank
 * lines say nothing. A line continues into the next when it does not end a sentence and is
 * either as wide as its neighbours (a full line) or long enough that it cannot be a heading or
 * title, or ends in punctuation that always continues (，、《 …). Web copies hold one paragraph per
 * line and pass through unchanged. Tab-prefixed lines are cells of a flattened table.
 */
import { displayWidth } from './lines.ts';
import type { ClassifiedLine, NoiseRecord } from './noise.ts';
import {
  ARTICLE_START,
  CHAPTER_START,
  CONTINUES,
  DATE_LINE,
  DOC_NUMBER_LINE,
  PUBLISHED_LINE,
  endsSentence,
  titleGenre,
} from './patterns.ts';
import { NEWS_HEADLINE, ATTACHMENT_LABEL } from './segment.ts';

/** A paragraph rebuilt from one or more source lines. */
export interface Paragraph {
  type: 'para';
  text: string;
  /** Source line numbers, in order. */
  lines: number[];
  /** Position of the first character in the source. */
  line: number;
  column: number;
  /** The first line carried the PDF page-start mark. */
  pageStart: boolean;
  /** Inline noise removed from the lines. */
  inline: NoiseRecord[];
  /** Where each source line's text starts in `text`: offset → source line and column. */
  spans: Array<{ at: number; line: number; column: number }>;
}

/** Source line and column of an offset in a paragraph's text. */
export function sourcePosition(p: Paragraph, offset: number): { line: number; column: number } {
  let span = p.spans[0]!;
  for (const s of p.spans) if (s.at <= offset) span = s;
  return { line: span.line, column: span.column + (offset - span.at) };
}

/** A flattened table rebuilt from tab-prefixed cell lines, one row per blank-separated group. */
export interface TableBlock {
  type: 'table';
  rows: string[][];
  lines: number[];
  line: number;
  column: number;
  pageStart: boolean;
  inline: NoiseRecord[];
}

/** A block of document text. */
export type Block = Paragraph | TableBlock;

/** Options for {@link buildBlocks}. */
export interface BlockOptions {
  /** Line numbers after which a paragraph must break (corrections). */
  breakAfter?: ReadonlySet<number>;
  /** Line numbers after which the next line must be joined (corrections). */
  joinAfter?: ReadonlySet<number>;
}

type TextLine = Extract<ClassifiedLine, { kind: 'text' }>;

/** Build paragraphs and tables from classified lines (noise and blank lines are skipped). */
export function buildBlocks(classified: readonly ClassifiedLine[], options: BlockOptions = {}): Block[] {
  const text = classified.filter((c): c is TextLine => c.kind === 'text');
  // (Cells of one-column "tables" are turned back into ordinary lines below.)
  const widths = text.map((t) => displayWidth(t.text));
  const reference = localReferenceWidths(widths);
  const blocks: Block[] = [];
  let i = 0;
  while (i < text.length) {
    const first = text[i]!;
    if (first.cell) {
      const end = tableEnd(classified, text, i);
      const table = buildTable(classified, text.slice(i, end));
      // One cell per row is a box (专栏) or a list, not a table: keep its lines as paragraphs.
      if (table.rows.some((r) => r.length > 1)) {
        blocks.push(table);
        i = end;
        continue;
      }
      for (let k = i; k < end; k++) text[k] = { ...text[k]!, cell: false };
    }
    const para: Paragraph = {
      type: 'para',
      text: first.text,
      lines: [first.no],
      line: first.no,
      column: first.column,
      pageStart: first.pageStart,
      inline: [...first.inline],
      spans: [{ at: 0, line: first.no, column: first.column }],
    };
    let j = i;
    while (j + 1 < text.length && !text[j + 1]!.cell && shouldJoin(text[j]!, text[j + 1]!, text[j - 1], widths[j]!, reference[j]!, options)) {
      j++;
      const next = text[j]!;
      para.spans.push({ at: para.text.length, line: next.no, column: next.column });
      para.text += next.text;
      para.lines.push(next.no);
      para.inline.push(...next.inline);
    }
    blocks.push(para);
    i = j + 1;
  }
  return blocks;
}

/** Should line `a` continue into line `b`? `prev` is the line before `a`, if any. */
function shouldJoin(a: TextLine, b: TextLine, prev: TextLine | undefined, width: number, reference: Reference, options: BlockOptions): boolean {
  if (options.breakAfter?.has(a.no)) return false;
  if (options.joinAfter?.has(a.no)) return true;
  if (a.text === '' || b.text === '') return false;
  if (endsSentence(a.text)) return false;
  if (isMetaLine(a.text) || isMetaLine(b.text)) return false;
  // The title under an attachment label (附件2) stands alone.
  if (prev && ATTACHMENT_LABEL.test(prev.text)) return false;
  if (ATTACHMENT_LABEL.test(a.text)) return false;
  // 版记: "…办公室2023年8月2日印发" closes a document.
  if (/\d{1,2}\s*日\s*(?:印发|发布)$/.test(a.text)) return false;
  if (CHAPTER_START.test(b.text) && !CONTINUES.test(a.text)) return false;
  // 第七条 opens a new article unless the line before leads into a citation (依照本法 / 第二十条).
  if (ARTICLE_START.test(b.text) && !/(?:本法|本规定|本办法|本条例|本细则|依照|根据|按照|违反|适用|和|及|或|、|，|（)$/.test(a.text)) return false;
  // A new page that opens with a title (…关于…) after a truncated document.
  if (b.pageStart && startsTitle(b.text)) return false;
  if (CONTINUES.test(a.text)) return true;
  const full = reference.uniform && reference.width >= 40 && width >= reference.width - 12;
  if (full) return true;
  const chars = [...a.text].length;
  // A short line ending in a 文种 word or headline is a title (or its last line).
  if ((titleGenre(a.text) || NEWS_HEADLINE.test(a.text)) && chars <= 60) return false;
  // A long unwrapped line that ends with a closing bracket ends its paragraph: （牵头单位：…）
  if (/[）)》”』]$/.test(a.text)) return false;
  return chars >= 24;
}

/** The start of a wrapped title: an issuing body, then 关于. */
function startsTitle(text: string): boolean {
  return [...text].length <= 34 && /^[\u4e00-\u9fa5\s\u3000、]{2,30}关于/.test(text) && !/[，。；：]/.test(text);
}

/** 文号, date and 发布时间 lines stand alone. */
function isMetaLine(text: string): boolean {
  return DOC_NUMBER_LINE.test(text) && [...text].length <= 30 || DATE_LINE.test(text) || PUBLISHED_LINE.test(text);
}

/**
 * For each line, the width of a full line around it: the 80th percentile of the widths of the
 * 31 text lines centred on it. In wrapped text most lines are full, so this is the wrap width.
 */
interface Reference {
  /** The width of a full line here. */
  width: number;
  /** Whether the lines here are hard-wrapped: most of them are about that wide. */
  uniform: boolean;
}

function localReferenceWidths(widths: readonly number[]): Reference[] {
  const out: Reference[] = new Array(widths.length);
  const half = 15;
  for (let i = 0; i < widths.length; i++) {
    const lo = Math.max(0, i - half);
    const hi = Math.min(widths.length, i + half + 1);
    const window = widths.slice(lo, hi).sort((x, y) => x - y);
    const width = window[Math.floor((window.length - 1) * 0.8)]!;
    const near = window.filter((w) => w >= width - 12 && w <= width + 6).length;
    out[i] = { width, uniform: near >= window.length * 0.45 };
  }
  return out;
}

/** A table runs over cell lines and the blank lines between them; a prose line ends it. */
function tableEnd(classified: readonly ClassifiedLine[], text: readonly TextLine[], start: number): number {
  let end = start;
  while (end < text.length && text[end]!.cell) end++;
  void classified;
  return end;
}

function buildTable(classified: readonly ClassifiedLine[], cells: readonly TextLine[]): TableBlock {
  // Rows are the groups of cell lines separated by at least one blank line.
  const byNo = new Map(classified.map((c) => [c.no, c] as const));
  const rows: string[][] = [];
  let row: string[] = [];
  let prev = -1;
  for (const c of cells) {
    if (prev !== -1) {
      let blank = false;
      for (let n = prev + 1; n < c.no; n++) if (byNo.get(n)?.kind === 'blank') blank = true;
      if (blank && row.length > 0) {
        rows.push(row);
        row = [];
      }
    }
    row.push(c.text);
    prev = c.no;
  }
  if (row.length > 0) rows.push(row);
  const first = cells[0]!;
  return {
    type: 'table',
    rows,
    lines: cells.map((c) => c.no),
    line: first.no,
    column: first.column,
    pageStart: first.pageStart,
    inline: cells.flatMap((c) => c.inline),
  };
}
