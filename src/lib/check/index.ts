/** The citation checker: every citation of a draft with a verdict, a link and its corrected form (/check/, `npm run check-citations`). */
export { applySuggestions, contextOf } from './apply.ts';
export { createChecker, MAX_DRAFT, type CheckedCitation, type Checker, type CheckOptions, type Verdict } from './check.ts';
export { buildCheckData, type CheckData, type CheckDocument, type CheckSource, type RepealedDocument } from './data.ts';
export { unitTextsUrl, type UnitTexts } from './texts.ts';
export { standardDocNumber, type DocNumberForm } from './docnumber.ts';
