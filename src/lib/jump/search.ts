/**
 * The quick-jump search: documents by title, short title, abbreviation or 文号 (fuse.js for
 * the fuzzy part), and straight to a clause when the query ends with one.
 */
import Fuse from 'fuse.js/basic';
// format.ts, not the cite index: the browser bundle should not pull in the parser behind listUnits.
import { unitUrl } from '../cite/format.ts';
import { findDocNumbers } from '../text/index.ts';
import { expandUnits, type JumpDocument, type JumpIndex } from './data.ts';
import { titleKey } from '../text/index.ts';
import { docNumberMatchKey } from './normalize.ts';
import type { UnitPath } from '../address/index.ts';
import { splitJumpQuery } from './query.ts';
import { resolveClause, type CitedUnit, type ClauseMatch } from './resolve.ts';

/** One entry of the quick-jump list. */
export interface JumpResult {
  type: 'document' | 'unit';
  docId: string;
  title: string;
  docNumber: string | null;
  kind: string | null;
  year: string | null;
  /** The unit's citation inside the document (第三十六条第二款第三项); null for a document. */
  citation: string | null;
  /** False when the clause named does not exist and its nearest ancestor stands in. */
  exact: boolean;
  /** `/docs/<id>/` or `/docs/<id>/#<unit>`. */
  url: string;
}

/** Options of {@link Jumper.search}. */
export interface JumpOptions {
  /** At most this many results (8). */
  limit?: number;
  /** The document being read: a clause alone (`第三十条`) is looked up in it. */
  currentDoc?: string | null;
}

/** A search over one index. */
export interface Jumper {
  search(query: string, options?: JumpOptions): JumpResult[];
}

interface Entry {
  doc: JumpDocument;
  title: string;
  short: string[];
  abbr: string[];
  num: string;
}

interface Scored {
  doc: JumpDocument;
  score: number;
  /** The whole query is one of its names or its 文号 (after folding). */
  named: boolean;
}

/** How close a document match must be for a clause to be looked up in it (fuse: 0 is exact). */
const STRONG = 0.2;

/**
 * Prepares the search over `index` (fuse.js over folded titles, see {@link titleKey}).
 *
 * @example
 *   const jumper = createJumper(index);
 *   jumper.search('职教法第三十六条第二款第三项')[0].url // '/docs/zyjyf-2022/#art-36-p2-i3'
 *   jumper.search('人社部发[2021]86号')[0].docId        // 'rsbf-2021-86'
 */
export function createJumper(index: JumpIndex): Jumper {
  const records: Entry[] = index.documents.map((doc) => ({
    doc,
    title: titleKey(doc.title),
    short: doc.shortTitles.map(titleKey),
    abbr: doc.abbreviations.map(titleKey),
    num: doc.docNumber ? docNumberMatchKey(doc.docNumber) : '',
  }));
  const order = new Map(index.documents.map((doc, i) => [doc.id, i]));
  const fuse = new Fuse(records, {
    keys: [
      { name: 'abbr', weight: 3 },
      { name: 'title', weight: 2 },
      { name: 'short', weight: 2 },
      { name: 'num', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
  });
  const units = new Map<string, CitedUnit[]>();
  const unitsOf = (doc: JumpDocument) => {
    let list = units.get(doc.id);
    if (!list) units.set(doc.id, (list = expandUnits(doc)));
    return list;
  };

  /** Documents for a document query, best first. */
  const documents = (query: string): Scored[] => {
    const key = titleKey(query);
    if (key === '') return [];
    const scores = new Map<string, Scored>();
    const add = (doc: JumpDocument, score: number, named = false) => {
      const known = scores.get(doc.id);
      if (!known || score < known.score) scores.set(doc.id, { doc, score, named });
    };
    // A 文号 in the query (in any bracket form) names its documents outright.
    const numbers = new Set(findDocNumbers(query).map((found) => docNumberMatchKey(found.normalized)));
    const numKey = docNumberMatchKey(query);
    for (const record of records) {
      if ([record.title, ...record.short, ...record.abbr].includes(key)) add(record.doc, 0, true);
      if (record.num === '') continue;
      if (record.num === numKey) add(record.doc, 0, true);
      else if (numbers.has(record.num)) add(record.doc, 0);
      else if (/\d/.test(numKey) && numKey.length >= 4 && record.num.startsWith(numKey)) add(record.doc, 0.05);
    }
    for (const { item, score = 1 } of fuse.search(key)) {
      // Fuse scores every exact substring alike; the more of a title the query covers, the better.
      const fields = [item.title, ...item.short, ...item.abbr].filter((field) => field.includes(key));
      const coverage = Math.max(0, ...fields.map((field) => key.length / field.length));
      add(item.doc, score + 0.1 * (1 - coverage));
    }
    return [...scores.values()].sort((a, b) => a.score - b.score || (order.get(a.doc.id) ?? 0) - (order.get(b.doc.id) ?? 0));
  };

  const docById = new Map(index.documents.map((doc) => [doc.id, doc]));

  return {
    search(query, options = {}) {
      const limit = options.limit ?? 8;
      const out: JumpResult[] = [];
      const push = (result: JumpResult) => {
        if (!out.some((r) => r.url === result.url)) out.push(result);
      };

      const whole = documents(query);
      // 职教20条 is a name, not 职教 + 第二十条.
      const splits = whole.some((d) => d.named) ? [] : splitJumpQuery(query);
      const readings = splits.map((split) => ({ split, docs: split.document === '' ? [] : documents(split.document) }));
      // A reading whose document part names a document outright comes first (职教20条 + （五））.
      const outright = (docs: Scored[]) => Number(docs.some((d) => d.score === 0));
      readings.sort((a, b) => outright(b.docs) - outright(a.docs));
      const current = options.currentDoc ? docById.get(options.currentDoc) : undefined;
      for (const { split, docs } of readings) {
        const candidates =
          split.document === ''
            ? current
              ? [current]
              : []
            : docs
                .filter((d) => d.score <= STRONG)
                .slice(0, 3)
                .map((d) => d.doc);
        const found = bestMatch(split.ref, candidates, unitsOf);
        if (!found) continue;
        push(unitResult(found.doc, found.match));
        for (const { doc } of docs) push(documentResult(doc));
        break;
      }
      for (const { doc } of whole) push(documentResult(doc));
      return out.slice(0, limit);
    },
  };
}

/** The first exact match among the candidate documents, else the first approximate one. */
function bestMatch(
  ref: UnitPath,
  candidates: readonly JumpDocument[],
  unitsOf: (doc: JumpDocument) => CitedUnit[],
): { doc: JumpDocument; match: ClauseMatch } | null {
  let best: { doc: JumpDocument; match: ClauseMatch } | null = null;
  for (const doc of candidates) {
    const match = resolveClause(ref, unitsOf(doc));
    if (match?.exact) return { doc, match };
    if (match && !best) best = { doc, match };
  }
  return best;
}

function documentResult(doc: JumpDocument): JumpResult {
  return {
    type: 'document',
    docId: doc.id,
    title: doc.title,
    docNumber: doc.docNumber,
    kind: doc.kind,
    year: doc.year,
    citation: null,
    exact: true,
    url: unitUrl(doc.id, null),
  };
}

function unitResult(doc: JumpDocument, match: ClauseMatch): JumpResult {
  return { ...documentResult(doc), type: 'unit', citation: match.citation, exact: match.exact, url: unitUrl(doc.id, match.id) };
}
