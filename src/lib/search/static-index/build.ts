/**
 * Builds the ranked index files (format.ts) from the search records (records.ts). Pure: the
 * caller gives jieba's search-mode cutter and the answer-kind finder and writes the files.
 *
 * Shards and chunks are sized so a query fetches little whatever the corpus: the number of
 * posting shards grows with the postings ({@link SHARD_BYTES} of JSON each), a text chunk holds
 * consecutive records up to {@link CHUNK_CHARS} characters (a document's units sit together, so
 * results from one document share chunks).
 */
import { indexTerms, numberTerm, type CutForSearch } from '../analyze.ts';
import { FACETS, type FacetName } from '../facets.ts';
import type { SearchRecord } from '../records.ts';
import {
  chunkFile,
  HEADING_WEIGHT,
  kindBits,
  LEVELS,
  shardFile,
  termShard,
  WORDS_FILE,
  META_FILE,
  type IndexDoc,
  type IndexMeta,
  type PostingShard,
  type TextChunk,
} from './format.ts';

/** Target size of one posting shard, in JSON characters. */
export const SHARD_BYTES = 8_000;
/** Target size of one text chunk, in characters of text. */
export const CHUNK_CHARS = 1_500;

/** What the builder needs besides the records. */
export interface IndexTools {
  cut: CutForSearch;
  /** The kinds of answer a text holds (understand/answerKinds). */
  answerKinds: (text: string) => readonly string[];
}

/** The files of the index: site path → content. */
export type IndexFiles = Map<string, string>;

/**
 * The index of some records, in their order (documents together, as documentRecords gives them).
 *
 * @example
 *   const files = buildIndex(records, { cut: jieba.cutForSearch, answerKinds });
 *   files.get('/search/index/meta.json') // the documents and records
 */
export function buildIndex(records: readonly SearchRecord[], tools: IndexTools): IndexFiles {
  const docs: IndexDoc[] = [];
  const docIndex = new Map<string, number>();
  const recordIndex = new Map<string, number>();
  const meta: IndexMeta = { version: 1, shards: 1, avgdl: [], docs, records: { doc: [], level: [], parent: [], len: [], kinds: [] }, chunks: [] };
  const postings = new Map<string, number[]>();
  const last = new Map<string, number>();

  for (const [r, record] of records.entries()) {
    const m = record.meta;
    let d = docIndex.get(m.doc);
    if (d === undefined) {
      d = docs.length;
      docIndex.set(m.doc, d);
      const facets = {} as Record<FacetName, string[]>;
      for (const facet of FACETS) facets[facet] = record.filters[facet] ?? [];
      docs.push({ id: m.doc, title: m.title, number: m.number, issuers: m.issuers, date: m.date, short: m.short, facets, basis: m.basis });
    }
    recordIndex.set(`${m.doc}#${m.unit}#${m.level}`, r);
    const parent = m.up.split(' ').find((up) => up && recordIndex.has(`${m.doc}#${up}#unit`));

    const counts = new Map<string, number>();
    const add = (terms: readonly string[], weight: number) => {
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + weight);
    };
    let text: string[];
    if (m.level === 'doc') {
      text = [m.title, ...m.short.split('、'), m.number].filter(Boolean);
      if (m.number) add([numberTerm(m.number)], 1);
    } else {
      text = [m.text];
    }
    const terms = text.flatMap((t) => indexTerms(t, tools.cut));
    add(terms, 1);
    const head = m.head ? indexTerms(m.head, tools.cut) : [];
    add(head, HEADING_WEIGHT);

    meta.records.doc.push(d);
    meta.records.level.push(LEVELS.indexOf(m.level));
    meta.records.parent.push(parent === undefined ? -1 : recordIndex.get(`${m.doc}#${parent}#unit`)!);
    meta.records.len.push(terms.length + HEADING_WEIGHT * head.length);
    meta.records.kinds.push(m.level === 'doc' ? 0 : kindBits(tools.answerKinds(m.text)));

    for (const [term, tf] of counts) {
      const list = postings.get(term) ?? [];
      list.push(r - (last.get(term) ?? 0), tf);
      postings.set(term, list);
      last.set(term, r);
    }
  }

  // Mean length per level: a document's name and a clause are not the same kind of text.
  meta.avgdl = LEVELS.map((_, level) => {
    const lens = meta.records.len.filter((_, r) => meta.records.level[r] === level);
    return lens.length === 0 ? 1 : lens.reduce((a, b) => a + b, 0) / lens.length;
  });

  const files: IndexFiles = new Map();
  let size = 0;
  for (const [term, list] of postings) size += term.length + 4 + list.join(',').length;
  meta.shards = Math.max(1, Math.ceil(size / SHARD_BYTES));
  const shards: PostingShard[] = Array.from({ length: meta.shards }, () => ({}));
  for (const term of [...postings.keys()].sort()) shards[termShard(term, meta.shards)]![term] = postings.get(term)!;
  for (const [n, shard] of shards.entries()) files.set(shardFile(n), JSON.stringify(shard));

  let chunk: TextChunk = [];
  let chars = 0;
  const flush = () => {
    if (chunk.length === 0) return;
    files.set(chunkFile(meta.chunks.length - 1), JSON.stringify(chunk));
    chunk = [];
    chars = 0;
  };
  for (const [r, record] of records.entries()) {
    if (chunk.length > 0 && chars + record.meta.text.length > CHUNK_CHARS) flush();
    if (chunk.length === 0) meta.chunks.push(r);
    chunk.push([record.meta.unit, record.meta.cite, record.meta.text]);
    chars += record.meta.text.length;
  }
  flush();

  files.set(META_FILE, JSON.stringify(meta));
  const words = [...postings.keys()].filter((t) => [...t].length >= 2 && !t.startsWith('#') && /[^a-z0-9 ]/.test(t)).sort();
  files.set(WORDS_FILE, words.join('\n') + '\n');
  return files;
}
