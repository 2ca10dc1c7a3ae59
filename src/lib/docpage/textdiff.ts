/**
 * Character differences between two short texts (a sentence of the canonical text and the same
 * sentence in another copy), for showing a reader exactly what differs: 创新创造 vs 创新创业.
 */

/** A run of characters that both texts share, or that only one of them has. */
export interface DiffSegment {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/** A piece of one side of a displayed difference. */
export interface DiffSpan {
  text: string;
  /** `changed`: differs from the other side; `gap`: shared text left out (`…`). */
  kind: 'same' | 'changed' | 'gap';
}

/** Both sides of a difference, ready to display. */
export interface DiffDisplay {
  canonical: DiffSpan[];
  copy: DiffSpan[];
}

/** Past this many cells the quadratic diff gives way to a common prefix and suffix. */
const MAX_CELLS = 4_000_000;

/**
 * The character diff of `a` (canonical) against `b` (copy): `del` is only in `a`, `ins` only
 * in `b`. A longest common subsequence over code points; a shared character stranded between
 * changes is folded into them so the result reads as whole replacements.
 *
 * @example
 *   diffChars('创新创造活力', '创新创业活力')
 *   // [{ op: 'same', text: '创新创' }, { op: 'del', text: '造' }, { op: 'ins', text: '业' }, { op: 'same', text: '活力' }]
 */
export function diffChars(a: string, b: string): DiffSegment[] {
  const x = [...a];
  const y = [...b];
  // The shared prefix and suffix need no table.
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  const xs = x.slice(start, x.length - end);
  const ys = y.slice(start, y.length - end);
  const middle = (xs.length + 1) * (ys.length + 1) > MAX_CELLS ? [seg('del', xs), seg('ins', ys)] : lcs(xs, ys);
  const out = [seg('same', x.slice(0, start)), ...middle, seg('same', x.slice(x.length - end))];
  return cleanup(merge(out.filter((s) => s.text !== '')));
}

/**
 * Both sides of a difference with the changes marked and long shared stretches shortened to
 * `context` characters either side of a change.
 *
 * @example
 *   diffDisplay('……持续增强技能人才发展动力和创新创造活力。', '……持续增强技能人才发展动力和创新创业活力。', 4).canonical
 *   // [{ text: '…', kind: 'gap' }, { text: '和创新创', kind: 'same' }, { text: '造', kind: 'changed' }, { text: '活力。', kind: 'same' }]
 */
export function diffDisplay(canonical: string, copy: string, context = 16): DiffDisplay {
  const segments = diffChars(canonical, copy);
  const out: DiffDisplay = { canonical: [], copy: [] };
  segments.forEach((s, i) => {
    if (s.op === 'del') out.canonical.push({ text: s.text, kind: 'changed' });
    else if (s.op === 'ins') out.copy.push({ text: s.text, kind: 'changed' });
    else {
      const spans = shorten(s.text, context, i > 0, i < segments.length - 1);
      out.canonical.push(...spans);
      out.copy.push(...spans);
    }
  });
  return out;
}

/** A shared stretch, keeping `context` characters next to the changes before and after it. */
function shorten(text: string, context: number, changeBefore: boolean, changeAfter: boolean): DiffSpan[] {
  const chars = [...text];
  const keepHead = changeBefore ? context : 0;
  const keepTail = changeAfter ? context : 0;
  if (chars.length <= keepHead + keepTail + 1) return [{ text, kind: 'same' }];
  const spans: DiffSpan[] = [];
  if (keepHead > 0) spans.push({ text: chars.slice(0, keepHead).join(''), kind: 'same' });
  spans.push({ text: '…', kind: 'gap' });
  if (keepTail > 0) spans.push({ text: chars.slice(chars.length - keepTail).join(''), kind: 'same' });
  return spans;
}

function lcs(x: string[], y: string[]): DiffSegment[] {
  const n = x.length;
  const m = y.length;
  const w = m + 1;
  // table[i * w + j]: LCS length of x[i..] and y[j..].
  const table = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = x[i] === y[j] ? table[(i + 1) * w + j + 1]! + 1 : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
    }
  }
  const out: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      out.push({ op: 'same', text: x[i++]! });
      j++;
    } else if (j >= m || (i < n && table[(i + 1) * w + j]! >= table[i * w + j + 1]!)) {
      out.push({ op: 'del', text: x[i++]! });
    } else {
      out.push({ op: 'ins', text: y[j++]! });
    }
  }
  return out;
}

/** Adjacent segments of one kind as one; within a change, what was deleted before what was inserted. */
function merge(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let i = 0;
  while (i < segments.length) {
    if (segments[i]!.op === 'same') {
      let text = '';
      while (i < segments.length && segments[i]!.op === 'same') text += segments[i++]!.text;
      out.push({ op: 'same', text });
    } else {
      let del = '';
      let ins = '';
      while (i < segments.length && segments[i]!.op !== 'same') {
        if (segments[i]!.op === 'del') del += segments[i]!.text;
        else ins += segments[i]!.text;
        i++;
      }
      if (del) out.push({ op: 'del', text: del });
      if (ins) out.push({ op: 'ins', text: ins });
    }
  }
  return out;
}

/** A single shared character between two changes reads better as part of one change. */
function cleanup(segments: DiffSegment[]): DiffSegment[] {
  const out = segments.flatMap((s, i) => {
    const stranded = s.op === 'same' && [...s.text].length === 1 && i > 0 && i < segments.length - 1;
    return stranded
      ? [
          { op: 'del' as const, text: s.text },
          { op: 'ins' as const, text: s.text },
        ]
      : [s];
  });
  return out.length === segments.length ? out : merge(out);
}

function seg(op: DiffSegment['op'], chars: string[]): DiffSegment {
  return { op, text: chars.join('') };
}
