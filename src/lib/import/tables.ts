/**
 * Flattened tables: cells one per line, each opening with a tab (the web page's table turned to
 * text). A table runs from a cell line to the last cell line that follows within a few lines,
 * and is rebuilt row by row or column by column; where neither reading fits, it is marked as not
 * recovered and written as one column of cells in reading order.
 */
import type { ClassifiedLine, NoiseRecord } from './noise.ts';
import { endsSentence, opensHeading, opensStructure } from './patterns.ts';

type TextLine = Extract<ClassifiedLine, { kind: 'text' }>;

/** A flattened table rebuilt from tab-prefixed cell lines, one row per blank-separated group. */
export interface TableBlock {
  type: 'table';
  rows: string[][];
  /** False when the structure could not be recovered: the cells are in reading order. */
  recovered: boolean;
  lines: number[];
  line: number;
  column: number;
  pageStart: boolean;
  inline: NoiseRecord[];
}

/**
 * A table runs from a cell line to the last cell line that follows within a few lines: untabbed
 * lines between cells continue the cell above them (cells that wrap over several lines).
 */
export function tableEnd(classified: readonly ClassifiedLine[], text: readonly TextLine[], start: number): number {
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
    for (let j = k; j < text.length && j < k + 15; j++)
      if (text[j]!.cell) {
        next = j;
        break;
      }
    if (next === -1) break;
    if (text.slice(k, next).some((t) => opensHeading(t.text))) break;
    k = next;
  }
  // The last cell of a table laid out column by column holds as many lines as the cell before
  // it (one per row): take them, if they are short cell values.
  const last = end - 1;
  let before = last - 1;
  while (before > start && !text[before]!.cell) before--;
  const rows = last - 1 - before;
  if (text[last]!.text === '' && rows > 1) {
    let taken = 0;
    for (const t of text.slice(end, end + rows)) {
      if (t.cell || t.text === '' || [...t.text].length > 20 || opensHeading(t.text) || endsSentence(t.text)) break;
      taken++;
    }
    end += taken;
  }
  void classified;
  return end + trailingContinuation(text, start, end);
}

/**
 * A wrapped last cell whose continuation came after blank lines at the table's end: the table's
 * other rows show the same continuation inside them (技术理论课教师具有相关职业（工种）初级…, then
 * …技师…) — an untabbed line after the last cell that shares six characters with an untabbed
 * line inside the table, and is not a heading, is the last cell's continuation.
 */
function trailingContinuation(text: readonly TextLine[], start: number, end: number): number {
  const next = text[end];
  if (!next || next.cell || next.text === '' || [...next.text].length > 60 || opensHeading(next.text) || opensStructure(next.text)) return 0;
  const inside = text.slice(start, end).filter((t) => !t.cell && t.text !== '');
  const chars = [...next.text];
  for (let i = 0; i + 6 <= chars.length; i++) {
    const probe = chars.slice(i, i + 6).join('');
    if (inside.some((t) => t.text.includes(probe))) return 1;
  }
  return 0;
}

/**
 * Rows of a flattened table. A cell is a tab line and the untabbed lines after it. The first
 * blank-separated group of cells is the header and gives the number of columns k. Then:
 * - **row by row**: later groups of k cells (or one cell, a category row) are rows;
 * - **column by column**: each group of k cells holds n rows at once, one line per row in every
 *   cell (the first cell may open with a category heading: 一、办学规模);
 * - otherwise the cells are taken k at a time, the lines of a cell joined (never two figures
 *   fused: a space stays between them) and the table is marked as not recovered.
 */
export function buildTable(classified: readonly ClassifiedLine[], lines: readonly TextLine[]): TableBlock {
  const byNo = new Map(classified.map((c) => [c.no, c] as const));
  const cells: Array<{ lines: string[]; group: number }> = [];
  let group = 0;
  let prev = -1;
  for (const l of lines) {
    // A blank line closes a row group, except before a word that wraps a cell (现有技能人才 /
    // 数量) or a column's figures.
    const wrapsCell = !l.cell && [...l.text].length <= 12 && !opensStructure(l.text);
    if (prev !== -1 && !wrapsCell) {
      for (let n = prev + 1; n < l.no; n++)
        if (byNo.get(n)?.kind === 'blank') {
          group++;
          break;
        }
    }
    if (l.cell || cells.length === 0) cells.push({ lines: l.text === '' ? [] : [l.text], group });
    else cells[cells.length - 1]!.lines.push(l.text);
    prev = l.no;
  }
  const first = lines[0]!;
  const block = (rows: string[][], recovered: boolean): TableBlock => ({
    type: 'table',
    rows,
    recovered,
    lines: lines.map((c) => c.no),
    line: first.no,
    column: first.column,
    pageStart: first.pageStart,
    inline: lines.flatMap((c) => c.inline),
  });
  const header = cells.filter((c) => c.group === cells[0]!.group);
  const k = header.length;
  const rest = cells.slice(k);
  const joined = (c: { lines: string[] }) => joinCellLines(c.lines);

  // Column by column: chunks of k cells, each value cell with n lines.
  if (k > 1 && rest.length > 0 && rest.length % k === 0 && rest.some((c) => c.lines.length > 1)) {
    const rows: string[][] = [header.map(joined)];
    let ok = true;
    for (let i = 0; i < rest.length && ok; i += k) {
      const chunk = rest.slice(i, i + k);
      const n = chunk[1]!.lines.length;
      if (n === 0 || chunk.slice(1).some((c) => c.lines.length !== n) || (chunk[0]!.lines.length !== n && chunk[0]!.lines.length !== n + 1)) {
        ok = false;
        break;
      }
      const labels = [...chunk[0]!.lines];
      if (labels.length === n + 1) rows.push([labels.shift()!]);
      for (let r = 0; r < n; r++) rows.push([labels[r]!, ...chunk.slice(1).map((c) => c.lines[r]!)]);
    }
    if (ok) return block(rows, true);
  }

  const groups: string[][] = [];
  for (const c of cells) (groups[c.group] ??= []).push(joined(c));
  const dense = groups.filter((g) => g !== undefined);
  const body = numberless(recutNumbered(mendBrokenRows(dense.slice(1), k), k), k);
  const rowLike = body.filter((g) => g.length === k || g.length === 1).length;
  // A cell holding several figures, one a line, is a column laid out column by column that did not fit.
  const fused = cells.some((c) => c.lines.length > 1 && c.lines.filter((l) => /^[\d.%:：—-]+$/.test(l)).length > 1);
  if (k > 1 && body.length > 0 && rowLike >= body.length * 0.8) return block([dense[0]!, ...body], !fused);
  const flat = cells.map(joined);
  const rows: string[][] = [];
  for (let i = 0; i < flat.length; i += k) rows.push(flat.slice(i, i + k));
  return block(rows, k > 1 && !fused);
}

/**
 * A row broken by blank lines comes as consecutive groups of fewer than k cells (` \t十九、强化宣传引导`,
 * two blank lines, then its three other cells; a label, its first cell, a blank line, the rest).
 * Consecutive short groups that together hold exactly k cells — or k − 1 where the first column
 * numbers the rows and the row lacks its number — are one row. A lone cell followed by a full
 * row stays a category row.
 */
function mendBrokenRows(groups: readonly string[][], k: number): string[][] {
  const numbered = isNumbered(groups, k);
  const out: string[][] = [];
  for (let i = 0; i < groups.length; i++) {
    let sum = 0;
    let j = i;
    while (j < groups.length && groups[j]!.length < k && sum + groups[j]!.length <= k) {
      sum += groups[j]!.length;
      j++;
      if (j - i >= 2 && (sum === k || (numbered && sum === k - 1 && !/^\d{1,3}$/.test(groups[i]![0]!)))) break;
    }
    if (j - i >= 2 && (sum === k || (numbered && sum === k - 1 && !/^\d{1,3}$/.test(groups[i]![0]!)))) {
      out.push(groups.slice(i, j).flat());
      i = j - 1;
    } else out.push([...groups[i]!]);
  }
  return out;
}

/**
 * Where the first column numbers the rows but blank lines do not separate them (two rows run
 * together, a row's cells split over two groups), the cells are read as a stream: a row opens
 * at a number and holds k cells; a row that lacks its number holds up to k − 1 cells and stops
 * before the next number (a lone cell before a number is a category row).
 */
function recutNumbered(groups: readonly string[][], k: number): string[][] {
  if (!isNumbered(groups, k) || groups.every((g) => g.length === k || g.length === 1)) return [...groups];
  const cells = groups.flat();
  const rows: string[][] = [];
  const isNumber = (c: string) => /^\d{1,3}$/.test(c);
  let i = 0;
  while (i < cells.length) {
    const size = isNumber(cells[i]!) ? k : k - 1;
    const row = [cells[i]!];
    i++;
    while (row.length < size && i < cells.length && !isNumber(cells[i]!)) row.push(cells[i++]!);
    rows.push(row);
  }
  return rows;
}

/** Whether the first column numbers the rows (序号 1, 2, 3…) in the rows that have every cell. */
function isNumbered(rows: readonly string[][], k: number): boolean {
  const full = rows.filter((r) => r.length === k);
  return full.length >= 3 && full.every((r) => /^\d{1,3}$/.test(r[0]!));
}

/**
 * A row one cell short whose first column holds the row numbers everywhere else lacks its
 * number: an empty first cell keeps every figure and label under its own heading.
 */
function numberless(rows: readonly string[][], k: number): string[][] {
  if (!isNumbered(rows, k)) return [...rows];
  return rows.map((r) => (r.length === k - 1 && r.length > 1 && !/^\d{1,3}$/.test(r[0]!) ? ['', ...r] : r));
}

/** A cell's lines: rejoined like a wrapped line, except that figures stay apart. */
function joinCellLines(lines: readonly string[]): string {
  let out = '';
  for (const l of lines) {
    if (out !== '' && /[\d%]$/.test(out) && /^[\d.]/.test(l)) out += ' ';
    out += l;
  }
  return out;
}
