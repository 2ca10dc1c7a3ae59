/**
 * The ranked search run in Node over a built site's index files (`<dist>/search/…`): the same
 * engine (src/lib/search/ranked.ts) and the same files the page uses, read from disk instead
 * of fetched. The evaluation runs its ablation rows this way (each a variant of the engine on
 * the same index); tests run it over an index built in memory.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadJieba } from '../../src/integrations/jieba.ts';
import { corpusRecords, rankedIndex } from '../../src/integrations/search-index.ts';
import { FACETS, type FacetName } from '../../src/lib/search/facets.ts';
import { groupByDocument, RankedSearch, type IndexFiles, type RankedOptions } from '../../src/lib/search/index.ts';
import type { ResultRef } from '../../tests/search-eval/metrics.ts';

/** The index of a corpus (content/policies unless given), built as the site's build builds it. */
export async function memoryIndex(policyDir?: string): Promise<IndexFiles> {
  const { records } = await corpusRecords(policyDir);
  const { cutForSearch } = await loadJieba();
  return rankedIndex(records, cutForSearch);
}

/** A search over files in memory. */
export function memorySearch(files: IndexFiles, options: RankedOptions = {}): RankedSearch {
  return new RankedSearch(async (site) => {
    const text = files.get(site);
    if (text === undefined) throw new Error(`${site}: not in the index`);
    return site.endsWith('.json') ? JSON.parse(text) : text;
  }, options);
}

/** A search over a built site's files. */
export function distSearch(dist: string, options: RankedOptions = {}): RankedSearch {
  return new RankedSearch(async (site) => {
    const text = await readFile(path.join(dist, site.slice(1)), 'utf8');
    return site.endsWith('.json') ? JSON.parse(text) : text;
  }, options);
}

const NO_FILTERS = Object.fromEntries(FACETS.map((f) => [f, [] as string[]])) as Record<FacetName, string[]>;

/** A query's first `depth` results in the order the page lists them (named documents, then clauses grouped by document). */
export async function runRanked(search: RankedSearch, q: string, depth: number): Promise<ResultRef[]> {
  const outcome = await search.run({ q, filters: NO_FILTERS });
  const items = groupByDocument([...outcome.documents, ...(await outcome.results(depth))]).flatMap((g) => g.items);
  return items.slice(0, depth).map((i) => ({ doc: i.doc, unit: i.level === 'unit' ? i.unit : null }));
}
