/** What the /check/ page does with the results: each citation in its context, and the draft with every correction applied. */
import type { CheckedCitation } from './check.ts';

/**
 * The draft with every suggestion put in place of its citation (results in any order,
 * not overlapping; each replaces exactly `text.slice(start, end)`).
 *
 * @example applySuggestions('依据人社部发[2021]86号', results) // '依据《技工教育“十四五”规划》（人社部发〔2021〕86号）'
 */
export function applySuggestions(text: string, results: ReadonlyArray<Pick<CheckedCitation, 'start' | 'end' | 'suggestion'>>): string {
  let out = '';
  let at = 0;
  for (const r of [...results].sort((a, b) => a.start - b.start)) {
    if (r.suggestion === null || r.start < at) continue;
    out += text.slice(at, r.start) + r.suggestion;
    at = r.end;
  }
  return out + text.slice(at);
}

/** The citation with up to `width` characters either side, cut at line breaks. */
export function contextOf(text: string, start: number, end: number, width = 30): { before: string; cited: string; after: string } {
  const before = text.slice(Math.max(0, start - width), start);
  const after = text.slice(end, end + width);
  return { before: before.slice(before.lastIndexOf('\n') + 1), cited: text.slice(start, end), after: after.split('\n')[0]! };
}
