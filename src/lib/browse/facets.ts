/**
 * Browsing the catalog by facet — kind (and 文种 within it), issuing body, year, jurisdiction,
 * status (现行有效 … as of the build's date) —
 * with counts, an ASCII slug per value for `/browse/<facet>/<slug>/`, and the search filter
 * each value corresponds to (`/search/?kind=…`).
 */
import { pinyin } from 'pinyin-pro';
import { KINDS, UNKNOWN_KIND, type CatalogEntry } from '../corpus/index.ts';
import { documentDate, FIELD_LABELS, LEGAL_KINDS, STATUS_VALUES } from '../vocab/index.ts';
import type { PolicyRole } from '../pst/index.ts';

/** A catalog entry with what browsing needs from the frontmatter besides. */
export interface BrowseEntry extends CatalogEntry {
  /** 文种: 法, 条例, 意见, 通知 … */
  genre: string | null;
  role: PolicyRole | null;
}

/** The facets, in the order the home page shows them. */
export const FACETS = ['kind', 'genre', 'issuer', 'year', 'jurisdiction', 'status'] as const;
export type Facet = (typeof FACETS)[number];

/** Headings of the facets: the vocabulary's field labels. */
export const FACET_LABELS: Readonly<Record<Facet, string>> = {
  kind: FIELD_LABELS.kind,
  genre: FIELD_LABELS.genre,
  issuer: FIELD_LABELS.issuer,
  year: FIELD_LABELS.year,
  jurisdiction: FIELD_LABELS.jurisdiction,
  status: FIELD_LABELS.status,
};

/** The search page's filter for each facet; 文种 has none. */
const SEARCH_PARAMS: Readonly<Record<Facet, string | null>> = {
  kind: 'kind',
  genre: null,
  issuer: 'issuer',
  year: 'year',
  jurisdiction: 'jurisdiction',
  status: 'status',
};

export { LEGAL_KINDS };

/** One value of a facet and its documents. */
export interface FacetValue {
  facet: Facet;
  value: string;
  /** ASCII, unique within the facet: `guifanxingwenjian`, `2021`. */
  slug: string;
  /** The documents, newest first. */
  entries: BrowseEntry[];
  /** `/browse/<facet>/<slug>/`. */
  url: string;
  /** The search with this value as filter, or null where the search has no such filter. */
  searchUrl: string | null;
}

/**
 * The year a document is dated by (see {@link entryDate}).
 *
 * @example entryYear({ dates: { issued: '2021-11-05', published: null, effective: null } }) // '2021'
 */
export function entryYear(entry: Pick<CatalogEntry, 'dates'>): string | null {
  return entryDate(entry)?.slice(0, 4) ?? null;
}

/** The date a document is listed by (the one rule: src/lib/status/document-date.ts). */
export function entryDate(entry: Pick<CatalogEntry, 'dates'>): string | null {
  return documentDate(entry.dates);
}

/**
 * Newest first by {@link entryDate}, undated last, then by title.
 */
export function byDate(a: BrowseEntry, b: BrowseEntry): number {
  const da = entryDate(a) ?? '';
  const db = entryDate(b) ?? '';
  return da === db ? a.title.localeCompare(b.title, 'zh-CN') : da < db ? 1 : -1;
}

/**
 * The values of every facet with their documents. Kinds follow {@link KINDS}; 文种, issuers and
 * jurisdictions go by count (then name); years newest first. A document counts once under each
 * of its issuers; documents without a value for a facet are left out of it.
 */
export function facetValues(entries: readonly BrowseEntry[]): Record<Facet, FacetValue[]> {
  const values = (facet: Facet, valuesOf: (entry: BrowseEntry) => readonly string[]) => {
    const groups = new Map<string, BrowseEntry[]>();
    for (const entry of entries) {
      for (const value of new Set(valuesOf(entry))) groups.set(value, [...(groups.get(value) ?? []), entry]);
    }
    const slugs = uniqueSlugs([...groups.keys()]);
    return [...groups].map(([value, list]): FacetValue => {
      const slug = slugs.get(value)!;
      const param = SEARCH_PARAMS[facet];
      return {
        facet,
        value,
        slug,
        entries: list.sort(byDate),
        url: `/browse/${facet}/${slug}/`,
        searchUrl: param === null ? null : `/search/?${new URLSearchParams({ [param]: value })}`,
      };
    });
  };
  const byCount = (a: FacetValue, b: FacetValue) => b.entries.length - a.entries.length || a.value.localeCompare(b.value, 'zh-CN');
  const kindRank = (kind: string) => {
    const at = (KINDS as readonly string[]).indexOf(kind);
    return at === -1 ? (kind === UNKNOWN_KIND ? KINDS.length + 1 : KINDS.length) : at;
  };
  return {
    kind: values('kind', (e) => [e.kind ?? UNKNOWN_KIND]).sort((a, b) => kindRank(a.value) - kindRank(b.value)),
    genre: values('genre', (e) => (e.genre ? [e.genre] : [])).sort(byCount),
    issuer: values('issuer', (e) => e.issuers).sort(byCount),
    year: values('year', (e) => {
      const year = entryYear(e);
      return year ? [year] : [];
    }).sort((a, b) => (a.value < b.value ? 1 : -1)),
    jurisdiction: values('jurisdiction', (e) => (e.jurisdiction ? [e.jurisdiction] : [])).sort(byCount),
    // By label (the search filter's value), in the vocabulary's order: 现行有效 first.
    status: values('status', (e) => [e.status.label]).sort((a, b) => statusRank(a) - statusRank(b)),
  };
}

/** A status value's place in the vocabulary's order. */
function statusRank(value: FacetValue): number {
  return STATUS_VALUES.indexOf(value.entries[0]!.status.value);
}

/**
 * The 文种 of one kind's documents with their counts, most frequent first:
 * 规范性文件 → 意见 20, 通知 18, 方案 12 ….
 */
export function genresOf(entries: readonly BrowseEntry[]): Array<{ genre: string; count: number }> {
  const counts = new Map<string, number>();
  for (const entry of entries) if (entry.genre) counts.set(entry.genre, (counts.get(entry.genre) ?? 0) + 1);
  return [...counts].map(([genre, count]) => ({ genre, count })).sort((a, b) => b.count - a.count || a.genre.localeCompare(b.genre, 'zh-CN'));
}

/** The latest documents people look for: not the notices, attachments and news around them. */
export function latestEntries(entries: readonly BrowseEntry[], count: number): BrowseEntry[] {
  const skip: ReadonlySet<PolicyRole | null> = new Set<PolicyRole | null>(['wrapper', 'attachment', 'news', 'speech']);
  return entries
    .filter((e) => !skip.has(e.role) && entryDate(e) !== null)
    .sort(byDate)
    .slice(0, count);
}

/**
 * An ASCII slug for a facet value: digits and Latin letters as they are, Chinese characters as
 * toneless pinyin, everything else dropped.
 *
 * @example valueSlug('规范性文件') // 'guifanxingwenjian'
 * @example valueSlug('2021')       // '2021'
 */
export function valueSlug(value: string): string {
  const syllables = pinyin(value, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

/** Slugs for values, unique: a clash gets `-2`, `-3` in the values' sorted order. */
function uniqueSlugs(values: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const value of [...values].sort()) {
    const base = valueSlug(value);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    out.set(value, slug);
  }
  return out;
}
