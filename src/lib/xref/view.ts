/** What a document's pages show of cross-references: who cites it (and which unit), what it cites, relations, and each article's and outline item's own 法条联想. */
import type { CrossReferences, Place } from './corpus.ts';
import type { PolicyRoot } from '../pst/index.ts';
import type { Relation } from './relations.ts';
import type { Citation } from './resolve.ts';

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

/** A unit as {@link unitBacklinks} needs it (`listUnits`). */
export interface BacklinkUnit {
  id: string;
  type: string;
  parent: string | null;
}

/**
 * 法条联想: for each article and outline item of a document, the places in the library that
 * cite it or any unit inside it (a citation of 第三十六条第二款第三项 is listed under 第三十六条),
 * without repeats, in the order the corpus gives them. Citations of the document as a whole
 * are not a unit's. Given the document's tree, its own articles that cite the unit by number
 * (本法第十三条) are listed too — not 本条 or 前款, which point next door.
 */
export function unitBacklinks(xref: CrossReferences, docId: string, units: readonly BacklinkUnit[], tree?: PolicyRoot): Map<string, Place[]> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const holder = (id: string): string | null => {
    for (let u = byId.get(id); u; u = u.parent ? byId.get(u.parent) : undefined) if (u.type === 'article' || u.type === 'outline') return u.id;
    return null;
  };
  const out = new Map<string, Place[]>();
  const cited = [...(xref.citedBy.get(docId) ?? [])];
  if (tree) cited.push(...internalCitations(tree));
  for (const [unitId, places] of cited) {
    const at = unitId === '' ? null : holder(unitId);
    if (at !== null) out.set(at, dedupe([...(out.get(at) ?? []), ...places]));
  }
  return out;
}

/** A document's citations of its own units by number (本实施细则第十三条), as [cited unit, citing places]. */
function internalCitations(tree: PolicyRoot): Array<[string, Place[]]> {
  const out: Array<[string, Place[]]> = [];
  const walk = (node: { id?: unknown; citations?: Citation[]; children?: unknown[] }, unit: string | null) => {
    const here = typeof node.id === 'string' ? node.id : unit;
    for (const c of node.citations ?? []) {
      if (c.kind !== 'internal' || c.target.type !== 'document' || c.target.unitId === null) continue;
      const place: Place = { docId: tree.meta.id, unitId: here, raw: c.raw };
      for (const id of [c.target.unitId, ...c.more]) out.push([id, [place]]);
    }
    for (const child of node.children ?? []) walk(child as typeof node, here);
  };
  walk(tree as unknown as Parameters<typeof walk>[0], null);
  return out;
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
