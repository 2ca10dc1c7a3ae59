/**
 * The ranked search run in Node over an index built in memory from a corpus: the same engine
 * (src/lib/search/ranked.ts) the page runs, with files from a Map instead of fetch. The
 * evaluation uses it for the ablation rows (each a variant of the engine on the same index).
 */
import { loadJieba } from '../../src/integrations/jieba.ts';
import { corpusRecords, rankedIndex } from '../../src/integrations/search-index.ts';
import { RankedSearch, type IndexFiles, type RankedOptions } from '../../src/lib/search/index.ts';
import { FACETS, type FacetName } from '../../src/lib/search/facets.ts';
import type { ResultRef } from '../../tests/search-eval/metrics.ts';

/** The index of a corpus, built as the site's build builds it. */
export async function memoryIndex(policyDir?: string): Promise<IndexFiles> {
  const { records } = await corpusRecords(policyDir);
  const { cutForSearch } = await loadJieba();
  return rankedIndex(records, cutForSearch);
}

/** A search over files in memory. */
export function memorySearch(files: IndexFiles, options: RankedOptions = {}): RankedSearch {
  return new RankedSearch(async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`${path}: not in the index`);
    return path.endsWith('.json') ? JSON.parse(text) : text;
  }, options);
}

const NO_FILTERS = Object.fromEntries(FACETS.map((f) => [f, [] as string[]])) as Record<FacetName, string[]>;

/** A query's first `depth` results as the page lists them: named documents, then clauses. */
export async function runRanked(search: RankedSearch, q: string, depth: number): Promise<ResultRef[]> {
  const outcome = await search.run({ q, filters: NO_FILTERS });
  const items = [...outcome.documents, ...(await outcome.results(depth))];
  return items.slice(0, depth).map((i) => ({ doc: i.doc, unit: i.level === 'unit' ? i.unit : null }));
}
