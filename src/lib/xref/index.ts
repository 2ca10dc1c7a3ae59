/** Cross-references: find citations in policy text, resolve them, backlinks, missing documents. */
export { findCitations, type Found } from './find.ts';
export { Library, type LibraryDocument } from './library.ts';
export { annotateCitations, NOT_DOCUMENTS, type Citation, type CitationWarning, type Occurrence, type Target } from './resolve.ts';
export { buildLibrary, crossReference, type CrossReferences, type MissingDocument, type Place, type XrefInput } from './corpus.ts';
export { relationsOf, type Relation } from './relations.ts';
export { backlinksOf, relationsOf as documentRelations, unitBacklinks, type BacklinkUnit, type Backlinks } from './view.ts';
export { xrefCitations, type XrefOptions } from './plugin.ts';
