/**
 * Measures search quality on the labelled queries in tests/search-eval/queries.json: recall@1,
 * recall@5 and MRR at document and clause level, per kind of query and per user, for our
 * search, Pagefind out of the box and the previous engine, on the same built pages, in
 * Chromium; then an ablation of our search (the same engine and index files, run in Node).
 *
 *   npm run eval:search                 the tables
 *   npm run eval:search -- --verbose    and every query's first hits
 *   npm run eval:search -- --dist <dir> a site built with `astro build --outDir <dir>`
 *   npm run eval:search -- --dev        also tests/search-eval/dev-extra.json
 *   npm run eval:search -- --queries <file>  another labelled set of the same shape
 *   npm run eval:search -- --no-browser the ablation only (no Chromium)
 *
 * Searches compared in Chromium:
 * - ours: the real page, /search/?q=…, its result links (`a[data-result]`) in page order;
 * - the previous engine: the same page with `?engine=bigram` (Pagefind over character bigrams,
 *   every word required, words dropped until something matches) — "no ranking";
 * - Pagefind out of the box: Pagefind's default indexing of the same dist/, a result on a
 *   whole document page counted as the unit whose anchor precedes its first match (the most
 *   generous reading).
 * The ablation switches parts of ours off one at a time: the thesaurus, the answer-kind boost,
 * the phrase bonus, the title field, the coverage factor.
 *
 * Every expectation is checked against the units of the site being measured (its
 * data/docs/<id>.json) before anything runs. Serving, Chromium, the default index and byte
 * counting are shared with the benchmark (scripts/bench/harness.ts).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { WEIGHTS, type RankedOptions } from '../src/lib/search/index.ts';
import { buildDefaultIndex, hasSearch, launch, refs, routeDefaultBundle, runDefault, type Run, serve, type Server, siteUnits } from './bench/harness.ts';
import { distSearch, runRanked } from './eval/ranked-node.ts';
import { labelProblems, QUERIES_FILE as QUERIES } from '../tests/search-eval/labels.ts';
import {
  docRight,
  firstHit,
  type LabelledQuery,
  QUERY_KINDS,
  QUERY_USERS,
  type ResultRef,
  score,
  type Scores,
  unitRight,
} from '../tests/search-eval/metrics.ts';

const DEV = 'tests/search-eval/dev-extra.json';
const DEPTH = 20;
/** The kinds of query, in the order tables list them; others follow in order of appearance. */
const KINDS: readonly string[] = QUERY_KINDS;
const USERS: readonly string[] = QUERY_USERS;

const verbose = process.argv.includes('--verbose');
const distFlag = process.argv.indexOf('--dist');
const DIST = distFlag === -1 ? 'dist' : process.argv[distFlag + 1]!;
const browserless = process.argv.includes('--no-browser');

if (!hasSearch(DIST)) {
  console.error(`${DIST}/ has no search page or bundle: run \`npm run build\` first`);
  process.exit(1);
}

const queriesFlag = process.argv.indexOf('--queries');
const files = [queriesFlag === -1 ? QUERIES : process.argv[queriesFlag + 1]!, ...(process.argv.includes('--dev') ? [DEV] : [])];
const queries: LabelledQuery[] = [];
for (const file of files) queries.push(...(JSON.parse(await readFile(file, 'utf8')) as { queries: LabelledQuery[] }).queries);
const { units, texts } = await siteUnits(DIST);
const problems = labelProblems(queries, texts);
if (problems.length > 0) {
  console.error(`${files.join(', ')}: ${problems.length} bad labels\n${problems.join('\n')}`);
  process.exit(1);
}

/** One search's results for every query, in query order. */
type Runs = ResultRef[][];
const runs = new Map<string, Runs>();

if (!browserless) {
  const ootbDir = await mkdtemp(path.join(tmpdir(), 'zhijiao-eval-'));
  let server: Server | null = null;
  let browser: Browser | null = null;
  try {
    const pages = await buildDefaultIndex(DIST, path.join(ootbDir, 'pagefind'));
    console.log(`Pagefind out of the box: ${pages} pages indexed`);
    server = await serve(DIST);
    const { origin } = server;
    browser = await launch();
    for (const [label, suffix] of [
      ['ours', ''],
      ['previous engine (no ranking)', '&engine=bigram'],
    ] as const) {
      const page = await browser.newPage({ serviceWorkers: 'block' });
      const list: Runs = [];
      for (const query of queries) list.push((await runPage(page, origin, query.q, suffix)).results);
      runs.set(label, list);
      await page.close();
    }
    const ootbPage = await browser.newPage({ serviceWorkers: 'block' });
    await routeDefaultBundle(ootbPage, origin, ootbDir);
    await ootbPage.goto(`${origin}/__eval/ootb/`);
    const ootb: Runs = [];
    for (const query of queries) ootb.push((await runDefault(ootbPage, query.q, units)).results);
    runs.set('Pagefind out of the box', ootb);
    await ootbPage.close();
  } finally {
    await browser?.close();
    server?.close();
    await rm(ootbDir, { recursive: true, force: true });
  }
}

const variants: Array<[string, RankedOptions]> = [
  ['all of it (Node)', {}],
  ['no thesaurus', { noThesaurus: true }],
  ['no answer-kind boost', { weights: { ...WEIGHTS, intent: 0 } }],
  ['no phrase bonus', { weights: { ...WEIGHTS, phrase: 0 } }],
  ['no title field', { weights: { ...WEIGHTS, title: 0 } }],
  ['no coverage factor', { weights: { ...WEIGHTS, coverage: 0 } }],
];
const ablation = new Map<string, Runs>();
for (const [label, options] of variants) {
  const search = distSearch(DIST, options);
  const list: Runs = [];
  for (const query of queries) list.push(await runRanked(search, query.q, DEPTH));
  ablation.set(label, list);
}

report();

// ---------------------------------------------------------------------------------------------

async function runPage(page: Page, origin: string, q: string, suffix: string): Promise<Run> {
  const start = Date.now();
  await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}${suffix}`);
  await page.waitForFunction((query) => {
    const list = document.querySelector<HTMLElement>('[data-search-results]');
    return list?.dataset.state === 'ready' && list.dataset.query === query;
  }, q);
  const hrefs = await page.$$eval('[data-search-results] a[data-result], [data-search-results] a.search-result-link', (links) =>
    [...new Set(links)].map((a) => a.getAttribute('href') ?? ''),
  );
  return { results: refs(hrefs), ms: Date.now() - start };
}

interface Ranks {
  doc: Array<number | null>;
  clause: Array<number | null>;
}

/** First-hit ranks of a run over the queries `which` picks. */
function ranks(list: Runs, which: (q: LabelledQuery) => boolean): Ranks {
  const out: Ranks = { doc: [], clause: [] };
  for (const [i, q] of queries.entries()) {
    if (!which(q)) continue;
    out.doc.push(firstHit(list[i]!, docRight(q, texts)));
    if ((q.units ?? []).length > 0) out.clause.push(firstHit(list[i]!, unitRight(q, units, texts)));
  }
  return out;
}

function report(): void {
  const f = (x: number) => x.toFixed(2);
  const cells = (s: Scores) => (s.n === 0 ? '– | – | –' : `${f(s.r1)} | ${f(s.r5)} | ${f(s.mrr)}`);
  const kinds = [...KINDS.filter((k) => queries.some((q) => q.kind === k)), ...new Set(queries.map((q) => q.kind).filter((k) => !KINDS.includes(k)))];
  const users = USERS.filter((u) => queries.some((q) => q.user === u));
  const groups: Array<[string, (q: LabelledQuery) => boolean]> = [
    ...kinds.map((k): [string, (q: LabelledQuery) => boolean] => [k, (q) => q.kind === k]),
    ['**all**', () => true],
  ];

  if (verbose) {
    const ours = runs.get('ours') ?? ablation.get('all of it (Node)')!;
    for (const [i, q] of queries.entries()) {
      const r = ours[i]!;
      const d = firstHit(r, docRight(q, texts));
      const u = (q.units ?? []).length > 0 ? firstHit(r, unitRight(q, units, texts)) : '-';
      console.log(
        `${q.kind.padEnd(10)} ${q.q.padEnd(20, '　')} doc@${d ?? '✗'} clause@${u ?? '✗'} top ${r
          .slice(0, 3)
          .map((x) => `${x.doc}#${x.unit ?? ''}`)
          .join(' ')}`,
      );
    }
    console.log('');
  }

  const withUnits = queries.filter((q) => (q.units ?? []).length > 0).length;
  console.log(`${queries.length} queries (${files.join(' + ')}), ${withUnits} with labelled clauses; results read: the first ${DEPTH}.\n`);
  const all = new Map([...runs, ...(runs.size === 0 ? [['all of it (Node)', ablation.get('all of it (Node)')!] as const] : [])]);
  for (const [label, list] of all) {
    console.log(`### ${label}, per kind\n`);
    console.log('| kind | n | doc R@1 | doc R@5 | doc MRR | clause n | clause R@1 | clause R@5 | clause MRR |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [name, which] of groups) {
      const r = ranks(list, which);
      console.log(`| ${name} | ${r.doc.length} | ${cells(score(r.doc))} | ${r.clause.length} | ${cells(score(r.clause))} |`);
    }
    console.log('');
  }
  if (users.length > 0) {
    const list = runs.get('ours') ?? ablation.get('all of it (Node)')!;
    console.log('### ours, per user\n');
    console.log('| user | n | doc R@1 | doc R@5 | doc MRR | clause n | clause R@1 | clause R@5 | clause MRR |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const user of users) {
      const r = ranks(list, (q) => q.user === user);
      console.log(`| ${user} | ${r.doc.length} | ${cells(score(r.doc))} | ${r.clause.length} | ${cells(score(r.clause))} |`);
    }
    console.log('');
  }
  console.log('### Ablation: doc R@5 / clause R@5 per kind; MRR over all queries\n');
  const rows = [
    ...(runs.has('previous engine (no ranking)') ? [['no ranking: the previous engine', runs.get('previous engine (no ranking)')!] as const] : []),
    ...ablation,
  ];
  console.log(`| search | ${groups.map(([name]) => name).join(' | ')} | doc MRR / clause MRR |`);
  console.log(`| --- | ${groups.map(() => '---').join(' | ')} | --- |`);
  for (const [label, list] of rows) {
    const row = groups.map(([, which]) => {
      const r = ranks(list, which);
      return `${f(score(r.doc).r5)} / ${r.clause.length === 0 ? '–' : f(score(r.clause).r5)}`;
    });
    const r = ranks(list, () => true);
    console.log(`| ${label} | ${row.join(' | ')} | ${f(score(r.doc).mrr)} / ${f(score(r.clause).mrr)} |`);
  }
}
