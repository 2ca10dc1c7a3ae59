/**
 * Search records: what the Pagefind index holds, one record per addressable unit.
 *
 * Three kinds of record, told apart by the `level` filter:
 * - `unit`: an article, a 款 of an article with several, a 项 or 目, an outline item at any
 *   level, a 专栏 or a table. Its content is the unit's whole text (children included), so a
 *   query matches the most specific unit that holds all of its words; the browser then drops
 *   a matching unit when one of its descendants matches too.
 * - `text`: a document's paragraphs outside every unit (addressee lines, preambles, the text of
 *   a news item), linked to the document page.
 * - `doc`: a document's title, short titles and 文号, for documents found by name and for
 *   lists by filter alone (an empty query). Its url, `/docs/<id>/#document`, only keeps it
 *   apart from the `text` record; its results link to `/docs/<id>/`.
 * Every record carries the document's facets as filters, and its original text in `meta.text`:
 * the index content is tokens (tokens.ts), excerpts are cut from the text.
 */
import { listUnits, type UnitEntry } from '../cite/index.ts';
import type { CatalogEntry } from '../corpus/index.ts';
import type { PolicyParent, PolicyRoot } from '../pst/index.ts';
import { documentDate as dateOfDocument } from '../status/index.ts';
import { UNKNOWN_VALUE, type FacetName } from './facets.ts';
import { INDEX_LANGUAGE, indexTokens } from './tokens.ts';

/** A record as `index.addCustomRecord` takes it. */
export interface SearchRecord {
  url: string;
  /** Space-separated tokens. */
  content: string;
  language: string;
  meta: RecordMeta;
  filters: Record<FacetName | 'level' | 'doc', string[]>;
  sort: Record<string, string>;
}

/** Record kinds (the `level` filter). */
export type RecordLevel = 'unit' | 'text' | 'doc';

/**
 * What a result shows and what the browser needs to rank it, as Pagefind meta (strings only).
 * Keys are short: every one is stored in each fragment.
 */
export interface RecordMeta extends Record<string, string> {
  /** The document title (Pagefind's conventional `title`). */
  title: string;
  /** Document id. */
  doc: string;
  /** Unit id, `''` for `text` and `doc` records. */
  unit: string;
  /** Ids of the enclosing units, innermost first, space-separated. */
  up: string;
  /** The unit's citation inside its document (第十二条第三款, 二（三）), `''` if none. */
  cite: string;
  /** 文号, `''` if none. */
  number: string;
  /** Issuers joined with 、. */
  issuers: string;
  /** The date shown with a result (issued, else published, else effective), `''` if none. */
  date: string;
  /** Short titles of the document, joined with 、 (`doc` records only, else `''`). */
  short: string;
  /** The original text: unit text, or the document's own paragraphs, or the title. */
  text: string;
  /**
   * Headings of the unit and of the units above it (chapter, section, outline heading), joined
   * with a space, outermost first; `''` if none. The ranked index weighs them as a field.
   */
  head: string;
  level: RecordLevel;
  /**
   * The rule that decides the document's status, naming the sentences it used (`doc` records
   * only, else `''`): the ranked index's table of contents carries it once per document, for the
   * result's badge. The deciding sentence itself (1 kB more, gzipped) stays on the document page.
   */
  basis: string;
}

/** Unit types that become records; chapters, sections, parts and attachments are containers. */
const INDEXED: ReadonlySet<UnitEntry['type']> = new Set(['article', 'clause', 'item', 'subitem', 'outline', 'box', 'table']);

/** One document as the record builder needs it. */
export interface RecordSource {
  id: string;
  tree: PolicyRoot;
  entry: CatalogEntry;
}

/** Options for {@link documentRecords}. */
export interface RecordOptions {
  /**
   * A unit holding other indexed units and longer than this (characters) is indexed by its own
   * paragraphs only: a 一、 section of several thousand characters matches any few words
   * somewhere in it, which is no answer, and would double the index.
   */
  maxContainer?: number;
}

/**
 * The records of one document, in document order: its `doc` record, its `text` record (when
 * it has paragraphs outside units) and one `unit` record per indexed unit.
 *
 * A 款 is left out when its article has only that one: it would repeat the article.
 *
 * @example
 *   documentRecords({ id, tree, entry }).map((r) => r.url)
 *   // ['/docs/zyjyf-2022/', '/docs/zyjyf-2022/#art-1', '/docs/zyjyf-2022/#art-2', '/docs/zyjyf-2022/#art-2-p1', …]
 */
export function documentRecords({ id, tree, entry }: RecordSource, options: RecordOptions = {}): SearchRecord[] {
  const maxContainer = options.maxContainer ?? Infinity;
  const facets = documentFacets(entry);
  const base = {
    title: entry.title,
    doc: id,
    number: entry.docNumber ?? '',
    issuers: entry.issuers.join('、'),
    date: documentDate(entry) ?? '',
  };
  const make = (level: RecordLevel, url: string, content: string, meta: Partial<RecordMeta>): SearchRecord => ({
    url,
    content,
    language: INDEX_LANGUAGE,
    meta: { ...base, unit: '', up: '', cite: '', short: '', text: '', head: '', basis: '', ...meta, level },
    filters: { ...facets, level: [level], doc: [id] },
    sort: { date: documentDate(entry) ?? '0000-00-00' },
  });

  const names = [entry.title, ...tree.meta.shortTitles, entry.docNumber ?? ''].filter(Boolean);
  // Pagefind keeps one record per url: the `doc` record's url is only a key (results link to
  // the document page, see engine.ts), the `text` record's is the page itself.
  const out = [
    make('doc', `${entry.url}#document`, tokensOf(names), { text: entry.title, short: tree.meta.shortTitles.join('、'), basis: entry.status.basis.rule }),
  ];

  const own = ownParagraphs(tree);
  if (own.length > 0) out.push(make('text', entry.url, tokensOf(own), { text: own.join('\n') }));

  const units = listUnits(tree);
  const byId = new Map(units.map((u) => [u.id, u]));
  const clauses = new Map<string, number>();
  for (const unit of units) if (unit.type === 'clause' && unit.parent) clauses.set(unit.parent, (clauses.get(unit.parent) ?? 0) + 1);

  const indexed = units.filter((unit) => {
    if (!INDEXED.has(unit.type) || unit.text.trim() === '') return false;
    return !(unit.type === 'clause' && unit.parent && clauses.get(unit.parent) === 1);
  });
  const children = new Map<string, UnitEntry[]>();
  for (const unit of units) if (unit.parent) children.set(unit.parent, [...(children.get(unit.parent) ?? []), unit]);

  for (const unit of indexed) {
    const up: string[] = [];
    const heads = unit.heading ? [unit.heading] : [];
    for (let p = unit.parent; p; p = byId.get(p)?.parent ?? null) {
      up.push(p);
      const heading = byId.get(p)?.heading;
      if (heading) heads.unshift(heading);
    }
    const inner = children.get(unit.id) ?? [];
    const text = inner.length > 0 && unit.text.length > maxContainer ? ownText(unit, inner) : unit.text;
    if (text.trim() === '') continue;
    out.push(
      make('unit', `${entry.url}#${unit.id}`, tokensOf([text]), {
        unit: unit.id,
        up: up.join(' '),
        cite: unit.citation,
        text,
        head: heads.join(' '),
      }),
    );
  }
  return out;
}

/** The filter values of a document. */
export function documentFacets(entry: CatalogEntry): Record<FacetName, string[]> {
  const year = documentDate(entry)?.slice(0, 4) ?? entry.docNumber?.match(/〔(\d{4})〕/)?.[1];
  return {
    kind: [entry.kind ?? UNKNOWN_VALUE],
    issuer: entry.issuers.length > 0 ? [...new Set(entry.issuers)] : [UNKNOWN_VALUE],
    jurisdiction: [entry.jurisdiction ?? UNKNOWN_VALUE],
    year: [year ?? UNKNOWN_VALUE],
    status: [entry.status.label],
  };
}

/** The date a document is listed under (the one rule: src/lib/status/document-date.ts). */
export function documentDate(entry: CatalogEntry): string | null {
  return dateOfDocument(entry.dates);
}

/** A unit's text without its child units' texts: its label, heading and loose paragraphs. */
function ownText(unit: UnitEntry, inner: readonly UnitEntry[]): string {
  let text = unit.text;
  for (const child of inner) text = text.replace(child.text, '');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');
}

function tokensOf(texts: readonly string[]): string {
  // Each text is its own run of tokens: a phrase never spans two of them.
  return texts.flatMap((text) => indexTokens(text)).join(' ');
}

/**
 * The document's paragraphs that no unit holds: addressee lines, a preamble, the signature,
 * the text of a news item. Text inside attachments' and chapters' own headings is left out.
 */
function ownParagraphs(tree: PolicyRoot): string[] {
  const out: string[] = [];
  const walk = (node: PolicyParent) => {
    for (const child of node.children) {
      if (child.type === 'text' || child.type === 'signature' || child.type === 'dateline') out.push(child.text);
      else if (child.type === 'part' || child.type === 'chapter' || child.type === 'section' || child.type === 'attachment') walk(child);
    }
  };
  walk(tree);
  return out.filter((text) => text.trim() !== '');
}
