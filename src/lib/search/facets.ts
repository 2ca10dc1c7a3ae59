/**
 * The facets a search is filtered by and the words people see for them. Kept apart from the
 * record builder so the browser can import them without the corpus code.
 */

/** The facets a search can be filtered by, in the order the page shows them. */
export const FACETS = ['kind', 'issuer', 'jurisdiction', 'year', 'status'] as const;
/** One facet. */
export type FacetName = (typeof FACETS)[number];

/** Facet labels for people. */
export const FACET_LABELS: Record<FacetName, string> = {
  kind: '类别',
  issuer: '发布机关',
  jurisdiction: '地区',
  year: '年份',
  status: '效力',
};

/** The `status` filter values are the status labels of src/lib/status (现行有效, 失效（废止）, 未知 …). */
export { STATUS_LABELS } from '../vocab/status.ts';

/** The filter value for documents that lack a fact (no kind, no year, no jurisdiction): the vocabulary's word for unknown, 未知, as the status filter says it too. */
export { UNKNOWN as UNKNOWN_VALUE } from '../vocab/fields.ts';
