/** Units and citations: the addressable parts of a document and how to cite and link them. */
export { isPageUnit, listUnits, type UnitEntry } from './units.ts';
export { unitPageUrl, unitUrl } from './format.ts';
