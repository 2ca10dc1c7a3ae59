/**
 * The project's vocabulary: the kinds of document and their order, when a citation carries its
 * 文号, the labels of a document's fields and facets, and the word for unknown. Status values and
 * the rule for a document's date live with the status code (src/lib/status) and are re-exported
 * here once it lands.
 */
export { FIELD_LABELS, UNKNOWN, type FieldName } from './fields.ts';
export { citesDocNumber, KINDS, LEGAL_KINDS, UNKNOWN_KIND } from './kinds.ts';
