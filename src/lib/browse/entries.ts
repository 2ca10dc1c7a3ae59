import type { Site } from '../corpus/index.ts';
import type { BrowseEntry } from './facets.ts';

/** The catalog entries of a site with each document's 文种 and role from its frontmatter. */
export function browseEntries(site: Site): BrowseEntry[] {
  const meta = new Map(site.documents.map((doc) => [doc.id, doc.tree.meta]));
  return site.catalog.documents.map((entry) => ({
    ...entry,
    genre: meta.get(entry.id)?.genre ?? null,
    role: meta.get(entry.id)?.role ?? null,
  }));
}
