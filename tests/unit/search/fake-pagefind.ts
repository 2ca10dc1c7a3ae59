/**
 * A small in-memory stand-in for Pagefind's search API over our records, enough to test the
 * engine without a browser: unquoted terms are ANDed and matched by prefix, a quoted term is
 * a phrase of consecutive tokens, filters take a value or `{ any: [...] }`, counts are per
 * filter value over the results, and the score favours short records that hold a term often
 * (BM25's shape, not its numbers). The real thing is tested in tests/e2e/search.spec.ts.
 */
import type { FacetCounts, Pagefind, PagefindResponse } from '../../../src/lib/search/index.ts';
import type { SearchRecord } from '../../../src/lib/search/index.ts';

export function fakePagefind(records: readonly SearchRecord[]): Pagefind & { searches: number } {
  const pages = records.map((record, i) => ({ id: `p${i}`, record, tokens: record.content.split(' ').filter(Boolean) }));
  const fake = {
    searches: 0,
    async filters(): Promise<FacetCounts> {
      return counts(pages.map((p) => p.record));
    },
    async search(term: string | null, options: { filters?: Record<string, unknown>; sort?: Record<string, string> } = {}): Promise<PagefindResponse> {
      fake.searches++;
      const wanted = (p: (typeof pages)[number]) => matchesFilters(p.record, options.filters ?? {});
      let hits: Array<{ page: (typeof pages)[number]; score: number }>;
      if (term === null) {
        hits = pages.filter(wanted).map((page) => ({ page, score: 1 }));
        const key = Object.keys(options.sort ?? {})[0];
        if (key) hits.sort((a, b) => (b.page.record.sort[key] ?? '').localeCompare(a.page.record.sort[key] ?? ''));
      } else if (/^\s*".+"\s*$/.test(term)) {
        const phrase = term.trim().slice(1, -1).split(' ');
        hits = pages.filter((p) => wanted(p) && p.tokens.some((_, i) => phrase.every((t, k) => p.tokens[i + k] === t))).map((page) => ({ page, score: 1 }));
      } else {
        const words = term.split(' ').filter(Boolean);
        hits = pages
          .filter((p) => wanted(p) && words.every((w) => p.tokens.some((t) => t.startsWith(w))))
          .map((page) => ({ page, score: words.reduce((s, w) => s + page.tokens.filter((t) => t.startsWith(w)).length, 0) / Math.sqrt(page.tokens.length) }))
          .sort((a, b) => b.score - a.score);
      }
      return {
        results: hits.map(({ page, score }) => ({
          id: page.id,
          score,
          data: async () => ({ url: page.record.url, meta: page.record.meta }),
        })),
        filters: counts(hits.map((h) => h.page.record)),
        unfilteredResultCount: hits.length,
      };
    },
  };
  return fake;
}

function matchesFilters(record: SearchRecord, filters: Record<string, unknown>): boolean {
  return Object.entries(filters).every(([key, condition]) => {
    const values = (record.filters as Record<string, string[]>)[key] ?? [];
    if (typeof condition === 'string') return values.includes(condition);
    const any = (condition as { any?: string[] }).any;
    return any ? any.some((v) => values.includes(v)) : true;
  });
}

function counts(records: readonly SearchRecord[]): FacetCounts {
  const out: FacetCounts = {};
  for (const record of records) {
    for (const [key, values] of Object.entries(record.filters)) {
      out[key] ??= {};
      for (const value of values) out[key][value] = (out[key][value] ?? 0) + 1;
    }
  }
  return out;
}
