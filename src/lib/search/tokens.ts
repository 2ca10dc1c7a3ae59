/**
 * Index tokens: character bigrams, written so that Pagefind takes them as they are.
 *
 * Pagefind 1.6 segments Chinese content with its own jieba at index time and the query with the
 * browser's `Intl.Segmenter`, and the two disagree. We give Pagefind neither job: every token is
 * a bigram of adjacent symbols (see symbols.ts), spelled in lower-case ASCII letters and digits,
 * and indexed under a language without stemming or segmentation. The browser builds the same
 * tokens from the query with this same module, so index and query always agree.
 *
 * Spelling, chosen to be prefix-free so that Pagefind's prefix matching stays exact:
 * - a character below U+A710 is its code point in base 36, three digits (`教` → `k0p`);
 * - any other character is `x` and four base-36 digits;
 * - an ASCII run is `z`, its length as one base-36 digit, then the run (`2021` → `z42021`);
 * - the end of a run is `y`.
 * A token is two symbols: `教融` → `k0pqrx`; the last symbol of every run also gets a token
 * with `y`, so each symbol starts exactly one token per occurrence and a single-symbol query
 * can find it by prefix (`教` → every token starting with `k0p`).
 */
import { symbols, type SearchSymbol } from './symbols.ts';

/** The language code records are indexed under: no stemmer, no segmenter in Pagefind. */
export const INDEX_LANGUAGE = 'und';

const END = 'y';
/** 36³ − 3·36² (`x00`): three-digit codes stay below the `x`, `y` and `z` markers. */
const SHORT_LIMIT = 42768;

/**
 * The spelling of one symbol.
 *
 * @example
 *   encodeSymbol('教') // 'k0p'
 *   encodeSymbol('2021') // 'z42021'
 */
export function encodeSymbol(value: string): string {
  if (/^[a-z0-9]+$/.test(value)) {
    // Runs longer than 35 characters (URLs, serial numbers) are cut: the length is one digit.
    const run = value.slice(0, 35);
    return `z${run.length.toString(36)}${run}`;
  }
  const code = value.codePointAt(0) ?? 0;
  return code < SHORT_LIMIT ? code.toString(36).padStart(3, '0') : `x${code.toString(36).padStart(4, '0')}`;
}

/**
 * Decodes a token back to its symbols, for tests and debugging.
 *
 * @example
 *   decodeToken('k0pqrx') // ['教', '融']
 */
export function decodeToken(token: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < token.length) {
    const head = token[i]!;
    if (head === END) {
      out.push('');
      i += 1;
    } else if (head === 'z') {
      const length = parseInt(token[i + 1] ?? '0', 36);
      out.push(token.slice(i + 2, i + 2 + length));
      i += 2 + length;
    } else if (head === 'x') {
      out.push(String.fromCodePoint(parseInt(token.slice(i + 1, i + 5), 36)));
      i += 5;
    } else {
      out.push(String.fromCodePoint(parseInt(token.slice(i, i + 3), 36)));
      i += 3;
    }
  }
  return out;
}

/**
 * The tokens Pagefind indexes for a text: one per symbol, in order, each the symbol and the
 * next one in its run (or the end marker). Positions are consecutive, so a Pagefind phrase
 * search over a query's bigrams finds exactly the texts that contain the query.
 *
 * @example
 *   indexTokens('教融。').map(decodeToken) // [['教','融'], ['融','']]
 */
export function indexTokens(text: string): string[] {
  return bigrams(symbols(text), true);
}

/**
 * The bigram tokens of one run of query symbols, without end markers: `产教融合` →
 * 产教 教融 融合. A single symbol has no bigram: use {@link prefixToken}.
 */
export function queryTokens(run: readonly SearchSymbol[] | readonly string[]): string[] {
  const values = run.map((s) => (typeof s === 'string' ? s : s.value));
  const out: string[] = [];
  for (let i = 0; i + 1 < values.length; i++) out.push(encodeSymbol(values[i]!) + encodeSymbol(values[i + 1]!));
  return out;
}

/** The token prefix that finds every occurrence of one symbol (Pagefind matches words by prefix). */
export function prefixToken(value: string): string {
  return encodeSymbol(value);
}

function bigrams(list: readonly SearchSymbol[], withEnds: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const here = list[i]!;
    const next = list[i + 1];
    if (next && next.run === here.run) out.push(encodeSymbol(here.value) + encodeSymbol(next.value));
    else if (withEnds) out.push(encodeSymbol(here.value) + END);
  }
  return out;
}
