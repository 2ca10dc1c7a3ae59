/**
 * `/data/units/<id>.json`: one document's unit texts, loaded on demand — by the /check/ page for
 * the clauses a draft cites, and by the citation previews of document pages — so no page loads
 * the text of documents it does not show. The largest document's file is about 30 kB gzip.
 */
import type { StatusValue } from '../vocab/status.ts';

/** One document's units: id → [citation, text]. */
export interface UnitTexts {
  id: string;
  title: string;
  /** The document part of its citations: 《…》（文号）. */
  citePrefix: string;
  status: StatusValue;
  /** The status in words (现行有效, 规划期已结束, 未知). */
  statusLabel: string;
  units: Record<string, [string, string]>;
}

/** Where a document's unit texts are served. */
export function unitTextsUrl(docId: string): string {
  return `/data/units/${docId}.json`;
}
