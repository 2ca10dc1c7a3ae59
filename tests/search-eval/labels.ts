/**
 * Checks the labelled queries (queries.json) against the corpus, so a label that no longer
 * holds — a document renamed, a unit id changed by the importer, a snippet its unit lost — is
 * reported before it skews a measurement: by `npm run check:queries`, by the unit test beside
 * the corpus, and by `eval:search` and `bench` against the built site.
 *
 * The corpus is given as unit texts keyed `doc#unit`, and each document's whole text keyed by
 * its id (listUnits' `text`, the same the search indexes), so the check runs on the Markdown
 * corpus and on a built site's data files alike.
 */
import { listUnits, type UnitEntry } from '../../src/lib/cite/index.ts';
import { plainText, type PolicyRoot } from '../../src/lib/pst/index.ts';
import { QUERY_KINDS, QUERY_USERS, squash, type LabelledQuery, type UnitTexts } from './metrics.ts';

/**
 * The texts a label is checked against, for one document: its whole text under its id, each
 * unit's text (from listUnits) under `doc#unit`.
 */
export function documentTexts(id: string, tree: PolicyRoot, units: readonly UnitEntry[]): Array<[string, string]> {
  return [[id, plainText(tree)], ...units.map((u): [string, string] => [`${id}#${u.id}`, u.text])];
}

/** The texts of a parsed corpus (loadCorpus), for {@link checkLabels}. */
export function corpusTexts(documents: Iterable<{ id: string; tree: PolicyRoot }>): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { id, tree } of documents) for (const [key, text] of documentTexts(id, tree, listUnits(tree))) texts.set(key, text);
  return texts;
}

/** Where the labelled set lives. */
export const QUERIES_FILE = 'tests/search-eval/queries.json';

/** What the check found: problems (empty when every label holds) and the counts per kind and user. */
export interface LabelReport {
  problems: string[];
  kinds: Map<string, number>;
  users: Map<string, number>;
}

/**
 * The evidence of each label, checked against the corpus: every document and unit exists, every
 * unit is in a listed document and contains the snippet (white space ignored), and a snippet
 * without units occurs in one of the documents. Messages start with the query.
 */
export function labelProblems(list: readonly LabelledQuery[], texts: UnitTexts): string[] {
  const problems: string[] = [];
  for (const query of list) {
    const say = (reason: string) => problems.push(`${query.q}: ${reason}`);
    const needle = query.snippet === undefined ? null : squash(query.snippet);
    const units = query.units ?? [];
    if (needle === '') say('empty snippet');
    if (units.length > 0 && needle === null) say('units without the snippet they were checked by');
    if (query.docs.length === 0) say('no documents');
    if (query.accept === 'snippet' && ![...texts.values()].some((t) => squash(t).includes(needle ?? '\u0000'))) {
      say(`no unit holds the snippet “${query.snippet}”`);
    }
    for (const doc of query.docs) if (!texts.has(doc)) say(`unknown document ${doc}`);
    for (const key of units) {
      const text = texts.get(key);
      const doc = key.split('#')[0]!;
      if (!key.includes('#')) say(`${key} is not a doc#unit id`);
      else if (text === undefined) say(texts.has(doc) ? `unknown unit ${key} (no such unit in ${doc})` : `unknown unit ${key}`);
      else if (needle && !squash(text).includes(needle)) say(`${key} does not contain “${query.snippet}”`);
      if (!query.docs.includes(doc)) say(`${key} is not in docs`);
    }
    if (units.length === 0 && needle && !query.docs.some((doc) => squash(texts.get(doc) ?? '').includes(needle))) {
      say(`none of its documents contains “${query.snippet}”`);
    }
  }
  return problems;
}

/**
 * Checks the labelled set as written in `file` (its JSON text): the schema (kind and user from
 * the allowed sets, no query twice) and every label's evidence. Each problem reads
 * `file:line:column: reason`, pointing at the query's `"q"`.
 *
 * @example
 *   checkLabels(readFileSync(QUERIES_FILE, 'utf8'), corpusTexts(documents)).problems // []
 */
export function checkLabels(json: string, texts: UnitTexts, file = QUERIES_FILE): LabelReport {
  const report: LabelReport = { problems: [], kinds: new Map(), users: new Map() };
  let list: LabelledQuery[];
  try {
    list = (JSON.parse(json) as { queries: LabelledQuery[] }).queries;
  } catch (error) {
    report.problems.push(`${file}:1:1: not JSON: ${(error as Error).message}`);
    return report;
  }
  if (!Array.isArray(list)) {
    report.problems.push(`${file}:1:1: no "queries" list`);
    return report;
  }
  const seen = new Set<string>();
  const kinds: readonly string[] = QUERY_KINDS;
  const users: readonly string[] = QUERY_USERS;
  let from = 0;
  for (const query of list) {
    const at = typeof query.q === 'string' ? json.indexOf(`"q": ${JSON.stringify(query.q)}`, from) : -1;
    if (at !== -1) from = at + 1;
    const where = `${file}:${place(json, at)}`;
    const say = (reason: string) => report.problems.push(`${where}: ${reason}`);
    if (typeof query.q !== 'string' || query.q.trim() === '') {
      say('a query without its text "q"');
      continue;
    }
    if (seen.has(query.q)) say(`${query.q}: the same query twice`);
    seen.add(query.q);
    if (!kinds.includes(query.kind)) say(`${query.q}: kind “${query.kind}”, expected one of ${QUERY_KINDS.join(', ')}`);
    if (!users.includes(query.user)) say(`${query.q}: user “${query.user}”, expected one of ${QUERY_USERS.join(', ')}`);
    if (!Array.isArray(query.docs)) {
      say(`${query.q}: no "docs" list`);
      continue;
    }
    for (const problem of labelProblems([query], texts)) say(problem);
    count(report.kinds, String(query.kind));
    count(report.users, String(query.user));
  }
  return report;
}

/** `line:column` (1-based) of an offset in a text, `1:1` when not found. */
function place(text: string, offset: number): string {
  if (offset < 0) return '1:1';
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
