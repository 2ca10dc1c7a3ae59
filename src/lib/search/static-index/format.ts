/**
 * The ranked search index as files, written at build time (build.ts) and read by the browser
 * (../ranked.ts), all under `/search/index/`:
 *
 * - `meta.json` ({@link IndexMeta}): the documents (title, 文号, date, facets, status basis) and, per record,
 *   its document, kind, enclosing record, length and answer kinds — what ranking, grouping and
 *   filtering need before any text. Loaded when the search page opens.
 * - `t/<n>.json` ({@link PostingShard}): term → postings, for the terms whose hash is `n`
 *   ({@link termShard}). A query fetches one shard per term it looks for.
 * - `x/<n>.json` ({@link TextChunk}): the unit id, citation and text of consecutive records, for
 *   the results shown (excerpts, answer phrases, phrase checks).
 * - `/search/words.txt`: every term of two or more symbols, one a line: the browser cuts a
 *   query into words with it (segment.ts).
 * - `/search/synonyms.txt`: the thesaurus (content/dictionaries/synonyms.txt) as it is.
 *
 * Postings are flat integer arrays, `[record gap, weighted tf, record gap, weighted tf, …]`,
 * records in increasing order. A record's weighted tf counts a term in its text once and in
 * the headings above it (chapter, outline heading) {@link HEADING_WEIGHT} times: the heading
 * is a field that says what the clause is about.
 */
import type { FacetName } from '../facets.ts';
import type { RecordLevel } from '../records.ts';
import { INTENTS, type Intent } from '../understand/index.ts';

/** Where the index lives on the site. */
export const INDEX_DIR = '/search/index/';
export const META_FILE = `${INDEX_DIR}meta.json`;
export const WORDS_FILE = '/search/words.txt';
export const THESAURUS_FILE = '/search/synonyms.txt';

/** The file of posting shard `n`. */
export function shardFile(n: number): string {
  return `${INDEX_DIR}t/${n}.json`;
}

/** The file of text chunk `n`. */
export function chunkFile(n: number): string {
  return `${INDEX_DIR}x/${n}.json`;
}

/** How much a term in a heading above a unit counts, against once in its text. */
export const HEADING_WEIGHT = 2;

/** Record levels as stored: index into this list. */
export const LEVELS: readonly RecordLevel[] = ['unit', 'text', 'doc'];

/** One document as the index lists it. */
export interface IndexDoc {
  id: string;
  title: string;
  /** 文号, `''` if none. */
  number: string;
  issuers: string;
  /** The date shown (issued, else published, else effective), `''` if none; sorts listings. */
  date: string;
  /** Short titles joined with 、. */
  short: string;
  facets: Record<FacetName, string[]>;
  /** Why its status (`facets.status`) is what it is: the rule applied, for the result's badge. */
  basis: string;
}

/** The index's table of contents. */
export interface IndexMeta {
  version: 1;
  /** Posting shards: a term's shard is {@link termShard}(term, shards). */
  shards: number;
  /** Mean weighted record length of each level, for BM25's length normalisation. */
  avgdl: number[];
  docs: IndexDoc[];
  /** Per record, in index order (document order, documents in catalog order). */
  records: {
    doc: number[];
    level: number[];
    /** The nearest enclosing record (a 款's article), -1 at the top. */
    parent: number[];
    /** Weighted length in terms. */
    len: number[];
    /** Answer kinds as bits of {@link ANSWER_KINDS}. */
    kinds: number[];
  };
  /** The first record of each text chunk, increasing. */
  chunks: number[];
}

/** Term → `[gap, tf, gap, tf, …]`. */
export type PostingShard = Record<string, number[]>;

/** Per record of the chunk, in order: `[unit id, citation, text]`. */
export type TextChunk = Array<[string, string, string]>;

/** What a clause can answer, in bit order (bit i of a record's `kinds` is ANSWER_KINDS[i]). */
export const ANSWER_KINDS = INTENTS;
export type AnswerKind = Intent;

/** Answer kinds as bits. */
export function kindBits(kinds: Iterable<string>): number {
  let bits = 0;
  for (const kind of kinds) {
    const i = (ANSWER_KINDS as readonly string[]).indexOf(kind);
    if (i !== -1) bits |= 1 << i;
  }
  return bits;
}

/**
 * The shard of a term: FNV-1a over its UTF-16 code units, modulo the shard count. The build
 * and the browser use this one function.
 *
 * @example
 *   termShard('补贴', 64) // a number in 0…63, the same at build time and in the browser
 */
export function termShard(term: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/** Decodes a posting list into records and weighted term frequencies. */
export function decodePostings(list: readonly number[]): { records: number[]; tf: number[] } {
  const records: number[] = [];
  const tf: number[] = [];
  let at = 0;
  for (let i = 0; i + 1 < list.length; i += 2) {
    at += list[i]!;
    records.push(at);
    tf.push(list[i + 1]!);
  }
  return { records, tf };
}
