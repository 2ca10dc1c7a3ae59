/**
 * Tables printed as rows of space-separated cells, one row per line, each opening with its row
 * number (a PDF extraction of a ruled table without tabs):
 *
 *     序 / 号 / 省份 地区 地市数
 *     1 天 津 全市 1
 *     7 河 南 / 开封、鹤壁、新乡、焦作、周口、 / 济源 / 6
 *
 * The header is one line of short words, possibly under a column name printed one character a
 * line (序 / 号); it gives the number of columns. Each row is numbered 1, 2, 3…; letter-spaced
 * characters (天 津) are one cell; a row short of cells continues on the next lines (a wrapped
 * cell runs on after 、 or ，).
 */
import { CONTINUES } from './patterns.ts';

/** A line as the paragraph builder sees it. */
interface Line {
  no: number;
  text: string;
}

/** Rows recovered from lines `start` to `end` (exclusive), or null. */
export interface SpacedTable {
  end: number;
  rows: string[][];
}

const WORD = /^[\u4e00-\u9fa5]{1,6}$/;

/** Try to read a space-separated table whose header starts at `lines[start]`. */
export function readSpacedTable(lines: readonly Line[], start: number): SpacedTable | null {
  for (let h = 1; h <= 3; h++) {
    const head = lines.slice(start, start + h).map((l) => l.text);
    if (head.length < h) return null;
    const last = head.at(-1)!.split(/[ \u00a0\u3000]+/);
    const stacked = head.slice(0, -1);
    if (last.length < 2 || !last.every((w) => WORD.test(w))) continue;
    if (!stacked.every((w) => /^[\u4e00-\u9fa5]{1,2}$/.test(w))) continue;
    if (!/^1[ \u00a0]/.test(lines[start + h]?.text ?? '')) continue;
    const header = stacked.length > 0 ? [stacked.join(''), ...last] : last;
    const rows = readRows(lines, start + h, header.length);
    if (!rows || rows.rows.length < 3) return null;
    return { end: rows.end, rows: [header, ...rows.rows] };
  }
  return null;
}

function readRows(lines: readonly Line[], from: number, k: number): SpacedTable | null {
  const rows: string[][] = [];
  let i = from;
  for (let n = 1; i < lines.length; n++) {
    const open = new RegExp(`^${n}[ \\u00a0]`);
    if (!open.test(lines[i]!.text)) break;
    const cells = cellsOf(lines[i]!.text);
    i++;
    while (cells.length < k && i < lines.length && !new RegExp(`^${n + 1}[ \\u00a0]`).test(lines[i]!.text)) {
      const t = lines[i]!.text;
      if (cells.length > 1 && CONTINUES.test(cells.at(-1)!) && !/^\d+$/.test(t)) cells[cells.length - 1] += t;
      else cells.push(...cellsOf(t));
      i++;
    }
    if (cells.length !== k) return null;
    rows.push(cells);
  }
  return rows.length > 0 ? { end: i, rows } : null;
}

/** The cells of a line: split at spaces, letter-spaced single characters joined (天 津 → 天津). */
function cellsOf(text: string): string[] {
  const words = text.split(/[ \u00a0\u3000]+/).filter((w) => w !== '');
  const out: string[] = [];
  for (const w of words) {
    const prev = out.at(-1);
    if (prev !== undefined && /^[\u4e00-\u9fa5]$/.test(w) && /^[\u4e00-\u9fa5]+$/.test(prev) && lettersSpaced(prev, words)) out[out.length - 1] = prev + w;
    else out.push(w);
  }
  return out;
}

/** A run of single characters is letter-spaced when it started as one. */
function lettersSpaced(prev: string, words: readonly string[]): boolean {
  return words.includes(prev[0]!) && [...prev].every((c) => words.includes(c));
}
