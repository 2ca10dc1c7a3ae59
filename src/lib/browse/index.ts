/** Browsing the catalog by kind, 文种, issuer, year and jurisdiction. */
export {
  byDate,
  entryDate,
  entryYear,
  FACET_LABELS,
  FACETS,
  facetValues,
  genresOf,
  latestEntries,
  LEGAL_KINDS,
  valueSlug,
  type BrowseEntry,
  type Facet,
  type FacetValue,
} from './facets.ts';
export { browseEntries } from './entries.ts';
