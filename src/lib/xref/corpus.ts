/**
 * Cross-references over the whole corpus: build the library, annotate every document's tree
 * with its resolved citations, and gather backlinks (被引用), what each document cites, the
 * most-cited documents missing from the library, and the counts for the report.
 */
import { listUnits } from '../cite/index.ts';
import type { PolicyRoot } from '../pst/index.ts';
import { shortTitlesOf, titleKey } from '../text/index.ts';
import { Library, type LibraryDocument } from './library.ts';
import { relationsOf, type Relation } from './relations.ts';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { xrefCitations } from './plugin.ts';
import { annotateCitations, type Citation, type CitationWarning, type Occurrence } from './resolve.ts';

/** A citing place. */
export interface Place {
  docId: string;
  unitId: string | null;
  raw: string;
}

/** A document cited but not in the library. */
export interface MissingDocument {
  title: string | null;
  docNumber: string | null;
  count: number;
  places: Place[];
}

/** Everything the site and the reports need about citations. */
export interface CrossReferences {
  /** docId → unitId ('' for the document itself) → places that cite it. */
  citedBy: Map<string, Map<string, Place[]>>;
  /** docId → the documents it cites (ids, in order of first citation). */
  cites: Map<string, string[]>;
  missing: MissingDocument[];
  /** 废止, 修订, 实施, 印发 as the texts state them. */
  relations: Relation[];
  warnings: CitationWarning[];
  counts: { found: number; resolved: number; external: number; unresolved: number };
}

/** A document as the cross-referencer needs it; with its parsed `file`, warnings are vfile messages at true places. */
export interface XrefInput {
  id: string;
  tree: PolicyRoot;
  file?: VFile;
}

/** Build the library from parsed documents. */
export function buildLibrary(documents: readonly XrefInput[], abbreviations: ReadonlyMap<string, string> = new Map()): Library {
  const byTitle = new Map<string, string[]>();
  for (const [abbr, title] of abbreviations) byTitle.set(titleKey(title), [...(byTitle.get(titleKey(title)) ?? []), abbr]);
  const docs: LibraryDocument[] = documents.map((d) => ({
    id: d.id,
    title: d.tree.meta.title,
    docNumber: d.tree.meta.docNumber,
    role: d.tree.meta.role,
    parent: d.tree.meta.parent,
    shortTitles: shortTitlesOf(d.tree.meta.title, [...d.tree.meta.shortTitles, ...(byTitle.get(titleKey(d.tree.meta.title)) ?? [])]),
    mode: d.tree.mode,
    units: new Set(listUnits(d.tree).map((u) => u.id)),
  }));
  return new Library(docs);
}

/** Annotate every document (mutating its tree) and gather the cross-references. */
export function crossReference(documents: readonly XrefInput[], library: Library): CrossReferences {
  const citedBy = new Map<string, Map<string, Place[]>>();
  const cites = new Map<string, string[]>();
  const missing = new Map<string, MissingDocument>();
  const warnings: CitationWarning[] = [];
  const counts = { found: 0, resolved: 0, external: 0, unresolved: 0 };
  for (const d of documents) {
    const r = d.file ? runXref(d.tree, d.file, library) : annotateCitations(d.tree, library);
    warnings.push(...r.warnings);
    counts.unresolved += r.warnings.length;
    for (const { fromUnit, citation } of r.occurrences) {
      counts.found++;
      const t = citation.target;
      const place: Place = { docId: d.id, unitId: fromUnit, raw: citation.raw };
      if (t.type === 'document') {
        counts.resolved++;
        if (t.docId === d.id) continue; // a document citing itself is navigation, not a backlink
        addCitedBy(citedBy, t.docId, t.unitId ?? '', place);
        for (const more of citation.more) addCitedBy(citedBy, t.docId, more, place);
        const list = cites.get(d.id) ?? [];
        if (!list.includes(t.docId)) list.push(t.docId);
        cites.set(d.id, list);
      } else if (t.type === 'external') {
        counts.external++;
        const key = t.title ? titleKey(t.title) : (t.docNumber ?? '');
        const m = missing.get(key) ?? { title: t.title, docNumber: t.docNumber, count: 0, places: [] };
        m.docNumber ??= t.docNumber;
        m.count++;
        m.places.push(place);
        missing.set(key, m);
      }
    }
  }
  const relations = documents.flatMap((d) => relationsOf(d.tree, library));
  return {
    citedBy,
    cites,
    relations,
    missing: [...missing.values()].sort((a, b) => b.count - a.count || (a.title ?? a.docNumber ?? '').localeCompare(b.title ?? b.docNumber ?? '')),
    warnings,
    counts,
  };
}

/** The xref plugin over one parsed document: its messages land on the document's file. */
function runXref(tree: PolicyRoot, file: VFile, library: Library): { warnings: CitationWarning[]; occurrences: Occurrence[] } {
  unified().use(xrefCitations, { library }).runSync(tree, file);
  return file.data.xref ?? { warnings: [], occurrences: [] };
}

function addCitedBy(map: Map<string, Map<string, Place[]>>, docId: string, unitId: string, place: Place): void {
  const byUnit = map.get(docId) ?? new Map<string, Place[]>();
  byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), place]);
  map.set(docId, byUnit);
}

export type { Citation };
