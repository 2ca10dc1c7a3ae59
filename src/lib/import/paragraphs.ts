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
    if (text[i]!.cell) {
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
    if (text[i]!.text === '') {
      // An empty cell outside a table is white space.
      i++;
      continue;
    }
    const first = text[i]!;
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
      for (const r of next.inline) para.inline.push(r);
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

/**
 * A table runs from a cell line to the last cell line that follows within a few lines: untabbed
 * lines between cells continue the cell above them (cells that wrap over several lines).
 */
function tableEnd(classified: readonly ClassifiedLine[], text: readonly TextLine[], start: number): number {
  let end = start + 1;
  let k = start + 1;
  while (k < text.length) {
    if (text[k]!.cell) {
      end = k + 1;
      k++;
      continue;
    }
    // Look ahead: another cell within 15 lines keeps the table going.
    let next = -1;
    for (let j = k; j < text.length && j < k + 15; j++) if (text[j]!.cell) { next = j; break; }
    if (next === -1) break;
    if (text.slice(k, next).some((t) => STRUCTURE_HEADING.test(t.text))) break;
    k = next;
  }
  void classified;
  return end;
}

/** Headings that never continue a table cell. */
const STRUCTURE_HEADING = /^(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百]+[章节条]|附件)/;

/**
 * Rows of a flattened table. The first blank-separated group of cells is the header and gives
 * the number of columns k. If the later groups are rows (k cells, or one cell for a category
 * row), each group is a row; otherwise blank lines fall inside cells too, and the cells are
 * taken k at a time.
 */
function buildTable(classified: readonly ClassifiedLine[], lines: readonly TextLine[]): TableBlock {
  const byNo = new Map(classified.map((c) => [c.no, c] as const));
  // Cells: a tab line and the untabbed lines after it.
  const cells: Array<{ text: string; group: number }> = [];
  let group = 0;
  let prev = -1;
  for (const l of lines) {
    if (prev !== -1) {
      for (let n = prev + 1; n < l.no; n++) if (byNo.get(n)?.kind === 'blank') { group++; break; }
    }
    if (l.cell || cells.length === 0) cells.push({ text: l.text, group });
    else cells[cells.length - 1]!.text += l.text;
    prev = l.no;
  }
  const groups: string[][] = [];
  for (const c of cells) (groups[c.group] ??= []).push(c.text);
  const dense = groups.filter((g) => g !== undefined);
  const k = dense[0]?.length ?? 1;
  const body = dense.slice(1);
  const rowLike = body.filter((g) => g.length === k || g.length === 1).length;
  let rows: string[][];
  if (k > 1 && body.length > 0 && rowLike >= body.length * 0.8) {
    rows = [dense[0]!, ...body];
  } else {
    const flat = cells.map((c) => c.text);
    rows = [];
    for (let i = 0; i < flat.length; i += k) rows.push(flat.slice(i, i + k));
  }
  const first = lines[0]!;
  return {
    type: 'table',
    rows,
    lines: lines.map((c) => c.no),
    line: first.no,
    column: first.column,
    pageStart: first.pageStart,
    inline: lines.flatMap((c) => c.inline),
  };
}
