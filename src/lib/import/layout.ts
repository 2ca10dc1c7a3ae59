/**
 * Page-layout evidence for paragraph breaks in hard-wrapped (PDF) text.
 *
 * A PDF extraction wraps every line at the page width. A paragraph's first line is indented by
 * about two full-width characters, so it is narrower than a full line; its last line is usually
 * shorter still. The full width differs between documents (26, 28 or 30 characters: 52, 56 or 60
 * display columns), so it is learnt from each document's own lines: the most common width among
 * the long lines. A document whose lines are not mostly that wide is not wrapped (a web copy
 * with one paragraph per line) and has no layout evidence.
 */
import { displayWidth } from './lines.ts';
import { isHeadingText, matchMarker } from '../pst/patterns.ts';
import { CONTINUES, endsSentence } from './patterns.ts';

/** What a document's lines say about its page. */
export interface Layout {
  /** Display width of a full line (CJK = 2 columns). */
  full: number;
  /** Whether the text is hard-wrapped at that width. */
  wrapped: boolean;
  /** Whether a paragraph's first line is indented (narrower than a full line by about 2 characters). */
  indented: boolean;
}

/** A line's shape against its document's layout. */
export type LineShape = 'full' | 'indented' | 'short';

/** No layout evidence: every line is taken as it comes. */
export const UNWRAPPED: Layout = { full: 0, wrapped: false, indented: false };

/** Three CJK characters each separated by one space: a justified, letter-spaced line. */
const LETTER_SPACED = /[\u4e00-\u9fa5] [\u4e00-\u9fa5] [\u4e00-\u9fa5] [\u4e00-\u9fa5]/;

/** Punctuation that may hang beyond the margin at the end of a line. */
const HANGING = /[，。、；：？！”’）》]$/;

/** Columns a full line may fall short of the margin (a half-width digit or a space). */
const SLACK = 1;
/** The first-line indent: two full-width characters. */
const INDENT = 4;

/**
 * Learn a document's layout from its text lines (trimmed, in order). The lines that follow a
 * line ending a sentence short of the margin open paragraphs: where most of those are an indent
 * narrower than a full line, the document indents its paragraphs.
 */
export function learnLayout(lines: readonly string[]): Layout {
  const widths = lines.map(displayWidth);
  const long = widths.filter((w) => w >= 40);
  if (long.length < 3) return UNWRAPPED;
  const counts = new Map<number, number>();
  for (const w of long) counts.set(w, (counts.get(w) ?? 0) + 1);
  // The mode; ties go to the wider width (a full line is the widest common one).
  let full = 0;
  let best = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > full)) [full, best] = [w, n];
  const near = long.filter((w) => w >= full - INDENT - 1 && w <= full + SLACK + 2).length;
  const wrapped = best >= 3 && near >= long.length * 0.6 && near >= widths.length * 0.4;
  if (!wrapped) return UNWRAPPED;
  const firstLines: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (widths[i - 1]! < full - INDENT - 1 && endsSentence(lines[i - 1]!) && i + 1 < lines.length && widths[i + 1]! >= full - SLACK)
      firstLines.push(widths[i]!);
  }
  const indentedFirst = firstLines.filter((w) => w >= full - INDENT - 2 && w <= full - 2).length;
  const fullFirst = firstLines.filter((w) => w >= full - SLACK).length;
  return { full, wrapped, indented: indentedFirst > fullFirst && indentedFirst >= 2 };
}

/**
 * The shape of a line of `text` in a document with `layout`. A paragraph's first line starts two
 * characters in, so it reaches the margin at the indented width (`firstLine`); a first line whose
 * last character is punctuation may hang it one character beyond, so up to two columns short of
 * a full line is still an indented line.
 */
export function lineShape(text: string, layout: Layout, firstLine = false): LineShape {
  const w = displayWidth(text);
  if (!layout.wrapped) return 'short';
  // A letter-spaced line (社 会 保 障 部 …) was spread to the margin by justification.
  if (LETTER_SPACED.test(text)) return 'full';
  // Two columns short is a full line unless it ends in punctuation that may hang off an
  // indented first line.
  if (w >= layout.full - SLACK || (w >= layout.full - SLACK - 1 && !HANGING.test(text))) return 'full';
  if (firstLine && w >= layout.full - INDENT - SLACK) return 'full';
  if (w >= layout.full - INDENT - 2) return 'indented';
  return 'short';
}

/**
 * A heading line: it opens with a structure marker (the parser's: 一、 （一） 1. 第X章 专栏N), has no
 * sentence punctuation, and stops short of the margin. An indented line (as wide as a paragraph's
 * first line) is a heading only when the next line opens another item, since the first line of
 * a wrapped outline paragraph has that width too.
 */
export function isHeadingLine(text: string, layout: Layout, next: string | undefined): boolean {
  const shape = lineShape(text, layout);
  const width = displayWidth(text);
  if (shape === 'full') return false;
  const m = matchMarker(text);
  if (!m || m.kind === 'article' || m.kind === 'attachment') return false;
  if (CONTINUES.test(text) || /[。；;！？!?：:]$/.test(text)) return false;
  if (!isHeadingText(m.rest) || m.rest.trim() === '') return false;
  if (shape === 'indented') return next !== undefined && matchMarker(next) !== null;
  // Within four characters of the margin, a line without end punctuation is more likely cut
  // mid-phrase than a heading, unless another item follows.
  if (width !== undefined && layout !== undefined && layout.wrapped && width > layout.full - 8) return next !== undefined && matchMarker(next) !== null;
  return true;
}

/** A numbered item at the start of a line: 一、 （一） 1. （1） followed by words. */
export function startsItem(text: string): boolean {
  const m = matchMarker(text);
  return m !== null && m.kind === 'outline' && /^[\u4e00-\u9fa5“《]/.test(m.rest);
}

/**
 * Each document's own layout: `ranges` are the documents' first source lines in order (from a
 * first segmentation), `lines` the text lines of the source. Returns the layout of a line.
 */
export function documentLayouts(lines: ReadonlyArray<{ no: number; text: string; cell: boolean }>, starts: readonly number[]): (line: number) => Layout {
  const bounds = [...new Set(starts)].sort((a, b) => a - b);
  const layouts: Layout[] = [];
  for (let k = 0; k < bounds.length || k === 0; k++) {
    const from = k === 0 ? -Infinity : bounds[k]!;
    const to = k + 1 < bounds.length ? bounds[k + 1]! : Infinity;
    layouts.push(learnLayout(lines.filter((l) => !l.cell && l.no >= from && l.no < to && l.text !== '').map((l) => l.text)));
  }
  return (line) => {
    let k = 0;
    while (k + 1 < bounds.length && bounds[k + 1]! <= line) k++;
    return layouts[k] ?? UNWRAPPED;
  };
}
