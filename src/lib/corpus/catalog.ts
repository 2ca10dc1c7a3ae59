import { visitUnits, type PolicyDates, type PolicyKind, type PolicyRoot } from '../pst/index.ts';
import { STATUS_LABELS, type Currency, type DocDate, type StatusValue } from '../status/index.ts';
import type { PolicyDocument } from './load.ts';

/** Where a status or a date is stated: the document, the unit (null: outside any unit), the sentence, and its URL. */
export interface CatalogEvidence {
  docId: string;
  unit: string | null;
  sentence: string;
  url: string;
}

/** A document's status as of a date, with its basis: the rule applied and the sentence that decides it. */
export interface CatalogStatus {
  value: StatusValue;
  label: string;
  asOf: string | null;
  basis: { rule: string; evidence: CatalogEvidence | null };
}

/** One date of a document with how it is known (本文写明, 承自所属文件, 经核校订). */
export interface CatalogDate {
  role: DocDate['role'];
  date: string;
  basis: { kind: DocDate['basis']['kind']; from: string | null; reason: string | null; evidence: CatalogEvidence | null };
}

/** Where a document's text came from: lines of one source file. */
export interface CatalogSource {
  file: string;
  startLine: number | null;
  endLine: number | null;
}

/** One document as the catalog lists it; `null` wherever the corpus does not know (status: `unknown`). */
export interface CatalogEntry {
  id: string;
  title: string;
  docNumber: string | null;
  issuers: string[];
  /** The three dates, each as known (stated, inherited, attested or corrected; see `dateBases`), `YYYY-MM` when known to the month. */
  dates: PolicyDates;
  /** Every date with its basis, `YYYY` for the year of a 文号. */
  dateBases: CatalogDate[];
  kind: PolicyKind | null;
  jurisdiction: string | null;
  status: CatalogStatus;
  /** The period it governs: from its 施行 date, to the end of a stated term or plan period. */
  validity: { from: string | null; to: string | null; rule: string | null };
  parent: string | null;
  /** Ids of the documents whose `parent` is this one, sorted. */
  children: string[];
  /** The document page, `/docs/<id>/`. */
  url: string;
  sources: CatalogSource[];
  counts: { chapters: number; sections: number; articles: number };
}

/** The site's table of documents, written to `/data/catalog.json`. */
export interface Catalog {
  /** The date every status holds as of (SOURCE_DATE_EPOCH, else the last commit touching content/). */
  asOf: string | null;
  documents: CatalogEntry[];
}

/**
 * Builds the catalog from parsed documents, in their order (`loadCorpus` sorts them by id).
 *
 * Metadata comes from the frontmatter (`tree.meta`), counts from the tree, and `children` is
 * the inverse of `parent`.
 */
export function catalog(docs: readonly PolicyDocument[], currency: ReadonlyMap<string, Currency> = new Map(), asOf: string | null = null): Catalog {
  const children = new Map<string, string[]>();
  for (const doc of docs) {
    const { parent } = doc.tree.meta;
    if (parent) children.set(parent, [...(children.get(parent) ?? []), doc.id]);
  }

  return {
    asOf,
    documents: docs.map(({ id, tree }): CatalogEntry => {
      const { meta } = tree;
      const known = currency.get(id);
      return {
        id,
        title: meta.title || id,
        docNumber: meta.docNumber,
        issuers: meta.issuers,
        dates: known ? datesOf(known.dates) : { ...meta.dates },
        dateBases: (known?.dates ?? []).map((d) => ({
          role: d.role,
          date: d.date,
          basis: { kind: d.basis.kind, from: d.basis.from ?? null, reason: d.basis.reason ?? null, evidence: evidence(d.basis.evidence) },
        })),
        kind: meta.kind,
        jurisdiction: meta.jurisdiction,
        status: known
          ? {
              value: known.status.value,
              label: STATUS_LABELS[known.status.value],
              asOf: known.status.asOf,
              basis: { rule: known.status.rule, evidence: evidence(known.status.evidence) },
            }
          : { value: 'unknown', label: STATUS_LABELS.unknown, asOf, basis: { rule: '未评估', evidence: null } },
        validity: known ? { from: known.validity.from, to: known.validity.to, rule: known.validity.rule } : { from: null, to: null, rule: null },
        parent: meta.parent,
        children: (children.get(id) ?? []).sort(),
        url: `/docs/${id}/`,
        sources: meta.sources.map(({ file, startLine, endLine }) => ({ file, startLine, endLine })),
        counts: counts(tree),
      };
    }),
  };
}

/** The three dates as known, to the day or the month (`2022-01`; a 文号 year is not a 成文日期). */
function datesOf(dates: readonly DocDate[]): PolicyDates {
  const pick = (role: DocDate['role']) => dates.find((d) => d.role === role && d.date.length >= 7)?.date ?? null;
  return { issued: pick('issued'), published: pick('published'), effective: pick('effective') };
}

function evidence(e: Currency['status']['evidence']): CatalogEvidence | null {
  if (!e) return null;
  return { docId: e.docId, unit: e.unit, sentence: e.sentence, url: `/docs/${e.docId}/${e.unit ? `#${e.unit}` : ''}` };
}

function counts(tree: PolicyRoot): CatalogEntry['counts'] {
  const counts = { chapters: 0, sections: 0, articles: 0 };
  visitUnits(tree, (unit) => {
    if (unit.type === 'chapter') counts.chapters++;
    else if (unit.type === 'section') counts.sections++;
    else if (unit.type === 'article') counts.articles++;
  });
  return counts;
}
