/**
 * Scoring the labelled queries (queries.json): which results count as right, and recall@k and
 * MRR over a run, at document and at clause level.
 *
 * A result is a document id and, when it links to a unit, the unit id. At clause level a
 * result is right when it is an expected unit, a unit inside one (more specific), or a unit
 * that holds one no higher than its page unit (the article or top-level outline item: the
 * whole 第十二条 for an expected 第十二条第三款, not the chapter).
 */

/**
 * What kind of query it is, the rows of the per-kind table: `keyword` (the library's own words),
 * `question` (a question in full: 学徒补贴多少钱), `colloquial` (everyday words and short forms:
 * 技校老师评职称还要论文吗), `typo` (a wrong or traditional character: 國家助學金), `docnumber`
 * (a 文号 or a fragment of one), `crossdoc` (answered by several documents, all listed).
 */
export const QUERY_KINDS = ['keyword', 'question', 'colloquial', 'typo', 'docnumber', 'crossdoc'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** Who asks: a `teacher` (school life, pay, titles), an `admin` (money, conditions), an `official` (documents, clauses). */
export const QUERY_USERS = ['teacher', 'admin', 'official'] as const;
export type QueryUser = (typeof QUERY_USERS)[number];

/** One labelled query, as in queries.json. */
export interface LabelledQuery {
  q: string;
  kind: QueryKind;
  user: QueryUser;
  /** Ids of the documents that answer it (with `accept: "snippet"`, also any holding the snippet). */
  docs: string[];
  /** `doc#unit` ids of the units that answer it, each read and checked; none for title queries. */
  units?: string[];
  /** Text every expected unit contains: the evidence read in content/policies. */
  snippet?: string;
  /**
   * `listed` (default): only the listed documents and units are right. `snippet`: any unit
   * whose text holds the snippet is right too, and its document — for phrase and substring
   * queries, where every occurrence is an answer.
   */
  accept?: 'listed' | 'snippet';
  note?: string;
}

/** Unit texts by `doc#unit`, for `accept: "snippet"`. */
export type UnitTexts = ReadonlyMap<string, string>;

/** Text compared without white space (PDF copies put spaces inside phrases). */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A search result reduced to what scoring needs. */
export interface ResultRef {
  doc: string;
  unit: string | null;
}

/** What scoring needs of the corpus: a unit's parent and its page unit. */
export interface UnitInfo {
  parent: string | null;
  page: string | null;
}

/** Units by `doc#unit`. */
export type UnitTable = ReadonlyMap<string, UnitInfo>;

/** The 1-based rank of the first right result, or null. */
export function firstHit(results: readonly ResultRef[], right: (r: ResultRef) => boolean): number | null {
  const at = results.findIndex(right);
  return at === -1 ? null : at + 1;
}

/** Whether a result is one of the query's documents (or holds its snippet, when accepted). */
export function docRight(query: LabelledQuery, texts: UnitTexts): (r: ResultRef) => boolean {
  const docs = new Set(query.docs);
  if (query.accept === 'snippet' && query.snippet) {
    const needle = squash(query.snippet);
    for (const [key, text] of texts) if (squash(text).includes(needle)) docs.add(key.split('#')[0]!);
  }
  return (r) => docs.has(r.doc);
}

/** Whether a result is, holds (up to its page unit) or lies inside an expected unit. */
export function unitRight(query: LabelledQuery, units: UnitTable, texts: UnitTexts): (r: ResultRef) => boolean {
  const expected = (query.units ?? []).map((key) => {
    const [doc, unit] = key.split('#') as [string, string];
    return { doc, unit };
  });
  const needle = query.accept === 'snippet' && query.snippet ? squash(query.snippet) : null;
  return (r) => {
    if (r.unit === null) return false;
    if (needle && squash(texts.get(`${r.doc}#${r.unit}`) ?? '').includes(needle)) return true;
    return expected.some((e) => {
      if (e.doc !== r.doc) return false;
      if (e.unit === r.unit) return true;
      // r holds e, no higher than e's page unit.
      const page = units.get(`${e.doc}#${e.unit}`)?.page ?? null;
      for (let up = units.get(`${e.doc}#${e.unit}`)?.parent ?? null; up; up = units.get(`${e.doc}#${up}`)?.parent ?? null) {
        if (up === r.unit) return true;
        if (up === page) break;
      }
      // r lies inside e.
      for (let up = units.get(`${r.doc}#${r.unit}`)?.parent ?? null; up; up = units.get(`${r.doc}#${up}`)?.parent ?? null) {
        if (up === e.unit) return true;
      }
      return false;
    });
  };
}

/** Recall@1, recall@5 and MRR over the ranks of the first right result (null: none). */
export interface Scores {
  n: number;
  r1: number;
  r5: number;
  mrr: number;
}

/** Scores from first-hit ranks. */
export function score(ranks: ReadonlyArray<number | null>): Scores {
  const n = ranks.length;
  if (n === 0) return { n, r1: 0, r5: 0, mrr: 0 };
  const r1 = ranks.filter((r) => r !== null && r <= 1).length / n;
  const r5 = ranks.filter((r) => r !== null && r <= 5).length / n;
  const mrr = ranks.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0) / n;
  return { n, r1, r5, mrr };
}

/**
 * A result's document and unit from a link: `/docs/<id>/`, `/docs/<id>/<unit>/` (a unit's own
 * page), either with `?…` and `#<unit>`.
 */
export function parseResultUrl(href: string): ResultRef | null {
  const url = new URL(href, 'http://site.invalid');
  const match = url.pathname.match(/^\/docs\/([^/]+)\/(?:([^/]+)\/)?$/);
  if (!match) return null;
  const hash = decodeURIComponent(url.hash.slice(1));
  return { doc: match[1]!, unit: hash || (match[2] ? decodeURIComponent(match[2]) : null) };
}
