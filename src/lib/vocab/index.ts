/**
 * The project's vocabulary: the kinds of document and their order, when a citation carries its
 * 文号, the labels of a document's fields and facets, the word for unknown, the status values
 * and their labels (status.ts), and the rule for a document's date (kept with the status code in
 * src/lib/status/document-date.ts, re-exported here).
 */
export { FIELD_LABELS, UNKNOWN, type FieldName } from './fields.ts';
export { citesDocNumber, KINDS, LEGAL_KINDS, UNKNOWN_KIND } from './kinds.ts';
export { documentDate } from '../status/document-date.ts';
export {
  DATE_BASIS_LABELS,
  DATE_ROLE_LABELS,
  DATE_ROLES,
  DATE_SOURCE_LABELS,
  IN_FORCE_FILTER_LABEL,
  isBound,
  LAPSED,
  LEGAL_FORCE,
  STATUS_LABELS,
  STATUS_VALUES,
  statusOfLabel,
  UNKNOWN_LABEL,
  type DateBasisKind,
  type DateRole,
  type StatusValue,
} from './status.ts';
