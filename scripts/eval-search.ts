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
 * Every expectation is checked against the corpus before anything runs: an unknown document or
 * unit, or a snippet its unit does not contain, stops the evaluation.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import * as pagefind from 'pagefind';
import { listUnits } from '../src/lib/cite/index.ts';
import { loadCorpus } from '../src/lib/corpus/index.ts';
import {
  docRight,
  firstHit,
  parseResultUrl,
  score,
  unitRight,
  type LabelledQuery,
  type ResultRef,
  type Scores,
  squash,
  type UnitInfo,
} from '../tests/search-eval/metrics.ts';

const QUERIES = 'tests/search-eval/queries.json';
const DEPTH = 20;
const verbose = process.argv.includes('--verbose');
const distFlag = process.argv.indexOf('--dist');
const DIST = distFlag === -1 ? 'dist' : process.argv[distFlag + 1]!;
const ablation = process.argv.includes('--ablation');

interface Run {
  results: ResultRef[];
  ms: number;
}

const { queries } = JSON.parse(await readFile(QUERIES, 'utf8')) as { queries: LabelledQuery[] };
const { units, texts } = await corpusUnits();
check(queries);

if (!existsSync(path.join(DIST, 'search/index.html')) || !existsSync(path.join(DIST, 'pagefind/pagefind.js'))) {
  console.error(`${DIST}/ has no search page or bundle: run \`npm run build\` first`);
  process.exit(1);
}

const ootbDir = await mkdtemp(path.join(tmpdir(), 'zhijiao-eval-'));
let server: ChildProcess | null = null;
let browser: Browser | null = null;
try {
  await buildDefaultIndex(DIST, path.join(ootbDir, 'pagefind'));
  const port = await freePort();
  server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', DIST], { stdio: 'ignore', detached: true });
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(origin);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

  const ours: Run[] = [];
  const page = await browser.newPage();
  for (const query of queries) ours.push(await runOurs(page, origin, query.q));
  await page.close();

  const withoutVocabulary: Run[] = [];
  if (ablation) {
    const bare = await browser.newPage();
    await bare.route(`${origin}/search/words.txt`, (route) => route.fulfill({ status: 404, body: '' }));
    for (const query of queries) withoutVocabulary.push(await runOurs(bare, origin, query.q));
    await bare.close();
  }

  const ootbPage = await browser.newPage();
  await routeDefaultBundle(ootbPage, origin, ootbDir);
  await ootbPage.goto(`${origin}/__eval/ootb/`);
  const ootb: Run[] = [];
  for (const query of queries) ootb.push(await runDefault(ootbPage, query.q));
  await ootbPage.close();

  const bytesOurs = await measureOurs(browser, origin, queries);
  const bytesDefault = await measureDefault(browser, origin, ootbDir, queries);

  report(queries, { ours, ootb, bare: withoutVocabulary }, { ours: bytesOurs, ootb: bytesDefault });
} finally {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid);
  await rm(ootbDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------

/** The corpus's units, for checking labels and for clause-level scoring. */
async function corpusUnits() {
  const documents = await loadCorpus(undefined, { warn: () => {} });
  const units = new Map<string, UnitInfo>();
  const texts = new Map<string, string>();
  for (const doc of documents) {
    texts.set(doc.id, '');
    for (const unit of listUnits(doc.tree)) {
      units.set(`${doc.id}#${unit.id}`, { parent: unit.parent, page: unit.page });
      texts.set(`${doc.id}#${unit.id}`, unit.text);
    }
  }
  return { units, texts };
}

/** Stops when a label names an unknown document or unit or a snippet its unit lacks. */
function check(list: readonly LabelledQuery[]): void {
  const problems: string[] = [];
  for (const query of list) {
    if ((query.units ?? []).length > 0 && !query.snippet) problems.push(`${query.q}: units without the snippet they were checked by`);
    if (query.accept === 'snippet' && ![...texts.values()].some((t) => squash(t).includes(squash(query.snippet ?? '\u0000')))) {
      problems.push(`${query.q}: no unit holds the snippet “${query.snippet}”`);
    }
    for (const doc of query.docs) if (!texts.has(doc)) problems.push(`${query.q}: unknown document ${doc}`);
    for (const key of query.units ?? []) {
      const text = texts.get(key);
      if (text === undefined) problems.push(`${query.q}: unknown unit ${key}`);
      else if (query.snippet && !squash(text).includes(squash(query.snippet))) problems.push(`${query.q}: ${key} does not contain “${query.snippet}”`);
      if (!query.docs.includes(key.split('#')[0]!)) problems.push(`${query.q}: ${key} is not in docs`);
    }
  }
  if (problems.length > 0) {
    console.error(`${QUERIES}: ${problems.length} bad labels\n${problems.join('\n')}`);
    process.exit(1);
  }
}

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

function refs(hrefs: readonly string[]): ResultRef[] {
  return hrefs
    .map(parseResultUrl)
    .filter((r): r is ResultRef => r !== null)
    .slice(0, DEPTH);
}

/** Pagefind's default indexing of the built site. */
async function buildDefaultIndex(site: string, outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (errors.length > 0 || !index) throw new Error(`pagefind createIndex: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`pagefind addDirectory: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
    console.log(`Pagefind out of the box: ${added.page_count} pages indexed`);
  } finally {
    await pagefind.close();
  }
}

/** Serves the default bundle and a blank zh-CN page under /__eval/ootb/ on the site's origin. */
async function routeDefaultBundle(page: Page, origin: string, dir: string): Promise<void> {
  await page.route(`${origin}/__eval/ootb/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/__eval/ootb/') {
      await route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>eval</title></head><body></body></html>' });
      return;
    }
    const file = path.join(dir, pathname.replace('/__eval/ootb/', ''));
    if (!file.startsWith(dir) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    await route.fulfill({ contentType: file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream', body: await readFile(file) });
  });
}

/** A query as a reader types it into Pagefind's default search; results mapped to units. */
async function runDefault(page: Page, q: string): Promise<Run> {
  const start = Date.now();
  const raw = await page.evaluate(
    async ({ q, depth }) => {
      const pf = await import('/__eval/ootb/pagefind/pagefind.js' as string);
      // Result urls are the site's own, not under the folder the bundle is served from.
      await pf.options({ baseUrl: '/' });
      const response = await pf.search(q);
      const data = await Promise.all(response.results.slice(0, depth).map((r: { data(): Promise<unknown> }) => r.data()));
      return (data as Array<{ url: string; locations: number[]; anchors: Array<{ id: string; location: number }> }>).map((d) => ({
        url: d.url,
        first: Math.min(...d.locations),
        anchors: d.anchors.map((a) => ({ id: a.id, location: a.location })),
      }));
    },
    { q, depth: DEPTH },
  );
  const results: ResultRef[] = [];
  for (const hit of raw) {
    const ref = parseResultUrl(hit.url);
    if (!ref) continue;
    // The innermost unit whose anchor comes before the first match.
    let unit = ref.unit;
    let best = -1;
    for (const anchor of hit.anchors) {
      if (anchor.location <= hit.first && anchor.location >= best && units.has(`${ref.doc}#${anchor.id}`)) {
        best = anchor.location;
        unit = anchor.id;
      }
    }
    results.push({ doc: ref.doc, unit });
  }
  return { results, ms: Date.now() - start };
}

interface Bytes {
  /** Bytes fetched before the first query's results: scripts, wasm, metadata. */
  first: number;
  /** Bytes fetched per later query, in query order. */
  perQuery: number[];
  ms: number[];
}

/** Bytes the search page fetches per query when one reader types the queries one after another. */
async function measureOurs(browser: Browser, origin: string, list: readonly LabelledQuery[]): Promise<Bytes> {
  const page = await browser.newPage();
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
  const page = await browser.newPage();
  await routeDefaultBundle(page, origin, dir);
  const counter = countBytes(page, (url) => url.pathname.startsWith('/__eval/ootb/pagefind/'));
  await page.goto(`${origin}/__eval/ootb/`);
  const ms: number[] = [];
  for (const [i, query] of list.entries()) {
    counter.query = i;
    const start = Date.now();
    await page.evaluate(async (q) => {
      const pf = await import('/__eval/ootb/pagefind/pagefind.js' as string);
      await pf.options({ baseUrl: '/' });
      const response = await pf.search(q);
      await Promise.all(response.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
    }, query.q);
    ms.push(Date.now() - start);
    await page.waitForLoadState('networkidle');
  }
  await counter.settled();
  await page.close();
  return counter.result(list.length, ms);
}

/**
 * Counts response bytes per query: each request is put down to the query running when it
 * was sent (set `query`), so a body read late still counts where it belongs.
 */
function countBytes(page: Page, match: (url: URL) => boolean) {
  const bytes: number[] = [];
  const pending: Array<Promise<void>> = [];
  const counter = {
    query: 0,
    settled: () => Promise.all(pending),
    /** The first query carries everything loaded to run it; the others what they added. */
    result: (n: number, ms: number[]): Bytes => ({
      first: bytes[0] ?? 0,
      perQuery: Array.from({ length: n - 1 }, (_, i) => bytes[i + 1] ?? 0),
      ms: ms.slice(1),
    }),
  };
  page.on('request', (request) => {
    if (!match(new URL(request.url()))) return;
    const at = counter.query;
    pending.push(
      (async () => {
        const response = await request.response();
        const body = await response?.body().catch(() => null);
        bytes[at] = (bytes[at] ?? 0) + (body?.length ?? 0);
      })(),
    );
  });
  return counter;
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

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(origin: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${origin}/search/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer at ${origin}`);
}
