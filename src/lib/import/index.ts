/** The importer: raw policy sources → the curated corpus. */
export { importCorpus, type CorpusInput, type CorpusOutput } from './corpus.ts';
export { importSource, type ImportedSource, type LineAccount } from './source.ts';
export { decodeSource, type DecodedSource } from './decode.ts';
export { formatMessage, type SourceMessage } from './messages.ts';
export type { CanonicalDocument, CopyRef } from './merge.ts';
export type { SourceReport, AccountRange } from './report.ts';
export type { Difference } from './diff.ts';
export type { NoiseKind, NoiseRecord } from './noise.ts';
export { checkParagraphs, DEFECT_CLASSES, type Defect, type DefectClass } from './check.ts';
export type { Decision, DecisionKind } from './paragraphs.ts';
export { paragraphCopy } from './copies.ts';
