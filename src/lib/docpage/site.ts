/**
 * Everything the document pages of one build need about one document, computed once: its units
 * and their citations, related documents, contents, provenance and unit pages.
 */
import { listUnits, type UnitEntry } from '../cite/index.ts';
import type { CatalogEntry, PolicyDocument, Site } from '../corpus/index.ts';
import type { PolicyRole } from '../pst/index.ts';
import { citationPrefix } from './citation.ts';
import { pageUnits, type PageUnit } from './pages.ts';
import { provenance, type Provenance } from './provenance.ts';
import { buildToc, type TocEntry } from './toc.ts';

/** A document related to the one shown: its catalog entry and its role. */
export interface RelatedDocument {
  entry: CatalogEntry;
  role: PolicyRole | null;
}

/** One document as its pages show it. */
export interface DocumentView {
  doc: PolicyDocument;
  entry: CatalogEntry;
  /** Its units in document order, and by id. */
  units: UnitEntry[];
  unitsById: ReadonlyMap<string, UnitEntry>;
  /** The document part of every citation on its pages (`《…》（人社部发〔2021〕86号）`). */
  citePrefix: string;
  parent: RelatedDocument | null;
  children: RelatedDocument[];
  toc: TocEntry[];
  provenance: Provenance;
  pages: PageUnit[];
}

/**
 * The view of every document of a site, in catalog order.
 *
 * @example
 *   documentViews(await loadSite()).find((v) => v.doc.id === 'zyjyf-2022')?.citePrefix // '《中华人民共和国职业教育法》'
 */
export function documentViews(site: Site): DocumentView[] {
  let views = cache.get(site);
  if (!views) {
    views = build(site);
    cache.set(site, views);
  }
  return views;
}

/** Both page routes of a build ask for the views: they are computed once per site. */
const cache = new WeakMap<Site, DocumentView[]>();

function build(site: Site): DocumentView[] {
  const entries = new Map(site.catalog.documents.map((e) => [e.id, e]));
  const roles = new Map(site.documents.map((d) => [d.id, d.tree.meta.role]));
  const related = (id: string | null): RelatedDocument | null => {
    const entry = id === null ? undefined : entries.get(id);
    return entry ? { entry, role: roles.get(entry.id) ?? null } : null;
  };
  return site.documents.map((doc) => {
    const entry = entries.get(doc.id);
    if (!entry) throw new Error(`${doc.path}: not in the catalog`);
    const units = listUnits(doc.tree);
    return {
      doc,
      entry,
      units,
      unitsById: new Map(units.map((u) => [u.id, u])),
      citePrefix: citationPrefix(doc.tree.meta),
      parent: related(entry.parent),
      children: entry.children.flatMap((id) => related(id) ?? []),
      toc: buildToc(doc.tree),
      provenance: provenance(doc.tree.meta, units),
      pages: pageUnits(doc.tree, units),
    };
  });
}
