/**
 * The one place the ranked search meets query understanding (understand/, the query
 * understanding module): the understood query as the ranker takes it, what understanding
 * needs loaded (the thesaurus, the traditional → simplified converter when a query needs it),
 * and the answer kinds and answering phrases of a clause's text. The ranker, the index
 * builder and the page import these from here only.
 */
import {
  answerKinds as kindsOf,
  answerSpans as spansOf,
  hasTraditional,
  loadThesaurus,
  loadToSimplified,
  understandQuery,
  type Intent,
  type QueryTerm,
  type Thesaurus,
  type UnderstoodQuery,
} from './understand/index.ts';

export type { Intent, QueryTerm, Thesaurus, UnderstoodQuery };

/** What understanding a query needs. */
export interface UnderstandContext {
  /** The index's terms. */
  vocabulary: ReadonlySet<string>;
  thesaurus: Thesaurus;
}

/** A span of text that answers a kind of question: an amount, a date, a 不得 sentence. */
export interface AnswerSpan {
  start: number;
  end: number;
  kind: Intent;
}

/** The thesaurus from the text of synonyms.txt (messages are the build's business). */
export function readThesaurus(text: string): Thesaurus {
  return loadThesaurus(text, 'synonyms.txt');
}

/**
 * Understands a query; loads the traditional → simplified converter first when the query has
 * a character it changes (and only then).
 */
export async function understand(q: string, ctx: UnderstandContext): Promise<UnderstoodQuery> {
  const toSimplified = hasTraditional(q) ? await loadToSimplified() : undefined;
  return understandQuery(q, { vocabulary: ctx.vocabulary, thesaurus: ctx.thesaurus, ...(toSimplified ? { toSimplified } : {}) });
}

/** Where a text answers the kinds of question asked (all kinds when none are given). */
export function answerSpans(text: string, kinds?: readonly Intent[]): AnswerSpan[] {
  return spansOf(text, kinds).map((s) => ({ start: s.start, end: s.end, kind: s.intent }));
}

/** The kinds of question a text answers. */
export function answerKinds(text: string): Intent[] {
  return kindsOf(text);
}
