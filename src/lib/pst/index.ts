/** The policy syntax tree: parse a corpus file, walk its units, label them. */
export { unitLabel } from './labels.ts';
export { textPosition } from './offsets.ts';
export { parsePolicy, type ParseOptions, type ParseResult } from './parse.ts';
export type * from './types.ts';
export { plainText, visitUnits, type UnitVisitor } from './walk.ts';
