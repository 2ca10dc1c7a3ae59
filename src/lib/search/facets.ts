/**
 * The facets a search is filtered by and the words people see for them. Kept apart from the
 * record builder so the browser can import them without the corpus code.
 */
import type { PolicyStatus } from '../pst/index.ts';

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

/** The `status` filter values: what the corpus knows of whether a document is in force. */
export const STATUS_LABELS: Record<PolicyStatus, string> = {
  valid: '现行有效',
  amended: '已修改',
  repealed: '已废止',
  unknown: '未标明',
};

/** The filter value for documents that lack a fact (no kind, no year, no jurisdiction). */
export const UNKNOWN_VALUE = '未标明';

