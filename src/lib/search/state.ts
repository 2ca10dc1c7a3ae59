/**
 * The search state in the URL, so a search can be shared and reloaded:
 * `/search/?q=产教融合&kind=法律&kind=部门规章&year=2022` — one parameter per selected filter
 * value, repeated for several values of one facet (any of them matches).
 */
import { FACETS, type FacetName } from './facets.ts';

/** A search: the query text and the selected values of each facet. */
export interface SearchState {
  q: string;
  filters: Record<FacetName, string[]>;
}

/** The pause after the last keystroke before the page searches (the benchmark's stand-ins copy it). */
export const TYPING_PAUSE_MS = 150;

/** The parameter that carries query terms to a document page for highlighting. */
export const HIGHLIGHT_PARAM = 'hl';

/**
 * Reads a search from URL parameters; unknown parameters are ignored, repeated values kept once.
 *
 * @example
 *   readState(new URLSearchParams('q=职业教育&kind=法律&kind=部门规章')).filters.kind // ['法律', '部门规章']
 */
export function readState(params: URLSearchParams): SearchState {
  const filters = {} as Record<FacetName, string[]>;
  for (const facet of FACETS) filters[facet] = [...new Set(params.getAll(facet).filter((v) => v !== ''))];
  return { q: params.get('q') ?? '', filters };
}

/** Writes a search as URL parameters, `q` first, facets in their page order. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  return params;
}

/** Whether any facet has a selected value. */
export function hasFilters(state: SearchState): boolean {
  return FACETS.some((facet) => (state.filters[facet] ?? []).length > 0);
}

/**
 * The link to a result, carrying the terms to highlight before the fragment:
 * `/docs/zyjyf-2022/?hl=职业教育活动周#art-12-p3`.
 */
export function resultHref(url: string, terms: readonly string[]): string {
  const hash = url.indexOf('#');
  const path = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash);
  const params = new URLSearchParams();
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}${fragment}`;
}
