/**
 * Unit addresses — one module for the idea the parser, cross-references, the quick jump, search
 * records, subsidies and the citation checker all share: read a unit reference (typed, pasted or
 * in running text), name the unit it addresses (`art-36-p2-i3`), and write its citation in every
 * form officials use.
 */
export { enclosingIds, idSegment, joinId, unitIdOf } from './id.ts';
export {
  CITATION_FORM_LABELS,
  CITATION_FORMS,
  documentPart,
  formatCitation,
  formatUnitPath,
  type CitationForm,
  type CitedDocument,
  type Numerals,
  type PlainExtras,
} from './format.ts';
export { parseUnitPath } from './parse.ts';
export { readUnitRefs } from './read.ts';
export { unitPathOf } from './tree.ts';
export { ARTICLE_SIDE, type UnitPath, type UnitStep } from './types.ts';
