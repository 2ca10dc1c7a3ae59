/**
 * Jieba (@node-rs/jieba, a native module) with its default dictionary and the domain
 * dictionary `content/dictionaries/jieba.txt` loaded on top.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parseJiebaDictionary, type Cut } from '../lib/search/index.ts';

/** The domain dictionary. */
export const DOMAIN_DICTIONARY = 'content/dictionaries/jieba.txt';

interface JiebaInstance {
  cut(text: string, hmm?: boolean): string[];
  cutForSearch(text: string, hmm?: boolean): string[];
  loadDict(dict: Uint8Array): void;
}

/**
 * Jieba cutters (no HMM: only dictionary words, so no guessed words) with the domain words
 * loaded: accurate mode for the bigram index's vocabulary, search mode for the ranked index.
 */
export async function loadJieba(dictionaryPath: string = DOMAIN_DICTIONARY): Promise<{ cut: Cut; cutForSearch: Cut; domainWords: string[] }> {
  // A CommonJS native module: required, not imported, so bundlers leave it alone.
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): JiebaInstance } };
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const jieba = Jieba.withDict(dict);
  const { dict: domain, words } = parseJiebaDictionary(await readFile(dictionaryPath, 'utf8'));
  jieba.loadDict(Buffer.from(domain, 'utf8'));
  // Search mode (no HMM) for the ranked index: each word and the dictionary words inside it.
  return { cut: (text) => jieba.cut(text, false), cutForSearch: (text) => jieba.cutForSearch(text, false), domainWords: words };
}
