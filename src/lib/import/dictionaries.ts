/**
 * The importer's data that is about the world, not about text: issuing bodies
 * (content/dictionaries/issuers.txt), 文号 issuer codes (docnumber-issuers.txt) and provincial
 * jurisdictions (jurisdictions.txt). Each file is one entry a line, fields separated by white
 * space, `#` comments; adding a province or a body is a data change, not a code change.
 */
import { parseIssuerDictionary } from './issuers.ts';

/** A province as titles, issuers and 文号 name it. */
export interface Jurisdiction {
  /** The short name a title or issuer opens with: 云南. */
  short: string;
  /** The jurisdiction: 云南省. */
  name: string;
  /** The code its bodies' 文号 open with (云), if listed. */
  docNumberCode: string | null;
}

/** The parsed dictionaries. */
export interface Dictionaries {
  /** Issuing bodies, longest first. */
  issuers: string[];
  /** 文号 code → issuing body, longest code first. */
  docNumberIssuers: Array<[code: string, body: string]>;
  /** Provinces, longest short name first. */
  jurisdictions: Jurisdiction[];
}

/** The dictionary files' texts. */
export interface DictionaryTexts {
  issuers: string;
  docNumberIssuers: string;
  jurisdictions: string;
}

/** Entries of a dictionary file: its non-comment lines split at white space. */
function rows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split(/\s+/));
}

/** Parse the three dictionary files. */
export function parseDictionaries(texts: DictionaryTexts): Dictionaries {
  const byLength =
    <T>(key: (x: T) => string) =>
    (a: T, b: T) =>
      key(b).length - key(a).length;
  return {
    issuers: parseIssuerDictionary(texts.issuers),
    docNumberIssuers: rows(texts.docNumberIssuers)
      .filter((r) => r.length >= 2)
      .map((r): [string, string] => [r[0]!, r[1]!])
      .sort(byLength(([code]) => code)),
    jurisdictions: rows(texts.jurisdictions)
      .filter((r) => r.length >= 2)
      .map((r) => ({ short: r[0]!, name: r[1]!, docNumberCode: r[2] ?? null }))
      .sort(byLength((j) => j.short)),
  };
}

/** The province a title or issuer opens with (中共 may precede it), or null. */
export function provinceOf(text: string, dict: Dictionaries): Jurisdiction | null {
  const t = text.replace(/^中共/, '');
  return dict.jurisdictions.find((j) => t.startsWith(j.short)) ?? null;
}

/** The body a 文号's issuer code stands for, or null. */
export function docNumberIssuer(docNumber: string, dict: Dictionaries): string | null {
  return dict.docNumberIssuers.find(([code]) => docNumber.startsWith(code))?.[1] ?? null;
}

/** The jurisdiction a 文号's code names (云政发 → 云南省), or null. */
export function docNumberJurisdiction(docNumber: string, dict: Dictionaries): string | null {
  return dict.jurisdictions.find((j) => j.docNumberCode !== null && docNumber.startsWith(j.docNumberCode))?.name ?? null;
}
