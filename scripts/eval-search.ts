/**
 * Measures search quality on the labelled queries in tests/search-eval/queries.json, for our
 * search and for Pagefind out of the box, on the same built pages, in Chromium:
 *
 *   npm run eval:search                 the table
 *   npm run eval:search -- --verbose    and every query's first hits
 *   npm run eval:search -- --dist <dir> a site built with `astro build --outDir <dir>`
 *   npm run eval:search -- --ablation   also ours without the vocabulary (the page falls back
 *                                       to the browser's Intl.Segmenter to cut queries)
 *
 * Ours is the real page: /search/?q=… served by `astro preview` from dist/, its results read
 * from `[data-search-results] a`. Pagefind out of the box is Pagefind's default indexing of the
 * same dist/ (every HTML page, its own jieba, the browser's Intl.Segmenter for the query),
 * written to a temporary folder and served to the page through request routing; a result on a
 * whole document page counts as the unit whose anchor precedes its first match (the most
 * generous reading).
 *
 * Every expectation is checked against the units of the site being measured (its
 * data/docs/<id>.json) before anything runs: an unknown document or unit, or a snippet its unit
 * does not contain, stops the evaluation. Serving, Chromium, the default index and byte
 * counting are shared with the benchmark (scripts/bench/harness.ts).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import {
  buildDefaultIndex,
  countBytes,
  type Bytes,
  DEFAULT_BUNDLE,
  hasSearch,
  launch,
  refs,
  routeDefaultBundle,
  runDefault,
  type Run,
  serve,
  type Server,
  siteUnits,
} from './bench/harness.ts';
import { labelProblems, QUERIES_FILE as QUERIES } from '../tests/search-eval/labels.ts';
import { docRight, firstHit, type LabelledQuery, score, type Scores, unitRight } from '../tests/search-eval/metrics.ts';

const verbose = process.argv.includes('--verbose');
const distFlag = process.argv.indexOf('--dist');
const DIST = distFlag === -1 ? 'dist' : process.argv[distFlag + 1]!;
const ablation = process.argv.includes('--ablation');

if (!hasSearch(DIST)) {
  console.error(`${DIST}/ has no search page or bundle: run \`npm run build\` first`);
  process.exit(1);
}

const { queries } = JSON.parse(await readFile(QUERIES, 'utf8')) as { queries: LabelledQuery[] };
const { units, texts } = await siteUnits(DIST);
const problems = labelProblems(queries, texts);
if (problems.length > 0) {
  console.error(`${QUERIES}: ${problems.length} bad labels\n${problems.join('\n')}`);
  process.exit(1);
}

const ootbDir = await mkdtemp(path.join(tmpdir(), 'zhijiao-eval-'));
let server: Server | null = null;
let browser: Browser | null = null;
try {
  const pages = await buildDefaultIndex(DIST, path.join(ootbDir, 'pagefind'));
  console.log(`Pagefind out of the box: ${pages} pages indexed`);
  server = await serve(DIST);
  const { origin } = server;
  browser = await launch();

  const ours: Run[] = [];
  const page = await browser.newPage({ serviceWorkers: 'block' });
  for (const query of queries) ours.push(await runOurs(page, origin, query.q));
  await page.close();

  const withoutVocabulary: Run[] = [];
  if (ablation) {
    const bare = await browser.newPage({ serviceWorkers: 'block' });
    await bare.route(`${origin}/search/words.txt`, (route) => route.fulfill({ status: 404, body: '' }));
    for (const query of queries) withoutVocabulary.push(await runOurs(bare, origin, query.q));
    await bare.close();
  }

  const ootbPage = await browser.newPage({ serviceWorkers: 'block' });
  await routeDefaultBundle(ootbPage, origin, ootbDir);
  await ootbPage.goto(`${origin}/__eval/ootb/`);
  const ootb: Run[] = [];
  for (const query of queries) ootb.push(await runDefault(ootbPage, query.q, units));
  await ootbPage.close();

  const bytesOurs = await measureOurs(browser, origin, queries);
  const bytesDefault = await measureDefault(browser, origin, ootbDir, queries);

  report(queries, { ours, ootb, bare: withoutVocabulary }, { ours: bytesOurs, ootb: bytesDefault });
} finally {
  await browser?.close();
  server?.close();
  await rm(ootbDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------

async function runOurs(page: Page, origin: string, q: string): Promise<Run> {
  const start = Date.now();
  await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction((query) => {
    const list = document.querySelector<HTMLElement>('[data-search-results]');
    return list?.dataset.state === 'ready' && list.dataset.query === query;
  }, q);
  const hrefs = await page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  return { results: refs(hrefs), ms: Date.now() - start };
}

/** Bytes the search page fetches per query when one reader types the queries one after another. */
async function measureOurs(browser: Browser, origin: string, list: readonly LabelledQuery[]): Promise<Bytes> {
  const page = await browser.newPage({ serviceWorkers: 'block' });
  const counter = countBytes(page, (url) => url.pathname.startsWith('/pagefind/') || url.pathname === '/search/words.txt');
  await page.goto(`${origin}/search/`);
  await page.waitForSelector('[data-search-results][data-state="ready"]', { state: 'attached' });
  const ms: number[] = [];
  for (const [i, query] of list.entries()) {
    counter.query = i;
    const start = Date.now();
    await page.fill('#search-input', query.q);
    await page.press('#search-input', 'Enter');
    await page.waitForFunction((q) => {
      const l = document.querySelector<HTMLElement>('[data-search-results]');
      return l?.dataset.state === 'ready' && l.dataset.query === q;
    }, query.q);
    ms.push(Date.now() - start);
    await page.waitForLoadState('networkidle');
  }
  await counter.settled();
  await page.close();
  return counter.result(list.length, ms);
}

/** The same for Pagefind out of the box: each search and the fragments of its first ten results. */
async function measureDefault(browser: Browser, origin: string, dir: string, list: readonly LabelledQuery[]): Promise<Bytes> {
  const page = await browser.newPage({ serviceWorkers: 'block' });
  await routeDefaultBundle(page, origin, dir);
  const counter = countBytes(page, (url) => url.pathname.startsWith('/__eval/ootb/pagefind/'));
  await page.goto(`${origin}/__eval/ootb/`);
  const ms: number[] = [];
  for (const [i, query] of list.entries()) {
    counter.query = i;
    const start = Date.now();
    await page.evaluate(
      async ({ q, bundle }) => {
        const pf = await import(bundle);
        await pf.options({ baseUrl: '/' });
        const response = await pf.search(q);
        await Promise.all(response.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
      },
      { q: query.q, bundle: DEFAULT_BUNDLE },
    );
    ms.push(Date.now() - start);
    await page.waitForLoadState('networkidle');
  }
  await counter.settled();
  await page.close();
  return counter.result(list.length, ms);
}

function report(list: readonly LabelledQuery[], runs: Record<'ours' | 'ootb' | 'bare', Run[]>, bytes: Record<'ours' | 'ootb', Bytes>): void {
  const withUnits = list.map((q, i) => ({ q, i })).filter(({ q }) => (q.units ?? []).length > 0);
  const rows: Array<[string, Scores, Scores, Bytes | null, Run[]]> = [];
  for (const [name, label] of [
    ['ours', 'ours (bigrams + vocabulary)'],
    ...(runs.bare.length > 0 ? ([['bare', 'ours, Intl.Segmenter instead of the vocabulary']] as const) : []),
    ['ootb', 'Pagefind out of the box'],
  ] as const) {
    const docRanks = list.map((q, i) => firstHit(runs[name][i]!.results, docRight(q, texts)));
    const unitRanks = withUnits.map(({ q, i }) => firstHit(runs[name][i]!.results, unitRight(q, units, texts)));
    rows.push([label, score(docRanks), score(unitRanks), name === 'bare' ? null : bytes[name], runs[name]]);
  }

  if (verbose) {
    for (const [i, q] of list.entries()) {
      const line = (name: 'ours' | 'ootb') => {
        const r = runs[name][i]!.results;
        const d = firstHit(r, docRight(q, texts));
        const u = (q.units ?? []).length > 0 ? firstHit(r, unitRight(q, units, texts)) : '-';
        const top = r[0] ? `${r[0].doc}#${r[0].unit ?? ''}` : '(none)';
        return `${name} doc@${d ?? '✗'} clause@${u ?? '✗'} top ${top}`;
      };
      console.log(`${q.q.padEnd(22, '　')} ${line('ours')} | ${line('ootb')}`);
    }
    console.log('');
  }

  const f = (x: number) => x.toFixed(3);
  const kb = (x: number) => `${(x / 1024).toFixed(1)} kB`;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  console.log(`${list.length} queries (document level), ${withUnits.length} with labelled units (clause level)\n`);
  console.log('| search | doc R@1 | doc R@5 | doc MRR | clause R@1 | clause R@5 | clause MRR | first query | later queries (median / mean) | ms to results (median) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [label, doc, unit, b] of rows) {
    const cost = b ? `${kb(b.first)} | ${kb(median(b.perQuery))} / ${kb(mean(b.perQuery))} | ${median(b.ms)}` : '– | – | –';
    console.log(`| ${label} | ${f(doc.r1)} | ${f(doc.r5)} | ${f(doc.mrr)} | ${f(unit.r1)} | ${f(unit.r5)} | ${f(unit.mrr)} | ${cost} |`);
  }
}
