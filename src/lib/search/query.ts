/**
 * Reading a query: parts, words and the tokens Pagefind is asked for.
 *
 * A query is cut into parts at white space and at clause punctuation (，。；…): `升学 就业
 * 同等机会` has three parts. Each part is first looked for verbatim: the phrase search over
 * its bigrams. A part not found verbatim is cut into words with the corpus vocabulary
 * (segment.ts) and each word is looked for instead. A part in quotes ("…", “…”) is only ever
 * looked for verbatim.
 */
import { STOP_CHARACTERS, type WordCutter } from './segment.ts';
import { symbols } from './symbols.ts';
import { prefixToken, queryTokens } from './tokens.ts';

/** One part of a query. */
export interface QueryPart {
  /** The folded symbols, joined: what the part looks for (`人社部发202186号`). */
  text: string;
  /** The folded symbol values. */
  values: string[];
  /** Whether the reader put it in quotes: then it is never cut into words. */
  quoted: boolean;
}

/** A word to look for: a part, or a piece of a part cut into words. */
export interface QueryWord {
  text: string;
  values: string[];
}

/** The most parts a query is read into; the rest are ignored (a pasted paragraph). */
export const MAX_PARTS = 8;
/** The most symbols one part keeps (a pasted sentence): longer parts are cut here. */
export const MAX_PART_SYMBOLS = 32;

/**
 * The parts of a query.
 *
 * @example
 *   parseQuery('升学 就业，"同等机会"').map((p) => [p.text, p.quoted])
 *   // [['升学', false], ['就业', false], ['同等机会', true]]
 */
export function parseQuery(query: string): QueryPart[] {
  const out: QueryPart[] = [];
  for (const chunk of query.split(/\s+/)) {
    const quoted = /^["“”「『].+["“”」』]$/u.test(chunk);
    const list = symbols(chunk);
    for (let i = 0; i < list.length;) {
      const run = list[i]!.run;
      const values: string[] = [];
      for (; i < list.length && list[i]!.run === run; i++) values.push(list[i]!.value);
      const kept = values.slice(0, MAX_PART_SYMBOLS);
      const text = kept.join('');
      if (!out.some((p) => p.text === text)) out.push({ text, values: kept, quoted });
    }
  }
  return out.slice(0, MAX_PARTS);
}

/**
 * The tokens that find a word anywhere: its bigrams, which Pagefind ANDs, or for a single
 * symbol its prefix, which Pagefind extends to every bigram starting with it.
 */
export function wordTokens(word: QueryWord): string[] {
  return word.values.length === 1 ? [prefixToken(word.values[0]!)] : queryTokens(word.values);
}

/**
 * The Pagefind phrase query that finds a word verbatim, or null for a single symbol (a phrase
 * needs two). Quotes make Pagefind match the bigrams at consecutive positions.
 */
export function phraseQuery(word: QueryWord): string | null {
  const tokens = queryTokens(word.values);
  return tokens.length === 0 ? null : `"${tokens.join(' ')}"`;
}

/**
 * The words of a part not found verbatim, cut with the vocabulary; lone stop characters
 * (的, 和 …) are dropped when other words remain.
 *
 * @example
 *   partWords(parseQuery('技工学校校长负责制')[0], vocabularyCutter(vocabulary)).map((w) => w.text)
 *   // ['技工学校', '校长', '负责制']
 */
export function partWords(part: QueryPart, cut: WordCutter): QueryWord[] {
  const pieces = cut(part.values).map((values) => ({ text: values.join(''), values }));
  const kept = pieces.filter((w) => !(w.values.length === 1 && STOP_CHARACTERS.has(w.text)));
  return kept.length > 0 ? kept : pieces;
}

/**
 * A word as text for people and links: its symbols joined, with a space between two ASCII
 * runs so they stay two symbols when read back (`人社部发2021 86号`).
 *
 * @example
 *   termText(['发', '2021', '86', '号']) // '发2021 86号'
 */
export function termText(values: readonly string[]): string {
  let out = '';
  for (const [i, value] of values.entries()) {
    const ascii = /^[a-z0-9]+$/;
    if (i > 0 && ascii.test(value) && ascii.test(values[i - 1]!)) out += ' ';
    out += value;
  }
  return out;
}

/**
 * A compound word as the words it is made of (签订协议 → 签订 / 协议), when it has four
 * symbols or more and every piece is a word of two or more; else null.
 */
export function subWords(word: QueryWord, cut: WordCutter): QueryWord[] | null {
  if (word.values.length < 4) return null;
  const pieces = cut(word.values, false);
  if (pieces.length < 2 || pieces.some((p) => p.length < 2)) return null;
  return pieces.map((values) => ({ text: values.join(''), values }));
}
