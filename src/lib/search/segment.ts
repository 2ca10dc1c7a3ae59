/**
 * Cutting a query into words with the corpus vocabulary (vocabulary.ts), in the browser.
 *
 * Fewest pieces wins, each piece a vocabulary word or a single symbol; a single Han character
 * counts as two pieces, so words are preferred to loose characters. On this corpus that cuts
 * queries the way jieba does (技工学校校长负责制 → 技工学校 / 校长 / 负责制) with a plain list.
 */
import { symbols } from './symbols.ts';

/**
 * The cost of a single character that is a word of its own (能, 吗 in a question): less than a
 * loose character, so 兼职 + 能 beats 兼 + 职能, more than a longer word, so 可能 stays whole.
 */
const SINGLE_WORD = 1.5;

/** The longest word the segmenter tries, in symbols. */
const MAX_WORD = 12;

/**
 * Cuts a list of symbol values into words. `singleWord` names the single characters that are
 * words (the query's modal verbs and particles).
 *
 * @example
 *   segment(['同','等','机','会'], new Set(['同等', '机会'])) // [['同','等'], ['机','会']]
 */
export function segment(
  values: readonly string[],
  vocabulary: ReadonlySet<string> | ((word: string) => boolean),
  singleWord: (value: string) => boolean = () => false,
): string[][] {
  const known = typeof vocabulary === 'function' ? vocabulary : (word: string) => vocabulary.has(word);
  const n = values.length;
  // cost[i]: the cheapest cut of values[0..i); from[i]: where its last piece starts.
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(0);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const length = end - start;
      let step: number;
      if (length === 1) step = /^[a-z0-9]+$/.test(values[start]!) ? 1 : singleWord(values[start]!) ? SINGLE_WORD : 2;
      else if (known(values.slice(start, end).join(''))) step = 1;
      else continue;
      const total = cost[start]! + step;
      // Starts are tried from the left, so at equal cost the longest last word stays.
      if (total < cost[end]!) {
        cost[end] = total;
        from[end] = start;
      }
    }
  }
  const out: string[][] = [];
  for (let end = n; end > 0; end = from[end]!) out.unshift(values.slice(from[end]!, end));
  return out;
}

/** Single characters that say nothing on their own in a query: 的, 和, 与 … */
export const STOP_CHARACTERS: ReadonlySet<string> = new Set([...'的了和与及或在是对为等之其并把被从以于向将所而且也就都']);

/**
 * Cuts a part's symbol values into words: the vocabulary segmenter, or a stand-in. With
 * `whole` false, the values as one word are not taken, so a compound word comes out as the
 * words it is made of (签订协议 → 签订 / 协议), as jieba's search mode cuts.
 */
export type WordCutter = (values: readonly string[], whole?: boolean) => string[][];

/** The cutter over the corpus vocabulary. */
export function vocabularyCutter(vocabulary: ReadonlySet<string>): WordCutter {
  return (values, whole = true) => {
    const self = values.join('');
    return segment(values, whole ? vocabulary : (word) => word !== self && vocabulary.has(word));
  };
}

/**
 * A stand-in when the vocabulary cannot be loaded: the browser's `Intl.Segmenter` (which does
 * not know the corpus: 产教融合 may come out as 产/教/融合), else one symbol per word.
 */
export function intlCutter(locale = 'zh-CN'): WordCutter {
  return (values) => {
    if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return values.map((v) => [v]);
    const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    const out: string[][] = [];
    for (const { segment: piece, isWordLike } of segmenter.segment(values.join(''))) {
      if (isWordLike === false) continue;
      const list = symbols(piece).map((s) => s.value);
      if (list.length > 0) out.push(list);
    }
    return out;
  };
}
