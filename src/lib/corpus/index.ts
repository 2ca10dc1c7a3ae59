export { catalog, type Catalog, type CatalogDate, type CatalogEntry, type CatalogEvidence, type CatalogSource, type CatalogStatus } from './catalog.ts';
export { groupByKind, KINDS, UNKNOWN_KIND, type KindGroup } from './group.ts';
export { defaultPolicyDir, formatMessage, loadCorpus, type LoadOptions, type PolicyDocument } from './load.ts';
export { ABBREVIATIONS_FILE, loadSite, readAbbreviations, type Site } from './site.ts';
