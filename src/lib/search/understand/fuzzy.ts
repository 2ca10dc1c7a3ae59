/**
 * Near-miss words: the vocabulary words one character away from what was typed (学籍注测 →
 * 注册, 技工院效 → 技工院校, 产教融和 → 产教融合), found through the character bigrams they share.
 *
 * A typo breaks a word into pieces the vocabulary does not know, so the caller (index.ts) asks
 * about the stretch of loose characters, alone and with the word before or after it. Bigrams
 * are padded with the word's start and end (^注, 注测, 测$), so even a two-character word
 * shares a bigram with its near miss. A candidate must be one substitution or one insertion
 * away; the closest by bigram overlap (Dice) come first. A two-character stretch has many
 * candidates (注测 → 注册, 注重, 监测 …): all are returned, and the caller splits the fuzzy weight
 * among them, so the other words of the query decide in ranking.
 */

/** The most candidates one stretch gives. */
export const MAX_NEAR = 16;

/** A vocabulary prepared for near-miss lookups. */
export interface NearIndex {
  /** Whether `word` is in the vocabulary. */
  has(word: string): boolean;
  /**
   * Vocabulary words one substitution or insertion away from `typed` (at least two
   * characters) sharing at least `minDice` of their padded bigrams (Dice coefficient), closest
   * first, at most {@link MAX_NEAR}.
   */
  near(typed: string, minDice?: number): string[];
}

/**
 * Prepares a word list for near-miss lookups.
 *
 * @example
 *   nearIndex(['技工院校', '技工学校']).near('技工院效') // ['技工院校']
 */
export function nearIndex(words: Iterable<string>): NearIndex {
  const list = [...new Set(words)];
  const known = new Set(list);
  const byBigram = new Map<string, number[]>();
  list.forEach((word, i) => {
    for (const gram of paddedBigrams(word)) {
      const ids = byBigram.get(gram);
      if (ids) ids.push(i);
      else byBigram.set(gram, [i]);
    }
  });
  return {
    has: (word) => known.has(word),
    near(typed, minDice = 0) {
      const chars = [...typed];
      if (chars.length < 2) return [];
      const grams = new Set(paddedBigrams(typed));
      const shared = new Map<number, number>();
      for (const gram of grams) for (const i of byBigram.get(gram) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
      const scored: Array<{ word: string; dice: number }> = [];
      for (const [i, count] of shared) {
        const word = list[i]!;
        if (word === typed || !oneEditAway(chars, [...word])) continue;
        const dice = (2 * count) / (grams.size + new Set(paddedBigrams(word)).size);
        if (dice >= minDice) scored.push({ word, dice });
      }
      scored.sort((a, b) => b.dice - a.dice || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
      return scored.slice(0, MAX_NEAR).map((s) => s.word);
    },
  };
}

/** ^a, ab, bc, c$ for abc (by code point). */
function paddedBigrams(word: string): string[] {
  const chars = ['^', ...word, '$'];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Whether `word` is `typed` with one character replaced, or with one character added. */
function oneEditAway(typed: readonly string[], word: readonly string[]): boolean {
  if (word.length === typed.length) {
    let diff = 0;
    for (let i = 0; i < word.length; i++) if (word[i] !== typed[i]) diff++;
    return diff === 1;
  }
  if (word.length !== typed.length + 1) return false;
  // typed is word with one character left out.
  let i = 0;
  while (i < typed.length && typed[i] === word[i]) i++;
  for (let j = i; j < typed.length; j++) if (typed[j] !== word[j + 1]) return false;
  return true;
}
