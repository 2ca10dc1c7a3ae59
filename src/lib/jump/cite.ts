/**
 * The citation resolver for people and programs — the quick-jump search itself, so the box and
 * `npm run cite` resolve a pasted citation the same way. A citation inside a sentence
 * (根据《…》第三十六条…的规定) is first cut out of it.
 */
import { findCitations } from '../xref/find.ts';
import type { Jumper, JumpResult } from './search.ts';
import { splitJumpQuery } from './query.ts';

/** One answer, best first. */
export interface CiteMatch {
  docId: string;
  title: string;
  unitId: string | null;
  url: string;
  /** Set when the query names a unit the document does not have: never a wrong link. */
  warning?: string;
}

/** Resolve `query` with the quick-jump search; an empty list when nothing matches. */
export function resolveCitation(query: string, jumper: Jumper): CiteMatch[] {
  let text = query.trim();
  let results = jumper.search(text, { limit: 5 });
  if (results.length === 0) {
    const first = findCitations(text).find((f) => f.kind === 'title' || f.kind === 'docNumber');
    if (first) {
      text = first.raw;
      results = jumper.search(text, { limit: 5 });
    }
  }
  const namesUnit = splitJumpQuery(text).some((q) => q.document !== '');
  return results.map((r) => toMatch(r, namesUnit));
}

function toMatch(r: JumpResult, namesUnit: boolean): CiteMatch {
  const unitId = r.type === 'unit' ? decodeURIComponent(r.url.split('#')[1] ?? '') || null : null;
  const m: CiteMatch = { docId: r.docId, title: r.title, unitId, url: r.url };
  if (namesUnit && (unitId === null || !r.exact)) m.warning = `《${r.title}》 has no such unit${unitId ? `; the nearest is ${r.citation}` : ''}`;
  return m;
}
