/**
 * Currency (时效): every document's dates with how each is known, its validity period, and its
 * status as of a stated date with the sentence or rule that decides it; the status vocabulary.
 */
export { asOfDate, lastCommitDate, resolveAsOf } from './asof.ts';
/** Dates read the way the texts write them (text/dates.ts), 2022年1月 for a month. */
export { formatChineseDate } from '../text/index.ts';
export { attestedDates } from './attested.ts';
export { parseDateCorrections, readDateCorrections, type DateCorrection } from './corrections.ts';
export { currencyOf, type CurrencyInput, type CurrencyOptions } from './currency.ts';
export { sortDates, statedDates } from './dates.ts';
export { documentDate } from './document-date.ts';
export { eventsIn, parseEventDates, readEventDates, type EventDates } from './events.ts';
export { legislationJsonLd, scriptJson, type LegislationInput } from './jsonld.ts';
export {
  docNumberYear,
  effectiveClause,
  issueMentionBefore,
  noteEvents,
  periodOfTitle,
  provisionalWord,
  termOf,
  type EffectiveClause,
  type IssueMention,
  type NoteEvent,
  type Period,
  type Term,
} from './patterns.ts';
export { addYears, decideStatus, startOf, validityOf, type RuleInput } from './rules.ts';
export { statementsOf, type Statement } from './statements.ts';
export { formatCurrencySummary, summarizeCurrency, type CurrencySummary } from './summary.ts';
export type { Currency, DateBasis, DocDate, DocStatus, Evidence, Validity } from './types.ts';
// The status vocabulary lives in the shared vocabulary; the status code's users get it here too.
export * from '../vocab/status.ts';
