/**
 * schema.org `Legislation` for a document page, as JSON-LD: name, 文号 (legislationIdentifier),
 * dates (legislationDate: the 成文 date, else 发布; legislationDateVersion: the latest 修改 date),
 * issuers (legislationPassedBy), jurisdiction, and legislationLegalForce from the status
 * (InForce / NotInForce / PartiallyInForce; left out where schema.org has no word).
 */
import { documentDate } from './document-date.ts';
import type { PolicyDates } from '../pst/index.ts';
import { LEGAL_FORCE, type StatusValue } from '../vocab/status.ts';

/** What the JSON-LD says about a document. */
export interface LegislationInput {
  url: string;
  title: string;
  docNumber: string | null;
  issuers: readonly string[];
  dates: PolicyDates;
  amended: string | null;
  kind: string | null;
  genre: string | null;
  jurisdiction: string | null;
  status: StatusValue;
  asOf: string | null;
}

/** The JSON-LD object. */
export function legislationJsonLd(doc: LegislationInput): Record<string, unknown> {
  const date = documentDate(doc.dates);
  const force = LEGAL_FORCE[doc.status];
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': doc.url,
    url: doc.url,
    name: doc.title,
    inLanguage: 'zh-CN',
    ...(doc.docNumber ? { legislationIdentifier: doc.docNumber } : {}),
    ...(date ? { legislationDate: date } : {}),
    ...(doc.amended ? { legislationDateVersion: doc.amended } : {}),
    ...(doc.issuers.length > 0 ? { legislationPassedBy: doc.issuers.map((name) => ({ '@type': 'GovernmentOrganization', name })) } : {}),
    ...((doc.genre ?? doc.kind) ? { legislationType: doc.genre ?? doc.kind } : {}),
    ...(doc.jurisdiction ? { legislationJurisdiction: doc.jurisdiction } : {}),
    ...(force ? { legislationLegalForce: `https://schema.org/${force}` } : {}),
    ...(doc.asOf ? { dateModified: doc.asOf } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped (\u003c) so no text of a
 * document can close the element or open a comment, whatever it contains.
 *
 * @example scriptJson({ name: '</script>' }) // '{"name":"\\u003c/script>"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
