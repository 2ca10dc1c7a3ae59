/**
 * The search itself, over Pagefind's JavaScript API: which Pagefind queries to run for a
 * query, and how to rank and trim what they return. No DOM here; the page renders.
 *
 * For a query with parts P₁ … Pₙ (query.ts):
 * 1. Each part is looked for verbatim (a phrase search over its bigrams). A part found somewhere
 *    is one word (教融, 产教融合型企业); a part found nowhere is cut into words with the corpus
 *    vocabulary (技工学校校长负责制 → 技工学校 / 校长负责制).
 * 2. The results are the records holding every word: one Pagefind search over the bigrams of
 *    all words, with the filters. Pagefind ranks them (BM25).
 * 3. If nothing holds everything: compound words are looked for by their parts (签订协议 →
 *    签订, 协议); then a part that names documents (职业教育法) restricts the rest to those
 *    documents; failing that, the fewest words are dropped and the page says which.
 * 4. Records holding more parts verbatim rank first; then Pagefind's score.
 * 5. Documents whose title or 文号 is the query come first.
 * The page loads results a batch at a time and drops a unit when a unit inside it is a result
 * too, so the most specific unit is the one shown.
 */
import { excerpt, findTerms, type ExcerptPiece } from './excerpt.ts';
import { parseQuery, partWords, phraseQuery, subWords, termText, wordTokens, type QueryPart, type QueryWord } from './query.ts';
import { FACETS, type FacetName } from './facets.ts';
import type { WordCutter } from './segment.ts';
import { symbols } from './symbols.ts';
import type { RecordLevel, RecordMeta } from './records.ts';
import { hasFilters, resultHref, type SearchState } from './state.ts';

/** Counts per facet value. */
export type FacetCounts = Record<string, Record<string, number>>;

/** The part of Pagefind's search API this module uses. */
export interface Pagefind {
  search(term: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<PagefindResponse | null>;
  filters(): Promise<FacetCounts>;
}

/** A Pagefind search response (the fields used here). */
export interface PagefindResponse {
  results: PagefindResult[];
  filters: FacetCounts;
  unfilteredResultCount: number;
}

/** One Pagefind result: cheap until `data()` loads its fragment. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}

/** A result as the page shows it. */
export interface ResultItem {
  /** The record's url: `/docs/<id>/#<unit>`, or `/docs/<id>/` for a document. */
  url: string;
  /** The link: the url with the terms to highlight (`?hl=…`). */
  href: string;
  level: RecordLevel;
  doc: string;
  unit: string;
  title: string;
  number: string;
  cite: string;
  issuers: string;
  date: string;
  /** The document's status label (现行有效 …) and its basis, where the index carries them. */
  status?: { label: string; basis: string };
  /** The excerpt, matches marked. */
  excerpt: ExcerptPiece[];
}

/** What a search found. */
export interface SearchOutcome {
  /** `idle`: nothing asked; `filters`: documents by filter alone; `text`: a query. */
  mode: 'idle' | 'filters' | 'text';
  /** Records found (before units inside other results are folded in). */
  total: number;
  /** Counts per facet value: documents in `filters` and `idle` mode, records in `text` mode. */
  counts: Record<FacetName, Record<string, number>>;
  /** The words looked for, for highlighting; each a list of folded symbols. */
  terms: string[][];
  /** Words left out because no record holds them together with the rest. */
  dropped: string[];
  /** Titles of the documents the search was narrowed to (a part naming documents). */
  within: string[];
  /** Documents named by the query, shown before the clauses. */
  documents: ResultItem[];
  /** Loads the next results, at least `count` unless the list ends; `[]` at the end. */
  more(count: number): Promise<ResultItem[]>;
  /**
   * Whether every result has been given out by `more`: then their number is exact, while
   * `total` also counts units folded into a more specific result.
   */
  complete(): boolean;
  /**
   * Results found whose details could not be loaded (offline, their fragment not kept on this
   * device); they are left out of the list. When a whole batch fails, loading stops.
   */
  unavailable(): number;
}

const TEXT_LEVELS = { level: { any: ['unit', 'text'] } };
/** Documents named by the query are listed first when the query covers this share of the title. */
const TITLE_COVERAGE = 0.4;
const MAX_DOCUMENTS = 3;
/** Pagefind searches allowed for dropping words. */
const MAX_RELAX_SEARCHES = 24;
/** Results loaded beyond those shown, to know inner units before their outer one is shown. */
const LOOKAHEAD = 10;

/**
 * A search engine over one Pagefind bundle. `cutter` gives the word cutter (segment.ts) once,
 * when a query first needs cutting into words: the page loads the vocabulary then.
 */
export class SearchEngine {
  readonly #pagefind: Pagefind;
  readonly #loadCutter: () => Promise<WordCutter>;
  #cutter: Promise<WordCutter> | null = null;
  #ready: Promise<unknown> | null = null;

  constructor(pagefind: Pagefind, cutter: () => Promise<WordCutter>) {
    this.#pagefind = pagefind;
    this.#loadCutter = cutter;
  }

  /** Runs a search. */
  async run(state: SearchState): Promise<SearchOutcome> {
    // Pagefind returns counts with a search only once its filters are loaded; they load while
    // the first phrase searches run.
    this.#ready ??= this.#pagefind.filters();
    const parts = parseQuery(state.q);
    const facets = facetFilters(state);
    if (parts.length === 0) {
      await this.#ready;
      return this.#byFilters(state, facets);
    }
    return this.#byText(state, parts, facets);
  }

  /** Documents by filter alone, newest first. */
  async #byFilters(state: SearchState, facets: Record<string, unknown>): Promise<SearchOutcome> {
    const level = { level: 'doc' };
    const listing = hasFilters(state);
    const response = await this.#search(null, { ...facets, ...level }, { date: 'desc' });
    const counts = await this.#counts(state, null, level, response);
    const results = listing ? response.results : [];
    return {
      mode: listing ? 'filters' : 'idle',
      total: results.length,
      counts,
      terms: [],
      dropped: [],
      within: [],
      documents: [],
      ...this.#pager(
        results.map((r) => ({ result: r })),
        [],
      ),
    };
  }

  async #byText(state: SearchState, parts: QueryPart[], facets: Record<string, unknown>): Promise<SearchOutcome> {
    // 1. Each part verbatim, unfiltered: whether to cut it into words, and for ranking.
    const verbatim = await Promise.all(
      parts.map(async (part) => {
        const phrase = phraseQuery(part);
        if (phrase === null) return null;
        const response = await this.#search(phrase, TEXT_LEVELS);
        return new Set(response.results.map((r) => r.id));
      }),
    );
    await this.#ready;
    const wordsOf: QueryWord[][] = [];
    for (const [i, part] of parts.entries()) {
      const found = verbatim[i];
      if (!found || part.quoted) {
        wordsOf.push([part]);
        continue;
      }
      // A part found verbatim is looked for as it is (its bigrams); one found nowhere by its words.
      wordsOf.push(found.size > 0 ? [part] : partWords(part, await this.#wordCutter()));
    }

    // 2. Everything at once.
    let words = wordsOf.flat();
    let dropped: QueryWord[] = [];
    let within: string[] = [];
    let scope: Record<string, unknown> = { ...facets, ...TEXT_LEVELS };
    let response = await this.#search(tokensOf(words), scope);

    // 3. Nothing holds everything: compound words as their parts (签订协议 → 签订, 协议), then
    // narrow to named documents, else drop words.
    if (response.results.length === 0) {
      const cut = await this.#wordCutter();
      const quoted = new Set(parts.filter((p) => p.quoted).map((p) => p.text));
      const finer = words.flatMap((w) => (quoted.has(w.text) ? null : subWords(w, cut)) ?? [w]);
      if (finer.length > words.length) {
        const retry = await this.#search(tokensOf(finer), scope);
        if (retry.results.length > 0) {
          words = finer;
          response = retry;
        }
      }
    }
    if (response.results.length === 0 && words.length > 1) {
      const narrowed = await this.#narrowToDocuments(parts, wordsOf, scope);
      if (narrowed) {
        ({ words, scope, response } = narrowed);
        within = narrowed.titles;
      } else {
        const relaxed = await this.#relax(words, scope);
        if (relaxed) {
          dropped = words.filter((w) => !relaxed.words.includes(w));
          ({ words, response } = relaxed);
        }
      }
    }

    // 4. Rank: parts found verbatim first, then Pagefind's score. A quoted part must be there
    // verbatim, not only its bigrams.
    const required = verbatim.filter((set, i) => set && parts[i]!.quoted);
    const ranked = response.results
      .filter((result) => required.every((set) => set!.has(result.id)))
      .map((result, order) => ({ result, order, verbatim: verbatim.filter((set) => set?.has(result.id)).length }))
      .sort((a, b) => b.verbatim - a.verbatim || b.result.score - a.result.score || a.order - b.order);

    // 5. Documents named by the query, and the facet counts.
    const terms = words.map((w) => w.values);
    const [documents, counts] = await Promise.all([
      this.#namedDocuments(parts, facets, terms),
      this.#counts(state, tokensOf(words), omitFacets(scope), response),
    ]);
    return {
      mode: 'text',
      total: ranked.length,
      counts,
      terms,
      dropped: dropped.map((w) => termText(w.values)),
      within,
      documents,
      ...this.#pager(ranked, terms),
    };
  }

  /**
   * When a part names documents (its text is in their titles) and the other words are found
   * together inside them: the search restricted to those documents.
   */
  async #narrowToDocuments(parts: QueryPart[], wordsOf: QueryWord[][], scope: Record<string, unknown>) {
    for (const [i, part] of parts.entries()) {
      const phrase = phraseQuery(part);
      if (phrase === null) continue;
      const named = await this.#search(phrase, { level: 'doc' });
      if (named.results.length === 0) continue;
      const data = (await Promise.all(named.results.slice(0, 20).map(loadData))).filter((d) => d !== null);
      const rest = wordsOf.filter((_, j) => j !== i).flat();
      if (rest.length === 0) continue;
      const narrowed = { ...scope, doc: { any: data.map((d) => d.meta.doc ?? '') } };
      const response = await this.#search(tokensOf(rest), narrowed);
      if (response.results.length > 0) return { words: rest, scope: narrowed, response, titles: data.map((d) => d.meta.title ?? '') };
    }
    return null;
  }

  /**
   * The words to keep when not all are found together: words found nowhere go first; then the
   * subsets found together that cover most of what was typed (in symbols), and of those the one
   * with most results. 产教融合型企业 税收 优惠 keeps 产教融合型企业 and one of the others.
   */
  async #relax(words: QueryWord[], scope: Record<string, unknown>): Promise<{ words: QueryWord[]; response: PagefindResponse } | null> {
    const frequency = await Promise.all(words.map(async (w) => (await this.#search(tokensOf([w]), scope)).results.length));
    const present = words.filter((_, i) => frequency[i]! > 0);
    const covered = (list: readonly QueryWord[]) => sum(list, (w) => w.values.length);
    let searches = 0;
    for (let size = present.length; size >= 1 && searches < MAX_RELAX_SEARCHES; size--) {
      const subsets = combinations(present, size).sort((a, b) => covered(b) - covered(a));
      let best: { words: QueryWord[]; response: PagefindResponse } | null = null;
      for (const subset of subsets) {
        // Subsets are in order of coverage: once one is found, only equals compete.
        if (best && covered(subset) < covered(best.words)) break;
        if (searches++ >= MAX_RELAX_SEARCHES) break;
        const response = await this.#search(tokensOf(subset), scope);
        if (response.results.length > (best?.response.results.length ?? 0)) best = { words: subset, response };
      }
      if (best) return best;
    }
    return null;
  }

  /**
   * Documents whose title, a short title or 文号 holds every part, when the parts make up most
   * of that name (职业教育法 of 中华人民共和国职业教育法, not 职业教育 of a long title).
   */
  async #namedDocuments(parts: QueryPart[], facets: Record<string, unknown>, terms: string[][]): Promise<ResultItem[]> {
    // Single symbols (号 of a pasted `86 号`) have no phrase; the name check below covers them.
    const phrases = parts.map(phraseQuery).filter((p): p is string => p !== null);
    if (phrases.length === 0) return [];
    const sets = await Promise.all(phrases.map((p) => this.#search(p, { ...facets, level: 'doc' })));
    const [first, ...rest] = sets;
    if (!first) return [];
    const found = first.results.filter((r) => rest.every((s) => s.results.some((o) => o.id === r.id))).slice(0, 20);
    const wanted = parts.reduce((n, p) => n + p.values.length, 0);
    const items: Array<{ item: ResultItem; coverage: number }> = [];
    for (const data of await Promise.all(found.map(loadData))) {
      if (!data) continue;
      const names = [data.meta.title ?? '', data.meta.number ?? '', ...(data.meta.short ?? '').split('、')];
      let coverage = 0;
      for (const name of names) {
        if (!name || !parts.every((p) => findTerms(name, [p.values]).length > 0)) continue;
        coverage = Math.max(coverage, wanted / symbols(name).length);
      }
      if (coverage >= TITLE_COVERAGE) items.push({ item: toItem(data, terms), coverage });
    }
    return items
      .sort((a, b) => b.coverage - a.coverage)
      .slice(0, MAX_DOCUMENTS)
      .map((x) => x.item);
  }

  /**
   * Facet counts for the current search: for a facet with no selection, Pagefind's counts;
   * for a facet with a selection, counts from the same search without it, so each value shows
   * what choosing it (too) would give.
   */
  async #counts(state: SearchState, term: string | null, base: Record<string, unknown>, response: PagefindResponse) {
    const counts = {} as Record<FacetName, Record<string, number>>;
    for (const facet of FACETS) {
      if ((state.filters[facet] ?? []).length === 0) {
        counts[facet] = response.filters[facet] ?? {};
      } else {
        const others = facetFilters(state);
        delete others[facet];
        const other = await this.#search(term, { ...others, ...base });
        counts[facet] = other.filters[facet] ?? {};
      }
    }
    return counts;
  }

  /**
   * Loads results a batch at a time, in rank order. A unit is left out when a unit inside it
   * is among the loaded results: the inner one is the more specific answer. A few results
   * are loaded ahead so that the inner unit is usually known before the outer one is shown.
   */
  #pager(ranked: Array<{ result: PagefindResult }>, terms: string[][]): Pick<SearchOutcome, 'more' | 'complete' | 'unavailable'> {
    const loaded: Array<{ meta: Record<string, string>; item: ResultItem; emitted: boolean }> = [];
    const inner = new Set<string>();
    let next = 0;
    let failed = 0;
    const outer = (meta: Record<string, string>) => Boolean(meta.unit) && inner.has(`${meta.doc}#${meta.unit}`);
    const waiting = () => loaded.filter((x) => !x.emitted && !outer(x.meta)).length;
    const more = async (count: number): Promise<ResultItem[]> => {
      while (next < ranked.length && waiting() < count + LOOKAHEAD) {
        const batch = ranked.slice(next, next + Math.max(count + LOOKAHEAD, 10));
        next += batch.length;
        const batchData = await Promise.all(batch.map(({ result }) => loadData(result)));
        for (const data of batchData) {
          if (!data) {
            failed++;
            continue;
          }
          loaded.push({ meta: data.meta, item: toItem(data, terms), emitted: false });
          for (const up of (data.meta.up ?? '').split(' ')) if (up) inner.add(`${data.meta.doc}#${up}`);
        }
        // Nothing of a whole batch loads (offline, none kept): the rest would fail alike.
        if (batchData.every((d) => d === null)) {
          failed += ranked.length - next;
          next = ranked.length;
        }
      }
      const out: ResultItem[] = [];
      for (const x of loaded) {
        if (out.length >= count) break;
        if (x.emitted || outer(x.meta)) continue;
        x.emitted = true;
        out.push(x.item);
      }
      return out;
    };
    return { more, complete: () => next >= ranked.length && waiting() === 0, unavailable: () => failed };
  }

  async #search(term: string | null, filters: Record<string, unknown>, sort?: Record<string, string>): Promise<PagefindResponse> {
    const response = await this.#pagefind.search(term, sort ? { filters, sort } : { filters });
    return response ?? { results: [], filters: {}, unfilteredResultCount: 0 };
  }

  #wordCutter(): Promise<WordCutter> {
    this.#cutter ??= this.#loadCutter();
    return this.#cutter;
  }
}

/** A result's details, or null when they cannot be loaded (offline, the fragment not kept). */
function loadData(result: PagefindResult): Promise<{ url: string; meta: Record<string, string> } | null> {
  return result.data().catch(() => null);
}

function toItem(data: { url: string; meta: Record<string, string> }, terms: string[][]): ResultItem {
  const meta = data.meta as Partial<RecordMeta>;
  const level = meta.level ?? 'unit';
  // A `doc` record's url is a key (records.ts); its result is the document page.
  const url = level === 'doc' ? data.url.replace(/#.*$/, '') : data.url;
  return {
    url,
    href: resultHref(url, terms.map(termText)),
    level,
    doc: meta.doc ?? '',
    unit: meta.unit ?? '',
    title: meta.title ?? '',
    number: meta.number ?? '',
    cite: meta.cite ?? '',
    issuers: meta.issuers ?? '',
    date: meta.date ?? '',
    excerpt: excerpt(meta.text ?? '', terms),
  };
}

/** Pagefind filters for the selected facet values: any value within a facet, all facets. */
function facetFilters(state: SearchState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const facet of FACETS) {
    const values = state.filters[facet] ?? [];
    if (values.length > 0) out[facet] = { any: values };
  }
  return out;
}

/** The non-facet part of a filter scope (level, doc). */
function omitFacets(scope: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(scope)) if (!(FACETS as readonly string[]).includes(key)) out[key] = value;
  return out;
}

function tokensOf(words: readonly QueryWord[]): string {
  return [...new Set(words.flatMap(wordTokens))].join(' ');
}

function combinations<T>(list: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (size > list.length) return [];
  const [head, ...tail] = list;
  return [...combinations(tail, size - 1).map((c) => [head!, ...c]), ...combinations(tail, size)];
}

function sum<T>(list: readonly T[], f: (x: T) => number): number {
  return list.reduce((n, x) => n + f(x), 0);
}
