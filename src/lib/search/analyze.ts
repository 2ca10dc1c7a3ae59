/**
 * Terms: the words the ranked index (static-index/) holds and a query looks for, from one
 * folding on both sides.
 *
 * Text is folded into runs of symbols (symbols.ts: NFKC, lower case, runs broken at clause
 * punctuation, carried across brackets, quotes and spaces), each run written as a string
 * (`人社部发2021 86号`: a space keeps two ASCII symbols apart). At build time jieba's search
 * mode cuts each run into terms — words and the shorter words inside them (职业教育 →
 * 职业 / 教育 / 职业教育) — so a query word matches whether the text has it whole or as part
 * of a longer word. The browser has no jieba: it cuts a query with the list of the index's
 * terms (segment.ts) and adds the known terms inside each word ({@link innerTerms}), which is
 * what search mode does.
 */
import { symbols } from './symbols.ts';

/** A search-mode word cutter: jieba's `cutForSearch`, or anything with its shape. */
export type CutForSearch = (text: string) => string[];

const ASCII = /^[a-z0-9]+$/;

/**
 * The folded runs of a text, each as one string.
 *
 * @example
 *   textRuns('人社部发〔2021〕86号；技工院校') // ['人社部发2021 86号', '技工院校']
 */
export function textRuns(text: string): string[] {
  const out: string[] = [];
  let run = -1;
  let last = '';
  for (const s of symbols(text)) {
    if (s.run !== run) {
      out.push('');
      run = s.run;
      last = '';
    }
    const gap = ASCII.test(s.value) && ASCII.test(last) ? ' ' : '';
    out[out.length - 1] += gap + s.value;
    last = s.value;
  }
  return out;
}

/**
 * The terms of a text for the index, in order, repeated as often as they occur.
 *
 * @example
 *   indexTerms('职业教育活动周', jieba.cutForSearch) // ['职业', '教育', '活动', '周', …]
 */
export function indexTerms(text: string, cut: CutForSearch): string[] {
  const out: string[] = [];
  for (const run of textRuns(text)) for (const term of cut(run)) if (term.trim() !== '') out.push(term);
  return out;
}

/**
 * The known terms of two or three symbols inside a longer word, as jieba's search mode adds
 * them (技工学校 → 技工 / 学校). Single symbols are left out: they say little alone.
 *
 * @example
 *   innerTerms('技工学校', (t) => ['技工', '学校', '工学'].includes(t)) // ['技工', '工学', '学校']
 */
export function innerTerms(word: string, known: (term: string) => boolean): string[] {
  const chars = [...word];
  if (chars.length <= 2 || chars.some((c) => ASCII.test(c))) return [];
  const out: string[] = [];
  for (const size of [2, 3]) {
    if (size >= chars.length) continue;
    for (let i = 0; i + size <= chars.length; i++) {
      const piece = chars.slice(i, i + size).join('');
      if (known(piece) && !out.includes(piece)) out.push(piece);
    }
  }
  return out;
}

/**
 * The index term for a 文号, so that a document is found by its number however it was typed:
 * the symbols of the normalised number, joined with `·` (no word of text has that mark).
 *
 * @example
 *   numberTerm('人社部发〔2021〕86号') // '#人·社·部·发·2021·86·号'
 */
export function numberTerm(docNumber: string): string {
  return `#${symbols(docNumber)
    .map((s) => s.value)
    .join('·')}`;
}
