/**
 * Comparing two copies of one document. Copies are split into sentences (robust to different
 * paragraph breaks in a PDF and a web copy), aligned by longest common subsequence, and each
 * unaligned stretch is reported as a difference with the variant's source line. A copy that
 * stops early is reported once as truncated, not sentence by sentence.
 */
import type { Block } from './paragraphs.ts';

/** One textual difference between the canonical text and a copy. */
export interface Difference {
  /** The copy's source file and line where the difference is. */
  file: string;
  line: number;
  kind: 'changed' | 'missing' | 'extra' | 'truncated';
  /** Text in the canonical copy ('' when the copy has extra text). */
  canonical: string;
  /** Text in this copy ('' when the copy lacks it). */
  copy: string;
}

interface Sentence {
  text: string;
  key: string;
  line: number;
}

/**
 * Split blocks into sentences over their concatenated text, so that where a copy breaks its
 * paragraphs (or flattens a table) does not matter; each sentence keeps the source line of the
 * block it starts in.
 */
export function sentences(blocks: readonly Block[]): Sentence[] {
  let text = '';
  const starts: Array<{ at: number; line: number }> = [];
  for (const b of blocks) {
    starts.push({ at: text.length, line: b.line });
    text += b.type === 'para' ? b.text : b.rows.map((r) => r.join('')).join('');
  }
  const out: Sentence[] = [];
  let k = 0;
  for (const m of text.matchAll(/[^。；！？]+[。；！？]?[”’）)]*/g)) {
    while (k + 1 < starts.length && starts[k + 1]!.at <= m.index) k++;
    const key = comparable(m[0]);
    if (key) out.push({ text: m[0].trim(), key, line: starts[k]?.line ?? 1 });
  }
  return out;
}

/** Text as compared: without white space, which is layout. */
export function comparable(s: string): string {
  return s.replace(/[\s\u3000\u00a0]+/g, '');
}

/**
 * Differences of `copy` against `canonical`.
 * @returns the differences and whether the copy is truncated (ends before the canonical text).
 */
export function compareCopies(canonical: readonly Block[], copy: readonly Block[], file: string): { differences: Difference[]; truncated: boolean } {
  const a = sentences(canonical);
  const b = sentences(copy);
  const pairs = lcs(
    a.map((s) => s.key),
    b.map((s) => s.key),
  );
  const differences: Difference[] = [];
  let i = 0;
  let j = 0;
  let truncated = false;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as const]) {
    const gapA = a.slice(i, pi);
    const gapB = b.slice(j, pj);
    if (gapA.length > 0 || gapB.length > 0) {
      const atEnd = pi === a.length && pj === b.length;
      const keyA = gapA.map((x) => x.key).join('');
      const keyB = gapB.map((x) => x.key).join('');
      // The copy stops: nothing after the last match, or a cut-off start of what follows.
      const stops = atEnd && keyA.length > keyB.length && keyA.startsWith(keyB) && (keyB.length > 0 || keyA.length >= 100);
      if (stops) {
        truncated = true;
        const missing = gapA.map((s) => s.text).join('');
        differences.push({ file, line: b.at(-1)?.line ?? 1, kind: 'truncated', canonical: excerpt(missing), copy: gapB.map((s) => s.text).join('') });
      } else {
        differences.push({
          file,
          line: gapB[0]?.line ?? b[Math.min(j, b.length - 1)]?.line ?? 1,
          kind: gapA.length === 0 ? 'extra' : gapB.length === 0 ? 'missing' : 'changed',
          canonical: gapA.map((s) => s.text).join(''),
          copy: gapB.map((s) => s.text).join(''),
        });
      }
    }
    i = pi + 1;
    j = pj + 1;
  }
  return { differences, truncated };
}

function excerpt(s: string): string {
  const chars = [...s];
  return chars.length <= 80 ? s : `${chars.slice(0, 40).join('')}……（共 ${chars.length} 字）`;
}

/** Longest common subsequence of two key lists, as index pairs. O(n·m) with n, m ≤ a few thousand. */
function lcs(a: readonly string[], b: readonly string[]): Array<readonly [number, number]> {
  // Strip the common prefix and suffix first: copies mostly agree.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  const table: Uint16Array[] = [];
  for (let x = 0; x <= n; x++) table.push(new Uint16Array(m + 1));
  for (let x = n - 1; x >= 0; x--) {
    const row = table[x]!;
    const below = table[x + 1]!;
    for (let y = m - 1; y >= 0; y--) {
      row[y] = a[start + x] === b[start + y] ? below[y + 1]! + 1 : Math.max(below[y]!, row[y + 1]!);
    }
  }
  const pairs: Array<readonly [number, number]> = [];
  for (let k = 0; k < start; k++) pairs.push([k, k]);
  let x = 0;
  let y = 0;
  while (x < n && y < m) {
    if (a[start + x] === b[start + y]) {
      pairs.push([start + x, start + y]);
      x++;
      y++;
    } else if (table[x + 1]![y]! >= table[x]![y + 1]!) x++;
    else y++;
  }
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}
