/**
 * The query vocabulary: the words of the corpus, as jieba with the domain dictionary cuts it.
 *
 * The index holds character bigrams, so a query found verbatim needs no words at all. When it
 * is not found verbatim (技工学校校长负责制 against 技工学校实行校长负责制), the browser cuts it
 * into words and looks for each; it cuts with this list — every word of two or more symbols
 * that jieba found in the corpus — so the query is cut into words the texts really contain,
 * the way the build cut them. Jieba itself is Node-only; the list is a few tens of kB.
 */
import { symbols } from './symbols.ts';

/** A word cutter: jieba's `cut`, or anything with its shape. */
export type Cut = (text: string) => string[];

/**
 * The sorted vocabulary of some texts: folded words of at least two symbols, containing at
 * least one non-ASCII letter (numbers and Latin words need no dictionary).
 *
 * @example
 *   buildVocabulary(['推进产教融合'], jieba.cut) // ['产教融合', '推进']
 */
export function buildVocabulary(texts: Iterable<string>, cut: Cut): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of cut(text)) {
      const folded = symbols(word);
      if (folded.length < 2 || folded.some((s) => s.run !== folded[0]!.run)) continue;
      if (!folded.some((s) => /[^a-z0-9]/.test(s.value))) continue;
      words.add(folded.map((s) => s.value).join(''));
    }
  }
  return [...words].sort();
}

/**
 * Parses a jieba user dictionary (`word [frequency] [tag]` per line, `#` comments) into the
 * text jieba's `loadDict` takes, and the list of its words.
 */
export function parseJiebaDictionary(source: string): { dict: string; words: string[] } {
  const lines = source
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return { dict: lines.join('\n') + '\n', words: lines.map((line) => line.split(/\s+/)[0]!) };
}
