/**
 * The quick-jump index, `/data/jump.json`: every document's title, short titles,
 * abbreviations and 文号, and its units as citations — small enough to load on first use.
 *
 * Units are stored as their citations (第三十六条第二款第三项, 二（三）); the id is left out
 * wherever {@link unitIdOf} derives it from the citation, which is most units.
 */
import { documentDate } from '../status/document-date.ts';
import type { UnitEntry } from '../cite/index.ts';
import type { PolicyMeta } from '../pst/index.ts';
import type { Abbreviation } from './abbreviations.ts';
import { parseUnitPath, unitIdOf } from '../address/index.ts';
import { shortTitlesOf, titleKey } from '../text/index.ts';
import type { CitedUnit } from './resolve.ts';

/** `/data/jump.json`. */
export interface JumpIndex {
  documents: JumpDocument[];
}

/** One document of the index. */
export interface JumpDocument {
  id: string;
  title: string;
  /** Other titles it goes by: without 中华人民共和国, from 关于, without （试行）. */
  shortTitles: string[];
  /** From content/dictionaries/abbreviations.txt. */
  abbreviations: string[];
  docNumber: string | null;
  kind: string | null;
  /** Year of the 成文 (else 发布) date. */
  year: string | null;
  /** A citation whose id {@link unitIdOf} derives, or `[citation, id]`. */
  units: Array<string | [string, string]>;
}

/** What the index is built from: one parsed document and its units (`listUnits`). */
export interface JumpSource {
  id: string;
  meta: Pick<PolicyMeta, 'title' | 'shortTitles' | 'docNumber' | 'kind' | 'role' | 'dates'>;
  units: ReadonlyArray<Pick<UnitEntry, 'id' | 'type' | 'citation'>>;
}

/** Documents people look for come before the notices, attachments and news around them. */
const ROLE_ORDER: Record<string, number> = { standalone: 0, embedded: 0, wrapper: 1, attachment: 2, news: 3, speech: 3 };

/**
 * Builds the index. Documents are ordered so that, among equally good matches, the text people
 * mean comes first: a 文号 names the 规划 before the 通知 that issues it. Abbreviations whose
 * title names no document are returned as `unmatched` for the caller to report.
 */
export function buildJumpIndex(sources: readonly JumpSource[], abbreviations: readonly Abbreviation[] = []): { index: JumpIndex; unmatched: Abbreviation[] } {
  const byTitle = new Map(sources.map((s) => [titleKey(s.meta.title), s.id]));
  const abbreviated = new Map<string, string[]>();
  const unmatched: Abbreviation[] = [];
  for (const entry of abbreviations) {
    const id = byTitle.get(titleKey(entry.title));
    if (id === undefined) unmatched.push(entry);
    else abbreviated.set(id, [...(abbreviated.get(id) ?? []), entry.abbreviation]);
  }

  const ordered = [...sources].sort((a, b) => (ROLE_ORDER[a.meta.role ?? ''] ?? 0) - (ROLE_ORDER[b.meta.role ?? ''] ?? 0));
  const documents = ordered.map(({ id, meta, units }): JumpDocument => {
    const date = documentDate(meta.dates);
    return {
      id,
      title: meta.title,
      shortTitles: shortTitlesOf(meta.title, meta.shortTitles),
      abbreviations: abbreviated.get(id) ?? [],
      docNumber: meta.docNumber,
      kind: meta.kind,
      year: date ? date.slice(0, 4) : null,
      units: encodeUnits(units),
    };
  });
  return { index: { documents }, unmatched };
}

/** The units of an index document with their ids, in document order. */
export function expandUnits(doc: Pick<JumpDocument, 'units'>): CitedUnit[] {
  return doc.units.map((unit) => {
    if (typeof unit !== 'string') return { citation: unit[0], id: unit[1] };
    const ref = parseUnitPath(unit);
    return { citation: unit, id: ref ? unitIdOf(ref) : '' };
  });
}

/** Units as citations; tables are left out, and a citation already taken keeps its first unit. */
function encodeUnits(units: JumpSource['units']): JumpDocument['units'] {
  const seen = new Set<string>();
  const out: JumpDocument['units'] = [];
  for (const unit of units) {
    if (unit.type === 'table' || unit.citation === '' || seen.has(unit.citation)) continue;
    seen.add(unit.citation);
    const ref = parseUnitPath(unit.citation);
    out.push(ref && unitIdOf(ref) === unit.id ? unit.citation : [unit.citation, unit.id]);
  }
  return out;
}
