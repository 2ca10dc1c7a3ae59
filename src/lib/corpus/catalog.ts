import { visitUnits, type PolicyDates, type PolicyKind, type PolicyRoot, type PolicyStatus } from '../pst/index.ts';
import type { PolicyDocument } from './load.ts';

/** Where a document's text came from: lines of one source file. */
export interface CatalogSource {
  file: string;
  startLine: number | null;
  endLine: number | null;
}

/** One document as the catalog lists it; `null` wherever the corpus does not know (status: `unknown`). */
export interface CatalogEntry {
  id: string;
  title: string;
  docNumber: string | null;
  issuers: string[];
  dates: PolicyDates;
  kind: PolicyKind | null;
  jurisdiction: string | null;
  status: PolicyStatus;
  parent: string | null;
  /** Ids of the documents whose `parent` is this one, sorted. */
  children: string[];
  /** The document page, `/docs/<id>/`. */
  url: string;
  sources: CatalogSource[];
  counts: { chapters: number; sections: number; articles: number };
}

/** The site's table of documents, written to `/data/catalog.json`. */
export interface Catalog {
  documents: CatalogEntry[];
}

/**
 * Builds the catalog from parsed documents, in their order (`loadCorpus` sorts them by id).
 *
 * Metadata comes from the frontmatter (`tree.meta`), counts from the tree, and `children` is
 * the inverse of `parent`.
 */
export function catalog(docs: readonly PolicyDocument[]): Catalog {
  const children = new Map<string, string[]>();
  for (const doc of docs) {
    const { parent } = doc.tree.meta;
    if (parent) children.set(parent, [...(children.get(parent) ?? []), doc.id]);
  }

  return {
    documents: docs.map(({ id, tree }): CatalogEntry => {
      const { meta } = tree;
      return {
        id,
        title: meta.title || id,
        docNumber: meta.docNumber,
        issuers: meta.issuers,
        dates: { ...meta.dates },
        kind: meta.kind,
        jurisdiction: meta.jurisdiction,
        status: meta.status,
        parent: meta.parent,
        children: (children.get(id) ?? []).sort(),
        url: `/docs/${id}/`,
        sources: meta.sources.map(({ file, startLine, endLine }) => ({ file, startLine, endLine })),
        counts: counts(tree),
      };
    }),
  };
}

function counts(tree: PolicyRoot): CatalogEntry['counts'] {
  const counts = { chapters: 0, sections: 0, articles: 0 };
  visitUnits(tree, (unit) => {
    if (unit.type === 'chapter') counts.chapters++;
    else if (unit.type === 'section') counts.sections++;
    else if (unit.type === 'article') counts.articles++;
  });
  return counts;
}
