/** The document pages' pure parts: header facts, contents, citations, provenance, unit pages. */
export { citationPrefix, citationText, type CitingDocument } from './citation.ts';
export { formatDate, headerFacts, relationLabel, UNKNOWN, type HeaderFact } from './header.ts';
export { oneLine, pageUnitName, pageUnits, type PageUnit } from './pages.ts';
export { lineRange, locate, provenance, type Provenance, type ProvenanceCorrection, type ProvenanceDifference, type ProvenanceSource } from './provenance.ts';
export { diffChars, diffDisplay, type DiffDisplay, type DiffSegment, type DiffSpan } from './textdiff.ts';
export { buildToc, snippet, type TocEntry } from './toc.ts';
export { documentViews, type DocumentView, type RelatedDocument } from './site.ts';
