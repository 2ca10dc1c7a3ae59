/**
 * Excerpts and highlights, cut from the original text (never from index tokens).
 *
 * Matching compares symbols (symbols.ts), so `技工教育十四五规划` marks `技工教育“十四五”规划`
 * and `2021` marks `２０２１`; the ranges point into the text as the reader sees it. The output
 * is plain data — text pieces and whether each is a match — for the page to turn into text
 * nodes and `<mark>` elements; no HTML is ever built from source text.
 */
import { symbols, type SearchSymbol } from './symbols.ts';

/** A range of the original text: `[start, end)` in UTF-16 offsets. */
export interface TextRange {
  start: number;
  end: number;
}

/** A piece of an excerpt: text, marked when it matches a query term. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
  /** Part of the phrase that answers the question (an amount, a date, a 不得 sentence). */
  answer?: boolean;
}

/**
 * Where the terms occur in a text: every occurrence of every term (a term is a list of folded
 * symbol values), merged where they overlap, in text order.
 *
 * @example
 *   findTerms('推进产教融合、校企合作', [['教', '融']]) // [{ start: 3, end: 5 }]
 */
export function findTerms(text: string, terms: ReadonlyArray<readonly string[]>): TextRange[] {
  const list = symbols(text);
  const ranges: TextRange[] = [];
  for (const term of terms) {
    if (term.length === 0) continue;
    for (let i = 0; i + term.length <= list.length; i++) {
      if (matchesAt(list, i, term)) ranges.push({ start: list[i]!.start, end: list[i + term.length - 1]!.end });
    }
  }
  return merge(ranges);
}

function matchesAt(list: readonly SearchSymbol[], at: number, term: readonly string[]): boolean {
  const run = list[at]!.run;
  for (let k = 0; k < term.length; k++) {
    const s = list[at + k]!;
    if (s.run !== run || s.value !== term[k]) return false;
  }
  return true;
}

function merge(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextRange[] = [];
  for (const r of ranges) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/**
 * A short excerpt of `text` around the densest cluster of matches, as pieces. Without matches,
 * the opening of the text. `…` marks text left out at either end. `answers` (ranges of `text`)
 * are marked as answering phrases, and the window is placed on the first answer that has a
 * match in its sentence, when there is one.
 *
 * @example
 *   excerpt('每年5月的第二周为职业教育活动周。', [['活', '动', '周']], 40)
 *   // [{ text: '每年5月的第二周为职业教育', mark: false }, { text: '活动周', mark: true }, { text: '。', mark: false }]
 */
export function excerpt(text: string, terms: ReadonlyArray<readonly string[]>, length = 96, answers: readonly TextRange[] = []): ExcerptPiece[] {
  // Line breaks fold to one space each way; answer offsets move with them.
  const map: number[] = [];
  let flat = '';
  for (let i = 0; i < text.length;) {
    const ws = /\s*\n\s*/y;
    ws.lastIndex = i;
    const m = ws.exec(text);
    if (m && m[0].length > 0) {
      for (let k = 0; k < m[0].length; k++) map.push(flat.length);
      flat += ' ';
      i += m[0].length;
    } else {
      map.push(flat.length);
      flat += text[i];
      i++;
    }
  }
  map.push(flat.length);
  const ranges = findTerms(flat, terms);
  const marked = merge(answers.map((a) => ({ start: map[a.start] ?? flat.length, end: map[a.end] ?? flat.length })));
  const anchor = marked.find((a) => ranges.some((r) => sameSentence(flat, a, r))) ?? null;
  const [from, to] = window(flat, anchor ? [anchor, ...ranges.filter((r) => sameSentence(flat, anchor, r))] : ranges, length);
  const pieces: ExcerptPiece[] = [];
  const push = (start: number, end: number) => {
    if (end <= start) return;
    const mark = ranges.some((r) => r.start <= start && end <= r.end);
    const answer = marked.some((a) => a.start <= start && end <= a.end);
    const last = pieces.at(-1);
    const piece = flat.slice(start, end);
    if (last && last.mark === mark && Boolean(last.answer) === answer && last.text !== '…') last.text += piece;
    else pieces.push(answer ? { text: piece, mark, answer } : { text: piece, mark });
  };
  if (from > 0) pieces.push({ text: '…', mark: false });
  // Cut at every boundary of a match or an answer inside the window.
  const cuts = new Set([from, to]);
  for (const r of [...ranges, ...marked]) for (const x of [r.start, r.end]) if (x > from && x < to) cuts.add(x);
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) push(points[i]!, points[i + 1]!);
  if (to < flat.length) pieces.push({ text: '…', mark: false });
  return pieces;
}

/** Whether two ranges lie in one sentence (no 。；！？ between them). */
function sameSentence(text: string, a: TextRange, b: TextRange): boolean {
  const from = Math.min(a.start, b.start);
  const to = Math.max(a.end, b.end);
  return !/[。；！？]/.test(text.slice(from, to).slice(0, -1));
}

/** The window of about `length` characters holding the most matched characters. */
function window(text: string, ranges: readonly TextRange[], length: number): [number, number] {
  if (text.length <= length) return [0, text.length];
  if (ranges.length === 0) return [0, length];
  let best = ranges[0]!;
  let bestCovered = -1;
  for (const r of ranges) {
    let covered = 0;
    for (const other of ranges) if (other.start >= r.start && other.end <= r.start + length) covered += other.end - other.start;
    if (covered > bestCovered) {
      best = r;
      bestCovered = covered;
    }
  }
  // Some context before the first match: a quarter of the window, back to a clause start if near.
  let from = Math.max(0, best.start - Math.floor(length / 4));
  const stop = text.slice(from, best.start).search(/[。；！？][^。；！？]*$/);
  if (stop !== -1) from += stop + 1;
  const to = Math.min(text.length, from + length);
  return [Math.max(0, Math.min(from, to - length)), to];
}
