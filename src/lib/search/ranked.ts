/**
 * The search as the page runs it: ranked retrieval over the static index (static-index/),
 * loading only what a query needs — the table of contents once, one posting shard per query
 * term, the text chunks of the results shown. Files come through `load`, so the same engine
 * runs in the browser (fetch) and in Node (the evaluation, the tests).
 *
 * A query is understood (understood.ts), its words scored (rank.ts), nested units folded into
 * the most specific one, the best candidates' texts loaded to reward verbatim runs of the
 * query and to check quoted phrases, and results come out with their answering phrase marked.
 */
import type { ResultItem } from './engine.ts';
import { excerpt } from './excerpt.ts';
import { FACETS, type FacetName } from './facets.ts';
import {
  foldNested,
  phraseRerank,
  phraseRuns,
  scoreRecords,
  specTerms,
  WEIGHTS,
  wordSpecs,
  type Postings,
  type RankWeights,
  type Scored,
  type WordSpec,
} from './rank.ts';
import { hasFilters, resultHref, type SearchState } from './state.ts';
import {
  chunkFile,
  decodePostings,
  LEVELS,
  META_FILE,
  shardFile,
  termShard,
  THESAURUS_FILE,
  WORDS_FILE,
  type IndexDoc,
  type IndexMeta,
  type PostingShard,
  type TextChunk,
} from './static-index/format.ts';
import { symbols } from './symbols.ts';
import { answerSpans, readThesaurus, understand, type Intent, type Thesaurus, type UnderstoodQuery } from './understood.ts';

/** Loads a file of the index: JSON files parsed, `words.txt` as text. */
export type Loader = (path: string) => Promise<unknown>;

/** A result as the page shows it: the previous engine's result item, with its score. */
export type RankedItem = ResultItem & { score: number };

/** What a search found. */
export interface RankedOutcome {
  mode: 'idle' | 'filters' | 'text';
  understood: UnderstoodQuery | null;
  /** Results in all (after folding nested units). */
  total: number;
  /** Counts per facet value: documents without a query, results with one. */
  counts: Record<FacetName, Record<string, number>>;
  /** Query words no text holds in any form. */
  missing: string[];
  /** Documents the query names (title, short title or 文号), shown first. */
  documents: RankedItem[];
  /** Words to highlight, as folded symbol values. */
  terms: string[][];
  /** The first `count` results, best first, texts loaded. */
  results(count: number): Promise<RankedItem[]>;
  /** Results that could not be shown: their text did not load (offline, not kept). */
  unavailable(): number;
}

/** Switches for the evaluation's ablation. */
export interface RankedOptions {
  weights?: RankWeights;
  /** Leave the thesaurus out (the ablation). */
  noThesaurus?: boolean;
}

/** Candidates whose texts are read for the phrase bonus. */
const RERANK = 20;
/** Of the names matched, those shown as documents: the query covers this share of the name. */
const NAME_COVERAGE = 0.4;
/** …and this share of the query is found in the name. */
const QUERY_IN_NAME = 0.5;
const MAX_DOCUMENTS = 3;
/** Stand-ins marked in excerpts: words holding a typed stretch and same-meaning words, not looser ones. */
const HIGHLIGHT_WEIGHT = 0.7;

/** A search over one static index. */
export class RankedSearch {
  readonly #load: Loader;
  readonly #options: RankedOptions;
  #meta: Promise<IndexMeta> | null = null;
  #words: Promise<Set<string>> | null = null;
  #thesaurus: Promise<Thesaurus> | null = null;
  readonly #shards = new Map<number, Promise<PostingShard | null>>();
  readonly #chunks = new Map<number, Promise<TextChunk | null>>();

  constructor(load: Loader, options: RankedOptions = {}) {
    this.#load = load;
    this.#options = options;
  }

  /** Starts loading what every query needs (the page calls it when it opens). */
  prepare(): Promise<unknown> {
    return Promise.all([this.#metaFile(), this.#vocabulary(), this.#synonyms()]);
  }

  async run(state: SearchState): Promise<RankedOutcome> {
    const [meta, words, thesaurus] = await Promise.all([this.#metaFile(), this.#vocabulary(), this.#synonyms()]);
    const allowed = allowedDocs(meta, state);
    if (state.q.trim() === '') return this.#byFilters(meta, state, allowed);

    const understood = await understand(state.q, { vocabulary: words, thesaurus });
    const weights = this.#options.weights ?? WEIGHTS;
    const specs = wordSpecs(understood, words);
    const terms = specTerms(specs);
    const postings = new Map<string, Postings | null>();
    await Promise.all(
      terms.map(async (term) => {
        const shard = await this.#shard(termShard(term, meta.shards));
        const list = shard?.[term];
        postings.set(term, list ? decodePostings(list) : null);
      }),
    );
    const lookup = (term: string) => postings.get(term) ?? null;
    const scoring = scoreRecords(meta, lookup, specs, understood.intents, null, weights);
    const inScope = (s: Scored) => allowed === null || allowed.has(meta.records.doc[s.record]!);

    // Folded, then the best candidates' texts: phrase bonus and quoted phrases.
    const folded = foldNested(meta, scoring.records);
    let ranked = folded.filter(inScope);
    const runs = phraseRuns(understood);
    const required = understood.phrases.map((p) => symbols(p).map((s) => s.value)).filter((p) => p.length > 0);
    const head = required.length > 0 ? ranked : ranked.slice(0, RERANK);
    const texts = await this.#texts(
      meta,
      head.map((s) => s.record),
    );
    const reranked = phraseRerank(head, (r) => texts.get(r)?.[2], runs, required, weights);
    ranked = required.length > 0 ? reranked : [...reranked, ...ranked.slice(RERANK)];

    // Marked: the words (in a longer term, only the part typed) and their same-meaning stand-ins;
    // linked: the words.
    const highlight = specs
      .flatMap((s) =>
        s.variants[0]?.term.startsWith('#')
          ? []
          : [s.text, ...s.variants.filter((v) => v.weight >= HIGHLIGHT_WEIGHT && !v.term.includes(s.text)).map((v) => v.term)],
      )
      .map((t) => symbols(t).map((s) => s.value))
      .filter((t) => t.length > 0);
    const linked = specs.filter((s) => !s.variants[0]?.term.startsWith('#')).map((s) => s.text);
    const documents = this.#namedDocuments(meta, scoring.names.filter(inScope), understood, specs, linked);
    let failed = 0;
    const results = async (count: number) => {
      const shown = ranked.slice(0, count);
      const loaded = await this.#texts(
        meta,
        shown.map((s) => s.record),
      );
      const out: RankedItem[] = [];
      failed = 0;
      for (const s of shown) {
        const row = loaded.get(s.record);
        if (!row) {
          failed++;
          continue;
        }
        out.push(item(meta, s.record, row, highlight, linked, s.score, understood.intents));
      }
      return out;
    };
    return {
      mode: 'text',
      understood,
      total: ranked.length,
      counts: facetCounts(
        meta,
        state,
        folded.map((s) => meta.records.doc[s.record]!),
      ),
      missing: scoring.missing,
      documents,
      terms: highlight,
      results,
      unavailable: () => failed,
    };
  }

  /** Documents by filter alone, newest first; nothing without a filter. */
  #byFilters(meta: IndexMeta, state: SearchState, allowed: ReadonlySet<number> | null): RankedOutcome {
    const listing = hasFilters(state);
    const docs = listing ? meta.docs.map((_, d) => d).filter((d) => allowed === null || allowed.has(d)) : [];
    docs.sort((a, b) => meta.docs[b]!.date.localeCompare(meta.docs[a]!.date) || a - b);
    const items = docs.map((d) => docItem(meta, d, []));
    return {
      mode: listing ? 'filters' : 'idle',
      understood: null,
      total: items.length,
      counts: facetCounts(
        meta,
        state,
        meta.docs.map((_, d) => d),
      ),
      missing: [],
      documents: [],
      terms: [],
      results: async (count) => items.slice(0, count),
      unavailable: () => 0,
    };
  }

  /**
   * Documents the query names: by 文号, or by a title or short title when the words found in it
   * make up most of the name and most of the query (职业教育法 学制 names the law; 技校老师评职称
   * names no document though 技校 stands for the 技工学校 of a title).
   */
  #namedDocuments(meta: IndexMeta, names: readonly Scored[], understood: UnderstoodQuery, specs: readonly WordSpec[], linked: string[]): RankedItem[] {
    const words = specs.filter((s) => !s.variants[0]?.term.startsWith('#'));
    const typed = words.reduce((n, s) => n + symbols(s.text).length, 0);
    const out: RankedItem[] = [];
    for (const s of names) {
      if (out.length >= MAX_DOCUMENTS) break;
      const doc = meta.docs[meta.records.doc[s.record]!]!;
      const byNumber = understood.docNumbers.some((n) => n === doc.number);
      const byName = [doc.title, ...doc.short.split('、')].filter(Boolean).some((name) => {
        const folded = symbols(name)
          .map((x) => x.value)
          .join('');
        let inName = 0;
        let ofQuery = 0;
        for (const w of words) {
          const found = [w.text, ...w.variants.filter((v) => v.weight >= HIGHLIGHT_WEIGHT).map((v) => v.term)].find((t) => folded.includes(t));
          if (found === undefined) continue;
          inName += [...found].length;
          ofQuery += symbols(w.text).length;
        }
        return inName / [...folded].length >= NAME_COVERAGE && ofQuery / Math.max(1, typed) >= QUERY_IN_NAME;
      });
      if (byNumber || byName) out.push(docItem(meta, meta.records.doc[s.record]!, linked));
    }
    return out;
  }

  #metaFile(): Promise<IndexMeta> {
    this.#meta ??= this.#load(META_FILE).then((m) => m as IndexMeta);
    return this.#meta;
  }

  /** The thesaurus; an empty one when it cannot be loaded (the search still works, less well). */
  #synonyms(): Promise<Thesaurus> {
    this.#thesaurus ??= (this.#options.noThesaurus ? Promise.resolve('') : this.#load(THESAURUS_FILE).catch(() => '')).then((text) =>
      readThesaurus(String(text)),
    );
    return this.#thesaurus;
  }

  #vocabulary(): Promise<Set<string>> {
    this.#words ??= this.#load(WORDS_FILE).then((text) => new Set(String(text).split('\n').filter(Boolean)));
    return this.#words;
  }

  #shard(n: number): Promise<PostingShard | null> {
    return cached(this.#shards, n, () => this.#load(shardFile(n)) as Promise<PostingShard>);
  }

  #chunk(n: number): Promise<TextChunk | null> {
    return cached(this.#chunks, n, () => this.#load(chunkFile(n)) as Promise<TextChunk>);
  }

  /** The `[unit, citation, text]` of some records; a record whose chunk fails is left out. */
  async #texts(meta: IndexMeta, records: readonly number[]): Promise<Map<number, [string, string, string]>> {
    const at = records.map((r) => chunkOf(meta, r));
    const chunks = new Map<number, TextChunk | null>();
    await Promise.all([...new Set(at)].map(async (n) => chunks.set(n, await this.#chunk(n))));
    const out = new Map<number, [string, string, string]>();
    for (const [i, r] of records.entries()) {
      const chunk = chunks.get(at[i]!);
      const row = chunk?.[r - meta.chunks[at[i]!]!];
      if (row) out.set(r, row);
    }
    return out;
  }
}

/** A file loaded once; a failed load is null now and tried again next time (offline, back online). */
function cached<T>(cache: Map<number, Promise<T | null>>, n: number, load: () => Promise<T>): Promise<T | null> {
  let p = cache.get(n);
  if (!p) {
    p = load().catch(() => {
      cache.delete(n);
      return null;
    });
    cache.set(n, p);
  }
  return p;
}

/** The chunk holding a record (binary search over the chunk starts). */
function chunkOf(meta: IndexMeta, record: number): number {
  let lo = 0;
  let hi = meta.chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (meta.chunks[mid]! <= record) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function item(
  meta: IndexMeta,
  record: number,
  [unit, cite, text]: [string, string, string],
  terms: string[][],
  linked: string[],
  score: number,
  intents: readonly Intent[],
): RankedItem {
  const doc = meta.docs[meta.records.doc[record]!]!;
  const level = LEVELS[meta.records.level[record]!]!;
  const url = level === 'unit' ? `/docs/${doc.id}/#${unit}` : `/docs/${doc.id}/`;
  const answers = intents.length > 0 ? answerSpans(text, intents).filter((s) => s.end - s.start <= 80) : [];
  return {
    url,
    href: resultHref(url, linked),
    level,
    doc: doc.id,
    unit,
    title: doc.title,
    number: doc.number,
    cite,
    issuers: doc.issuers,
    date: doc.date,
    status: statusOf(doc),
    excerpt: excerpt(text, terms, 96, answers),
    score,
  };
}

function docItem(meta: IndexMeta, d: number, linked: string[]): RankedItem {
  const doc = meta.docs[d]!;
  const url = `/docs/${doc.id}/`;
  return {
    url,
    href: resultHref(url, linked),
    level: 'doc',
    doc: doc.id,
    unit: '',
    title: doc.title,
    number: doc.number,
    cite: '',
    issuers: doc.issuers,
    date: doc.date,
    status: statusOf(doc),
    excerpt: [],
    score: 0,
  };
}

/** A document's status as its results show it: the label of its status facet, and its basis. */
function statusOf(doc: IndexDoc): RankedItem['status'] {
  const label = doc.facets.status[0];
  return label ? { label, basis: doc.basis } : undefined;
}

/** Documents matching the selected filters (any value within a facet, every facet), or null for all. */
function allowedDocs(meta: IndexMeta, state: SearchState, skip?: FacetName): Set<number> | null {
  const active = FACETS.filter((f) => f !== skip && (state.filters[f] ?? []).length > 0);
  if (active.length === 0) return null;
  const out = new Set<number>();
  for (const [d, doc] of meta.docs.entries()) {
    if (active.every((f) => doc.facets[f].some((v) => state.filters[f]!.includes(v)))) out.add(d);
  }
  return out;
}

/**
 * Counts per facet value over `hits` (a document index per hit): for a facet with a selection,
 * counted under the other facets' selections only, so each value shows what ticking it gives.
 */
function facetCounts(meta: IndexMeta, state: SearchState, hits: readonly number[]): Record<FacetName, Record<string, number>> {
  const counts = {} as Record<FacetName, Record<string, number>>;
  for (const facet of FACETS) {
    const scope = allowedDocs(meta, state, facet);
    const c: Record<string, number> = {};
    for (const d of hits) {
      if (scope && !scope.has(d)) continue;
      for (const v of meta.docs[d]!.facets[facet]) c[v] = (c[v] ?? 0) + 1;
    }
    counts[facet] = c;
  }
  return counts;
}
