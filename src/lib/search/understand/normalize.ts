/**
 * A query as the texts write it: traditional characters as simplified (when a converter is
 * given, see traditional.ts), full-width letters, digits and spaces as half-width, and every 文号
 * in its canonical form whatever brackets and spacing were typed (云政发[2021]28号,
 * 人社部发 2020 96 → 人社部发〔2020〕96号). Quoted phrases and 文号 are taken out of the query
 * here, so the rest can be cut into words.
 */
import { findDocNumbers, toHalfWidth } from '../../text/index.ts';

/** A query after normalising, with its phrases and 文号 taken out. */
export interface NormalizedQuery {
  /** The whole query, normalised. */
  normalized: string;
  /** Quoted phrases, as typed (normalised), without their quotes. */
  phrases: string[];
  /** 文号, canonical. */
  docNumbers: string[];
  /** What is left to cut into words: the query without phrases and 文号. */
  rest: string;
}

/**
 * A 文号 typed without brackets: issuer ending in a 文种 code (发, 函, 字, 令, 规, 电), a year,
 * then the serial separated by a space, 年, a dash or 第, with or without 号. The brackets are
 * put back and the result read by the 文号 parser, which also drops lead-in words.
 */
const BARE_DOC_NUMBER = /([\u3400-\u9fff]{1,10}(?:发|函|字|令|规|电))\s*((?:19|20)\d{2})(?:\s*年\s*|\s*[-—–]\s*|\s+|\s*(?=第))(?:第\s*)?(\d{1,5})(?:\s*号)?/gu;

/** Quotes people put around an exact phrase (after width folding: " and ' are half-width). */
const QUOTED = /"([^"]+)"|“([^”]+)”|「([^」]+)」|『([^』]+)』|‘([^’]+)’/gu;

/**
 * Normalises a query.
 *
 * @example
 *   normalizeQuery('人社部发2020 96 学徒').docNumbers // ['人社部发〔2020〕96号']
 *   normalizeQuery('“同等机会” 升学').phrases         // ['同等机会']
 */
export function normalizeQuery(query: string, toSimplified?: (s: string) => string): NormalizedQuery {
  let text = toHalfWidth(toSimplified ? toSimplified(query) : query);
  text = text.replace(BARE_DOC_NUMBER, (_, issuer: string, year: string, serial: string) => `${issuer}〔${year}〕${serial}号`);
  const docNumbers: string[] = [];
  // Replace from the end so earlier offsets stay right.
  for (const match of findDocNumbers(text).reverse()) {
    if (!docNumbers.includes(match.normalized)) docNumbers.unshift(match.normalized);
    text = `${text.slice(0, match.start)}${match.normalized}${text.slice(match.end)}`;
  }
  const normalized = text.replace(/\s+/gu, ' ').trim();

  const phrases: string[] = [];
  let rest = normalized.replace(QUOTED, (...groups: string[]) => {
    const phrase = groups
      .slice(1, 6)
      .find((g) => g !== undefined)!
      .trim();
    if (phrase !== '' && !phrases.includes(phrase)) phrases.push(phrase);
    return ' ';
  });
  for (const number of docNumbers) rest = rest.split(number).join(' ');
  return { normalized, phrases, docNumbers, rest: rest.replace(/\s+/gu, ' ').trim() };
}
