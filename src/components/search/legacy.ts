/**
 * The previous engine (engine.ts: Pagefind over character bigrams, every word required, words
 * dropped when nothing holds them all) behind the page's engine interface, for
 * `/search/?engine=bigram` — the evaluation's "no ranking" baseline. Loaded only then.
 */
import { SearchEngine, type Pagefind, type ResultItem } from '../../lib/search/engine.ts';
import type { RankedItem } from '../../lib/search/ranked.ts';
import { vocabularyCutter } from '../../lib/search/segment.ts';
import type { PageEngine } from './search-page.ts';

const BUNDLE = '/pagefind/pagefind.js';
const VOCABULARY = '/search/bigram-words.txt';

/** The bigram engine over the site's Pagefind bundle (one shard: the real corpus). */
export async function legacyEngine(): Promise<PageEngine> {
  const pagefind = (await import(/* @vite-ignore */ BUNDLE)) as Pagefind & { init(): Promise<void> };
  await pagefind.init();
  const engine = new SearchEngine(pagefind, async () => vocabularyCutter(new Set((await (await fetch(VOCABULARY)).text()).split('\n').filter(Boolean))));
  return {
    async run(state) {
      const found = await engine.run(state);
      const items: RankedItem[] = [];
      const toRanked = (r: ResultItem): RankedItem => ({ ...r, score: 0 });
      return {
        mode: found.mode,
        understood: null,
        total: found.total,
        counts: found.counts,
        missing: found.dropped,
        documents: found.documents.map(toRanked),
        terms: found.terms,
        results: async (count) => {
          while (items.length < count && !found.complete()) {
            const next = await found.more(count - items.length);
            if (next.length === 0) break;
            items.push(...next.map(toRanked));
          }
          return items.slice(0, count);
        },
        unavailable: () => found.unavailable(),
      };
    },
  };
}
