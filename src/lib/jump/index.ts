/** Quick jump: clause references, their resolution against a document's units, and the jump index and search. */
export { parseAbbreviations, type Abbreviation } from './abbreviations.ts';
export { buildJumpIndex, expandUnits, type JumpDocument, type JumpIndex, type JumpSource } from './data.ts';
export { docNumberMatchKey } from './normalize.ts';
export { splitJumpQuery, type ClauseQuery } from './query.ts';
export { resolveClause, type CitedUnit, type ClauseMatch } from './resolve.ts';
export { createJumper, type JumpOptions, type JumpResult, type Jumper } from './search.ts';
export { resolveCitation, type CiteMatch } from './cite.ts';
