/**
 * The currency (时效) of one document: its dates, each with how it is known, the period it
 * claims to govern, and its status as of a stated date with the sentence or rule that decides it.
 */
import type { DateBasisKind, DateRole, StatusValue } from '../vocab/status.ts';

/** Where a fact was read: the unit that holds the sentence (null: the text outside any unit, such as the 题注 or the date line), and the sentence itself. */
export interface Evidence {
  /** The document that states it. */
  docId: string;
  /** The unit id (`art-69`, `s2-1`), or null for text outside any unit or the header. */
  unit: string | null;
  /** The sentence as written; for a header fact, the header line (`人社部发〔2021〕86号`). */
  sentence: string;
  /** Its line in `content/policies/<docId>.md`, or null for a header fact. */
  line: number | null;
}

/** How a date is known. */
export interface DateBasis {
  kind: DateBasisKind;
  /** The sentence that states it (for `inherited`: the parent's sentence; for `attested`: the other document's). */
  evidence: Evidence | null;
  /** For `inherited`: the document it comes from; for `attested`: the document that states it; for `cited`: the cited document. */
  from?: string;
  /** For `corrected`: the reviewed reason; for `stated` without a sentence: how it was read. */
  reason?: string;
}

/**
 * One date of a document, ISO to the precision known: `YYYY-MM-DD`, `YYYY-MM` (a month, as
 * 今年1月…印发 states it) or `YYYY` (the year of a 文号). `notBefore` and `notAfter` are bounds,
 * not dates of the document: the latest date of the library documents its text cites, or a
 * reviewed date by which it had been published — given only to a document that states no date.
 */
export interface DocDate {
  role: DateRole;
  date: string;
  basis: DateBasis;
}

/** The period a document claims to govern; `null` ends are open. */
export interface Validity {
  from: string | null;
  to: string | null;
  /** The sentence or title that states the period or the term, if any. */
  evidence: Evidence | null;
  /** How the period was computed (有效期5年 from 2019-05-01; “十四五” = 2021—2025年). */
  rule: string | null;
}

/** A status with its basis: the sentence that states it, the rule applied, or why it is unknown. */
export interface DocStatus {
  value: StatusValue;
  /** The rule applied, in words, naming the dates and sentences it used. */
  rule: string;
  /** The sentence that decides it, when one does. */
  evidence: Evidence | null;
  /** ISO date the status holds as of. */
  asOf: string;
}

/** Everything known about a document's currency. */
export interface Currency {
  id: string;
  dates: DocDate[];
  validity: Validity;
  status: DocStatus;
}
