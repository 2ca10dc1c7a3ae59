/** What a document's pages show of cross-references: who cites it (and which unit), what it cites, relations. */
import type { CrossReferences, Place } from './corpus.ts';
import type { Relation } from './relations.ts';

/** Places citing one target unit ('' for the document as a whole). */
export interface Backlinks {
  unitId: string;
  places: Place[];
}

/**
 * The backlinks of a document, or of some of its units (an article page passes the article and
 * its sub-units), in document order of the cited units.
 */
export function backlinksOf(xref: CrossReferences, docId: string, units?: ReadonlySet<string>, order?: readonly string[]): Backlinks[] {
  const byUnit = xref.citedBy.get(docId);
  if (!byUnit) return [];
  const rank = new Map((order ?? []).map((id, i) => [id, i]));
  return [...byUnit]
    .filter(([unitId]) => (units ? units.has(unitId) : true))
    .map(([unitId, places]) => ({ unitId, places: dedupe(places) }))
    .sort((a, b) => (a.unitId === '' ? -1 : b.unitId === '' ? 1 : (rank.get(a.unitId) ?? 1e9) - (rank.get(b.unitId) ?? 1e9)));
}

/** The relations a document takes part in, on either side. */
export function relationsOf(xref: CrossReferences, docId: string): Array<Relation & { direction: 'from' | 'to' }> {
  return xref.relations
    .filter((r) => r.from === docId || r.to === docId)
    .filter((r) => r.type !== 'issues') // shown as parent/children already
    .map((r) => ({ ...r, direction: r.from === docId ? ('from' as const) : ('to' as const) }));
}

function dedupe(places: readonly Place[]): Place[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const key = `${p.docId}#${p.unitId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
