/**
 * The paragraphs pass: rejoining hard-wrapped lines into paragraphs; table cells go to tables.ts
 * and spaced-table.ts.
 *
 * PDF extractions wrap every line at the page width and put a blank line after each, so blank
 * lines say nothing; the page layout does (layout.ts). A line continues into the next when it
 * does not end a sentence and reaches the margin, or ends in punctuation that always continues
 * (，、《 …). A line that ends a sentence at the margin continues into a full, unindented line and
 * breaks before an indented one; a short line after it is taken as the paragraph's last line
 * (recorded as undecided). Headings and numbered items that open a line stand alone; 文号, date
 * and 发布时间 lines, chapters and articles always start afresh. Web copies hold one paragraph per
 * line and pass through. Every decision that is not obvious is recorded with its evidence.
 */
import { displayWidth } from './lines.ts';
import { readSpacedTable } from './spaced-table.ts';
import { buildTable, tableEnd, type TableBlock } from './tables.ts';
import { matchMarker } from '../pst/patterns.ts';
import { isHeadingLine, learnLayout, lineShape, startsItem, UNWRAPPED, type Layout, type LineShape } from './layout.ts';
import type { ClassifiedLine, NoiseRecord } from './noise.ts';
import {
  ATTACHMENT_LIST,
  CONTACT_END,
  CONTINUES,
  DATE_LINE,
  LABEL_LINE,
  DOC_NUMBER_LINE,
  PUBLISHED_LINE,
  endsSentence,
  opensArticle,
  opensChapter,
  opensHeading,
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

/** The source lines of a paragraph in order, each with the text it contributes. */
export function paragraphLines(p: Paragraph): Array<{ line: number; column: number; text: string }> {
  return p.spans.map((s, k) => ({ line: s.line, column: s.column, text: p.text.slice(s.at, p.spans[k + 1]?.at ?? p.text.length) }));
}

/** The text of a block without white space (a table's cells in reading order). */
export function squashedText(b: Block): string {
  return (b.type === 'para' ? b.text : b.rows.flat().join('')).replace(/[\s\u3000]+/g, '');
}

/** Source line and column of an offset in a paragraph's text. */
export function sourcePosition(p: Paragraph, offset: number): { line: number; column: number } {
  let span = p.spans[0]!;
  for (const s of p.spans) if (s.at <= offset) span = s;
  return { line: span.line, column: span.column + (offset - span.at) };
}

export type { TableBlock } from './tables.ts';

/** A block of document text. */
export type Block = Paragraph | TableBlock;

/** Options for {@link buildBlocks}. */
export interface BlockOptions {
  /** Line numbers after which a paragraph must break (corrections). */
  breakAfter?: ReadonlySet<number>;
  /** Line numbers after which the next line must be joined (corrections). */
  joinAfter?: ReadonlySet<number>;
  /** The page layout of the document a line belongs to; learnt from nearby lines when absent. */
  layoutOf?: (line: number) => Layout;
  /** Where to record the join and break decisions that are not obvious. */
  decisions?: Decision[];
}

/** Kinds of paragraph decisions worth recording, with the evidence that made them. */
export type DecisionKind =
  /** A line ending a sentence at the margin, followed by a full (unindented) line: one paragraph. */
  | 'join-full-line'
  /** A line ending a sentence at the margin, followed by an indented line: a new paragraph. */
  | 'break-indent'
  /** A line ending a sentence at the margin, followed by a short line: no layout evidence either way; joined. */
  | 'join-undecided'
  /** A line ending a sentence at the margin in a document that does not indent: no layout evidence; kept as a break. */
  | 'break-undecided'
  /** A heading line (一、… （一）… 第X章, 专栏N, a numbered title) stands alone. */
  | 'break-heading'
  /** A numbered item (1. （1） 一、 （一）) that starts a source line starts a paragraph. */
  | 'break-item'
  /** The other copy of the document joins here (it holds one paragraph per line). */
  | 'join-copy'
  /** The other copy of the document breaks here. */
  | 'break-copy'
  /** An outline item or a heading run together with other text inside one source line is split off (inline.ts). */
  | 'break-run-in'
  /** Numbered items run in inside one line with no evidence that the document sets them apart: kept in the paragraph. */
  | 'run-in-undecided';

/** One recorded decision between source line `line` and the next text line `next`. */
export interface Decision {
  line: number;
  next: number;
  kind: DecisionKind;
  evidence: string;
}

type TextLine = Extract<ClassifiedLine, { kind: 'text' }>;

/** Build paragraphs and tables from classified lines (noise and blank lines are skipped). */
export function buildBlocks(classified: readonly ClassifiedLine[], options: BlockOptions = {}): Block[] {
  const text = classified.filter((c): c is TextLine => c.kind === 'text');
  const layoutOf = options.layoutOf ?? localLayouts(text);
  const blocks: Block[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i]!.cell && isCaptionCell(text, i)) {
      // The box or table title in a cell of its own above the table: a paragraph.
      blocks.push(paragraphOf(text[i]!));
      i++;
      continue;
    }
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
    const spaced = readSpacedTable(text, i);
    if (spaced) {
      const own = text.slice(i, spaced.end);
      blocks.push({
        type: 'table',
        rows: spaced.rows,
        recovered: true,
        lines: own.map((t) => t.no),
        line: own[0]!.no,
        column: own[0]!.column,
        pageStart: own[0]!.pageStart,
        inline: own.flatMap((t) => t.inline),
      });
      i = spaced.end;
      continue;
    }
    if (text[i]!.text === '') {
      // An empty cell outside a table is white space.
      i++;
      continue;
    }
    const para = paragraphOf(text[i]!);
    let j = i;
    while (j + 1 < text.length && !text[j + 1]!.cell) {
      const decision = joinDecision(text[j]!, text[j + 1]!, text[j - 1], layoutOf(text[j]!.no), options, j === i);
      if (typeof decision !== 'boolean') options.decisions?.push(decision);
      if (!(decision === true || (typeof decision !== 'boolean' && decision.kind.startsWith('join')))) break;
      j++;
      appendLine(para, text[j]!);
    }
    blocks.push(para);
    i = j + 1;
  }
  return blocks;
}

/**
 * A cell that is a table's caption (专栏1：“十四五”时期主要指标): alone in its row — a blank line
 * after it — above a row of at least two cells with no blank line between them (the header).
 */
function isCaptionCell(text: readonly TextLine[], i: number): boolean {
  const [a, b, c] = [text[i]!, text[i + 1], text[i + 2]];
  return b !== undefined && c !== undefined && b.cell && c.cell && b.no > a.no + 1 && c.no === b.no + 1 && a.text !== '' && b.text !== '' && c.text !== '';
}

/** A paragraph of one source line. */
export function paragraphOf(first: { no: number; text: string; column: number; pageStart: boolean; inline: readonly NoiseRecord[] }): Paragraph {
  return {
    type: 'para',
    text: first.text,
    lines: [first.no],
    line: first.no,
    column: first.column,
    pageStart: first.pageStart,
    inline: [...first.inline],
    spans: [{ at: 0, line: first.no, column: first.column }],
  };
}

/**
 * Split a paragraph at an offset of its text (inside a source line, too): the second paragraph
 * starts at the source line and column of that offset.
 */
export function splitParagraphAt(p: Paragraph, offset: number): [Paragraph, Paragraph] {
  const pos = sourcePosition(p, offset);
  const headSpans = p.spans.filter((s) => s.at < offset);
  const tailSpans = [{ at: 0, line: pos.line, column: pos.column }, ...p.spans.filter((s) => s.at > offset).map((s) => ({ ...s, at: s.at - offset }))];
  const head: Paragraph = {
    ...p,
    text: p.text.slice(0, offset),
    spans: headSpans,
    lines: [...new Set(headSpans.map((s) => s.line))],
    inline: p.inline.filter((r) => r.line < pos.line || (r.line === pos.line && r.column < pos.column)),
  };
  const tail: Paragraph = {
    type: 'para',
    text: p.text.slice(offset),
    lines: [...new Set(tailSpans.map((s) => s.line))],
    line: pos.line,
    column: pos.column,
    pageStart: false,
    inline: p.inline.filter((r) => !head.inline.includes(r)),
    spans: tailSpans,
  };
  return [head, tail];
}

/** Continue a paragraph with the next source line. */
export function appendLine(para: Paragraph, next: { no: number; text: string; column: number; inline: readonly NoiseRecord[] }): void {
  para.spans.push({ at: para.text.length, line: next.no, column: next.column });
  para.text += next.text;
  para.lines.push(next.no);
  for (const r of next.inline) para.inline.push(r);
}

/**
 * Should line `a` continue into line `b`? `prev` is the line before `a`, if any. A plain boolean
 * is an obvious decision; a {@link Decision} records the evidence for one that is not.
 */
function joinDecision(a: TextLine, b: TextLine, prev: TextLine | undefined, layout: Layout, options: BlockOptions, aOpens: boolean): boolean | Decision {
  if (options.breakAfter?.has(a.no)) return false;
  if (options.joinAfter?.has(a.no)) return true;
  if (a.text === '' || b.text === '') return false;
  if (isMetaLine(a.text) || isMetaLine(b.text)) return false;
  // The title under an attachment label (附件2) stands alone.
  if (prev && ATTACHMENT_LABEL.test(prev.text)) return false;
  if (ATTACHMENT_LABEL.test(a.text)) return false;
  if (ATTACHMENT_LIST.test(b.text) && !CONTINUES.test(a.text)) return false;
  // 版记: "…办公室2023年8月2日印发" closes a document.
  if (/\d{1,2}\s*日\s*(?:印发|发布)$/.test(a.text)) return false;
  if (opensChapter(b.text) && !CONTINUES.test(a.text)) return false;
  // 第七条 opens a new article unless the line before leads into a citation (依照本法 / 第二十条).
  if (opensArticle(b.text) && !LEADS_INTO_CITATION.test(a.text)) return false;
  // A new page that opens with a title (…关于…) after a truncated document.
  if (b.pageStart && startsTitle(b.text)) return false;
  // Labelled lines (联系人：… / 联系电话：…) stand alone.
  if (LABEL_LINE.test(a.text) && LABEL_LINE.test(b.text)) return false;
  // A contact line ends at its telephone number or e-mail address (…：方玉昕0871-67195734).
  if (CONTACT_END.test(a.text)) return false;
  const shapeA = lineShape(a.text, layout, aOpens);
  const rest = joinByLayout(a, b, layout, shapeA);
  const joins = rest === true || (typeof rest !== 'boolean' && rest.kind.startsWith('join'));
  // Headings and numbered items are recorded only where they overrule a join.
  if (joins && isHeadingLine(a.text, layout, b.text)) return decision(a, b, 'break-heading', `「${clip(a.text)}」 is a heading`);
  if (joins && startsItem(b.text) && !CONTINUES.test(a.text) && !LEADS_INTO_CITATION.test(a.text)) {
    return decision(a, b, 'break-item', `「${clip(b.text)}」 opens a numbered item`);
  }
  return rest;
}

/** The join decision by sentence ends and line widths. */
function joinByLayout(a: TextLine, b: TextLine, layout: Layout, shapeA: LineShape): boolean | Decision {
  if (endsSentence(a.text)) {
    if (!layout.wrapped || shapeA !== 'full') return false;
    const shapeB = lineShape(b.text, layout);
    const where = `full width ${layout.full}`;
    if (!layout.indented)
      return decision(
        a,
        b,
        'break-undecided',
        `line ${a.no} ends a sentence at the margin and the document does not indent its paragraphs (${where}): kept as a break`,
      );
    if (shapeB === 'full')
      return decision(
        a,
        b,
        'join-full-line',
        `line ${a.no} ends a sentence at the margin and line ${b.no} runs the full width (${where}): not a new indented paragraph`,
      );
    if (matchMarker(b.text) || LABEL_LINE.test(b.text)) return false;
    // Half-width digits and the spaces around them make a width inexact by a column or two.
    // After a semicolon at the margin the sentence goes on, unless the width says otherwise.
    const inexact = /[0-9 ]/.test(b.text) && /；$/.test(a.text);
    if (shapeB === 'indented' && !inexact) return decision(a, b, 'break-indent', `line ${b.no} is indented (${where})`);
    if (shapeB === 'indented')
      return decision(
        a,
        b,
        'join-undecided',
        `line ${a.no} ends a sentence at the margin and line ${b.no} looks indented, but its half-width digits make its width inexact and line ${a.no} ends in ； (${where}): taken as running on`,
      );
    // A short last line: the width cannot tell a one-line paragraph from a paragraph's last line.
    // Where a second copy exists it says "last line" in every case, so that is the default.
    return decision(
      a,
      b,
      'join-undecided',
      `line ${a.no} ends a sentence at the margin and line ${b.no} is ${shapeB} (${where}): taken as the paragraph's last line`,
    );
  }
  if (CONTINUES.test(a.text)) return true;
  // Mid-sentence, a line near the margin continues (half-width digits and spaces make widths
  // inexact by a few columns).
  if (layout.wrapped && displayWidth(a.text) >= layout.full - 12) return true;
  const chars = [...a.text].length;
  // A short line ending in a 文种 word or headline is a title (or its last line).
  if ((titleGenre(a.text) || NEWS_HEADLINE.test(a.text)) && chars <= 60) return false;
  // A long unwrapped line that ends with a closing bracket ends its paragraph: （牵头单位：…）
  if (/[）)》”』]$/.test(a.text)) return false;
  return chars >= 24;
}

function decision(a: TextLine, b: TextLine, kind: DecisionKind, evidence: string): Decision {
  return { line: a.no, next: b.no, kind, evidence };
}

function clip(s: string): string {
  const c = [...s];
  return c.length > 16 ? `${c.slice(0, 16).join('')}…` : s;
}

/** A line before 第X条 that leads into a citation of it (依照本法 / 第二十条). */
const LEADS_INTO_CITATION = /(?:本法|本规定|本办法|本条例|本细则|依照|根据|按照|违反|适用|和|及|或|、|，|（|第)$/;

/** The start of a wrapped title: an issuing body, then 关于. */
function startsTitle(text: string): boolean {
  return [...text].length <= 34 && /^[\u4e00-\u9fa5\s\u3000、]{2,30}关于/.test(text) && !/[，。；：]/.test(text);
}

/** 文号, date and 发布时间 lines stand alone (a 文号 that opens a sentence does not). */
function isMetaLine(text: string): boolean {
  return (DOC_NUMBER_LINE.test(text) && [...text].length <= 30 && !/[。；，]$/.test(text)) || DATE_LINE.test(text) || PUBLISHED_LINE.test(text);
}

/** For each text line, the layout learnt from the 61 text lines centred on it. */
function localLayouts(text: readonly TextLine[]): (line: number) => Layout {
  const byNo = new Map<number, Layout>();
  const half = 30;
  for (let i = 0; i < text.length; i++) {
    const lo = Math.max(0, i - half);
    const hi = Math.min(text.length, i + half + 1);
    byNo.set(text[i]!.no, learnLayout(text.slice(lo, hi).map((t) => t.text)));
  }
  return (line) => byNo.get(line) ?? UNWRAPPED;
}
