/**
 * An automated read of the paragraph structure of every document against two kinds of
 * evidence, counted by defect class for `npm run corpus`:
 *
 * - **layout** (the canonical copy's own lines, where it is hard-wrapped): a break between a
 *   full line and a full, unindented line that opens no numbered item (a wrong split); a break
 *   at the margin in the middle of a sentence (a wrong split); a heading line, or a line before a
 *   numbered item, joined to the text after it (a glued heading);
 * - **copies** (another copy of the same document that holds one paragraph per line): a break
 *   the other copy does not have (a wrong split) or a break it has that the text lacks (a missing
 *   split), found by the 12 characters on either side;
 * - **text**: a numbered item glued after a word (…教师队伍8.加快…), figures fused together
 *   (046.569.7), cells scattered as runs of one-word paragraphs, table rows with the wrong number
 *   of columns.
 *
 * The check reads the result, not the importer's reasons, so a rule the importer gets wrong
 * shows here.
 */
import { matchMarker } from '../pst/patterns.ts';
import { isHeadingLine, learnLayout, lineShape, startsItem, type Layout } from './layout.ts';
import { canJoin } from './copies.ts';
import type { CanonicalDocument } from './merge.ts';
import { ATTACHMENT_LIST, CONTACT_END, LABEL_LINE, endsSentence } from './patterns.ts';
import { paragraphLines, sourcePosition, squashedText, type Block, type Paragraph } from './paragraphs.ts';

/** Defect classes of the check. */
export type DefectClass = 'wrong-split' | 'missing-split' | 'glued-heading' | 'unrebuilt-table' | 'spacing';

/** Every defect class, in the order `npm run corpus` reports them. */
export const DEFECT_CLASSES: readonly DefectClass[] = ['wrong-split', 'missing-split', 'glued-heading', 'unrebuilt-table', 'spacing'];

/** One defect, at a source line. */
export interface Defect {
  id: string;
  file: string;
  line: number;
  kind: DefectClass;
  evidence: 'layout' | 'copies' | 'text';
  detail: string;
}

/** Check every document's paragraphs. */
export function checkParagraphs(documents: readonly CanonicalDocument[]): Defect[] {
  const out: Defect[] = [];
  for (const d of documents) {
    const base = d.copies[0]!;
    const add = (line: number, kind: DefectClass, evidence: Defect['evidence'], detail: string) =>
      out.push({ id: d.id, file: base.file, line, kind, evidence, detail });
    layoutDefects(d.body, add);
    copyDefects(d, add);
    textDefects(d.body, add);
    outlineDefects(d.body, add);
    tableDefects(d.body, add);
    spacingDefects(d.body, add);
  }
  // One place, one defect: the layout and the text may both see it (several run-in items of
  // one line, seen by one kind of evidence, are several defects).
  const seen = new Map<string, Defect['evidence']>();
  return out
    .sort((a, b) => a.id.localeCompare(b.id) || a.line - b.line)
    .filter((d) => {
      const key = `${d.id}:${d.line}:${d.kind}`;
      const first = seen.get(key);
      if (first !== undefined && first !== d.evidence) return false;
      seen.set(key, d.evidence);
      return true;
    });
}

type Add = (line: number, kind: DefectClass, evidence: Defect['evidence'], detail: string) => void;

/** Source lines of a body in order, each with its paragraph index and text. */
function bodyLines(body: readonly Block[]): Array<{ no: number; para: number; text: string }> {
  const out: Array<{ no: number; para: number; text: string }> = [];
  body.forEach((b, i) => {
    if (b.type === 'para') for (const l of paragraphLines(b)) out.push({ no: l.line, para: i, text: l.text });
  });
  return out;
}

function layoutDefects(body: readonly Block[], add: Add): void {
  const lines = bodyLines(body);
  const layout: Layout = learnLayout(lines.map((l) => l.text));
  if (!layout.wrapped) return;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    const shapeA = lineShape(a.text, layout, lines[i - 1]?.para !== a.para);
    const marker = matchMarker(b.text);
    if (a.para !== b.para) {
      if (shapeA !== 'full' || b.para !== a.para + 1 || marker) continue;
      if (!endsSentence(a.text)) add(a.no, 'wrong-split', 'layout', `a sentence broken at the margin: 「${clip(a.text, -12)}」|「${clip(b.text, 12)}」`);
      else if (lineShape(b.text, layout) === 'full')
        add(b.no, 'wrong-split', 'layout', `a full, unindented line after a full line (width ${layout.full}) starts a paragraph: 「${clip(b.text, 12)}」`);
      continue;
    }
    if (CONTACT_END.test(a.text) || (LABEL_LINE.test(a.text) && LABEL_LINE.test(b.text))) {
      add(a.no, 'missing-split', 'layout', `contact or labelled lines run together: 「${clip(a.text, -12)}」|「${clip(b.text, 12)}」`);
    } else if (ATTACHMENT_LIST.test(b.text)) {
      add(b.no, 'glued-heading', 'layout', `the list of attachments 「${clip(b.text, 12)}」 joined to the paragraph before it`);
    } else if (isHeadingLine(a.text, layout, b.text)) {
      add(a.no, 'glued-heading', 'layout', `heading 「${clip(a.text, 20)}」 joined to 「${clip(b.text, 12)}」`);
    } else if (startsItem(b.text) && /[。；：:]$/.test(a.text)) {
      add(b.no, 'glued-heading', 'layout', `numbered item 「${clip(b.text, 12)}」 joined to the paragraph before it`);
    }
  }
}

/** Normalised text (no white space) of a body's paragraphs, with the offsets of its breaks. */
function flatten(body: readonly Block[]): { text: string; breaks: Set<number> } {
  let text = '';
  const breaks = new Set<number>();
  for (const b of body) {
    text += squashedText(b);
    breaks.add(text.length);
  }
  return { text, breaks };
}

const CONTEXT = 12;

function copyDefects(d: CanonicalDocument, add: Add): void {
  const base = d.copies[0]!;
  const web = d.copies.slice(1).find((c) => !learnLayout(bodyLines(c.body).map((l) => l.text)).wrapped && c.body.length > 3);
  if (!web || !learnLayout(bodyLines(base.body).map((l) => l.text)).wrapped) return;
  const mine = flatten(d.body);
  const theirs = flatten(web.body);
  // Offsets of the canonical text where a source line ends (the only places a break can be).
  const lineEnds: Array<{ at: number; line: number }> = [];
  let at = 0;
  for (const b of d.body) {
    if (b.type !== 'para') {
      at += squashedText(b).length;
      continue;
    }
    for (const l of paragraphLines(b)) {
      at += l.text.replace(/[\s\u3000]+/g, '').length;
      lineEnds.push({ at, line: l.line });
    }
  }
  for (const { at: o, line } of lineEnds) {
    if (o < CONTEXT || o + CONTEXT > mine.text.length) continue;
    const probe = mine.text.slice(o - CONTEXT, o + CONTEXT);
    const p = theirs.text.indexOf(probe);
    if (p === -1 || theirs.text.indexOf(probe, p + 1) !== -1) continue;
    const theyBreak = theirs.breaks.has(p + CONTEXT);
    const iBreak = mine.breaks.has(o);
    if (iBreak && !theyBreak && canJoinAt(d.body, o))
      add(
        line,
        'wrong-split',
        'copies',
        `${web.file}:${web.startLine} runs on at 「${clip(mine.text.slice(o - CONTEXT, o), -8)}|${clip(mine.text.slice(o, o + CONTEXT), 8)}」`,
      );
    else if (!iBreak && theyBreak)
      add(line, 'missing-split', 'copies', `${web.file}:${web.startLine} starts a paragraph at 「${clip(mine.text.slice(o, o + CONTEXT), 12)}」`);
  }
}

/** A numbered item glued after a word: …教师队伍8.加快… / …体系（二）完善… */
const GLUED_ITEM = /[\u4e00-\u9fa5](?<![第条款项和及或与至、])(?:\d{1,2}[.．](?=[\u4e00-\u9fa5])|[（(][一二三四五六七八九十]{1,3}[)）](?=[\u4e00-\u9fa5]))/;
/** A numbered row of space-separated cells: 1 天 津 全市 1. */
const TABLE_ROW_LINE = /^\d{1,2} \S+ \S+ \S+/;
/** A cell that is a figure: 111.9, 2—4, 1:25, 44.6%. */
const FIGURE = /^[\d.:：—%-]+$/;
/** Figures fused together: 046.569.7 (two decimal points in one run of digits). */
const FUSED_FIGURES = /\d*\.\d+\.\d/;

/** A table cell that is a figure: ≥7500万, >360, >[2000], 44.6%, 200. */
const FIGURE_CELL = /^[≥≤><＞＜]?\[?[\d.]+\]?(?:万|亿|%|％)?$/;

function textDefects(body: readonly Block[], add: Add): void {
  // Cells scattered as paragraphs: unpunctuated short paragraphs in a row, figures among them.
  let cells: Paragraph[] = [];
  const flushCells = () => {
    const figures = cells.filter((p) => FIGURE_CELL.test(p.text.replace(/\s+/g, ''))).length;
    if (cells.length >= 4 && figures >= 2)
      add(
        cells[0]!.line,
        'unrebuilt-table',
        'text',
        `${cells.length} short paragraphs in a row, ${figures} of them figures (cells scattered): 「${cells
          .slice(0, 4)
          .map((p) => p.text)
          .join('」「')}」…`,
      );
    cells = [];
  };
  for (const b of body) {
    if (b.type === 'para' && [...b.text].length <= 40 && !/[。；;：:！？]$/.test(b.text)) cells.push(b);
    else flushCells();
  }
  flushCells();
  let run: Paragraph[] = [];
  const flush = () => {
    if (run.length >= 5)
      add(
        run[0]!.line,
        'unrebuilt-table',
        'text',
        `${run.length} one-word paragraphs in a row (cells scattered): 「${run
          .slice(0, 4)
          .map((p) => p.text)
          .join('」「')}」…`,
      );
    run = [];
  };
  for (const b of body) {
    if (b.type === 'table') {
      flush();
      if (b.recovered === false) add(b.line, 'unrebuilt-table', 'text', `table structure not recovered: ${b.rows.length} rows of cells in reading order`);
      const k = b.rows[0]?.length ?? 0;
      const odd = b.rows.filter((r) => r.length !== k && r.length !== 1).length;
      if (odd > 0) add(b.line, 'unrebuilt-table', 'text', `${odd} of ${b.rows.length} rows do not have the ${k} columns of the header`);
      // A column holds labels or figures: both in one column means cells slid into the wrong column.
      for (let c = 0; c < k; c++) {
        const cells = b.rows
          .slice(1)
          .filter((r) => r.length === k)
          .map((r) => r[c]!)
          .filter((x) => x !== '');
        const figures = cells.filter((x) => FIGURE.test(x)).length;
        if (figures > 0 && figures < cells.length && figures >= 2 && cells.length - figures >= 2) {
          add(
            b.line,
            'unrebuilt-table',
            'text',
            `column ${c + 1} mixes ${figures} figures and ${cells.length - figures} labels: cells stand in the wrong column`,
          );
          break;
        }
      }
      const fused = b.recovered === false ? undefined : b.rows.flat().find((c) => FUSED_FIGURES.test(c) || /^[\d.%]+(?: [\d.%]+)+$/.test(c));
      if (fused) add(b.line, 'unrebuilt-table', 'text', `figures fused in a cell: 「${clip(fused, 24)}」`);
      continue;
    }
    if ([...b.text].length <= 6 && !/[。；：:！？]$/.test(b.text) && !matchMarker(b.text)) run.push(b);
    else flush();
    const contact = GLUED_CONTACT.exec(b.text);
    if (contact) add(sourcePosition(b, contact.index).line, 'missing-split', 'text', `contact lines run together: 「${clip(contact[0], 24)}」`);
    const glued = GLUED_ITEM.exec(b.text);
    if (glued) {
      add(b.line, 'glued-heading', 'text', `numbered item glued after a word: 「${clip(b.text.slice(Math.max(0, glued.index - 8), glued.index + 8), 16)}」`);
    }
    if (TABLE_ROW_LINE.test(b.text)) add(b.line, 'unrebuilt-table', 'text', `a table row printed as a line: 「${clip(b.text, 24)}」`);
    if (FUSED_FIGURES.test(b.text)) add(b.line, 'unrebuilt-table', 'text', `figures fused together: 「${clip(FUSED_FIGURES.exec(b.text)![0], 24)}」`);
  }
  flush();
}

/** A telephone number or e-mail address run into the label of the next contact line. */
const GLUED_CONTACT = /(?:\d{7,}|@[\w.-]+\.(?:cn|com|org|net))(?:[\u4e00-\u9fa5]{2,}[^。，；]{0,30}[:：])/;

/** A numbered item run in after a sentence end: 。（1）义务… / 。2.建设… */
const RUN_IN_ITEM = /[。！？](（\d{1,2}）|\(\d{1,2}\)|\d{1,2}[.．](?!\d)|（[一二三四五六七八九十]{1,3}）)(?=[\u4e00-\u9fa5“《])/g;
/** The level of an outline label: 一、 1, （一） 2, 1. 3, （1） 4. */
function labelLevel(label: string): number {
  if (/^[一二三四五六七八九十]+、/.test(label)) return 1;
  if (/^[（(][一二三四五六七八九十]+[)）]/.test(label)) return 2;
  if (/^\d{1,2}[.．、]/.test(label)) return 3;
  if (/^[（(]\d{1,2}[)）]/.test(label)) return 4;
  return 0;
}

/**
 * Outline structure glued inside a paragraph: a level-1 heading that holds a sentence where the
 * document's other level-1 headings are bare (四、…校企合作坚持…制度。); a numbered item run in
 * after a sentence end where the document opens other paragraphs with items of that level.
 */
function outlineDefects(body: readonly Block[], add: Add): void {
  const paras = body.filter((b): b is Paragraph => b.type === 'para');
  const opens = new Set(paras.map((p) => labelLevel(p.text)).filter((l) => l > 0));
  const level1 = paras.filter((p) => labelLevel(p.text) === 1);
  const bare = level1.filter((p) => !/[。；;！？!?：:]/.test(p.text));
  for (const p of level1) {
    if (bare.length >= 2 && bare.length === level1.length - 1 && !bare.includes(p) && /[。；;！？!?]/.test(p.text))
      add(p.line, 'glued-heading', 'text', `level-1 heading holds a sentence, unlike the other ${bare.length}: 「${clip(p.text, 30)}」`);
  }
  for (const p of paras) {
    for (const m of p.text.matchAll(RUN_IN_ITEM)) {
      if (opens.has(labelLevel(m[1]!)))
        add(p.line, 'glued-heading', 'text', `numbered item run in after a sentence: 「${clip(p.text.slice(Math.max(0, m.index! - 6), m.index! + 10), 16)}」`);
    }
  }
}

/**
 * Tables in pieces: a table of one row (a row split off the table it belongs to), and a short
 * paragraph right after a table that continues one of its cells (it shares six characters with
 * the cells of the table's last column).
 */
function tableDefects(body: readonly Block[], add: Add): void {
  body.forEach((b, i) => {
    if (b.type !== 'table') return;
    if (b.rows.length < 2) add(b.line, 'unrebuilt-table', 'text', `a table of one row: 「${clip(b.rows[0]?.join('|') ?? '', 20)}」 split off its table`);
    const next = body[i + 1];
    if (next?.type !== 'para' || [...next.text].length > 60 || matchMarker(next.text)) return;
    const last = b.rows.map((r) => r.at(-1) ?? '').join('\n');
    const chars = [...next.text];
    for (let k = 0; k + 6 <= chars.length; k++) {
      if (last.includes(chars.slice(k, k + 6).join(''))) {
        add(next.line, 'unrebuilt-table', 'text', `a cell's continuation left after the table: 「${clip(next.text, 20)}」`);
        return;
      }
    }
  });
}

/** Justification spaces left in the text: 2021 年 / 培训 10000 名 / 社 会 保 障 部. */
const SPACED_FIGURE = /(?<![\d.])\d{1,5}(?:\.\d+)? +[\u4e00-\u9fa5]|[\u4e00-\u9fa5] +\d{1,5}(?:\.\d+)?(?![\d.—-])(?! *[\d])/;
const SPACED_LETTERS = /(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5] [\u4e00-\u9fa5] [\u4e00-\u9fa5](?![\u4e00-\u9fa5])/;

function spacingDefects(body: readonly Block[], add: Add): void {
  for (const b of body) {
    if (b.type !== 'para') continue;
    const rest = b.text.replace(/^第[〇零一二两三四五六七八九十百千0-9]+[编章节条](?:之[一二三四五六七八九十])?[ \u3000]+/, '');
    const m = SPACED_FIGURE.exec(rest) ?? SPACED_LETTERS.exec(rest);
    if (m)
      add(
        b.line,
        'spacing',
        'text',
        `a justification space left in the text: 「${clip(rest.slice(Math.max(0, m.index - 4), m.index + m[0].length + 4), 16)}」`,
      );
  }
}

/** The first (n > 0) or last (n < 0) |n| characters. */
function clip(s: string, n: number): string {
  const c = [...s];
  if (c.length <= Math.abs(n)) return s;
  return n > 0 ? `${c.slice(0, n).join('')}…` : `…${c.slice(n).join('')}`;
}

/** Whether the paragraph ending at squashed offset `o` may run on (not a signature or date line). */
function canJoinAt(body: readonly Block[], o: number): boolean {
  let at = 0;
  for (const b of body) {
    at += squashedText(b).length;
    if (at === o) return b.type === 'para' && canJoin(b.text);
  }
  return true;
}
