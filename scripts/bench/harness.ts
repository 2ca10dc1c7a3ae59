/**
 * What the search evaluation (scripts/eval-search.ts) and the search benchmark
 * (scripts/bench/search.ts) share: serving a built site, launching Chromium, the units of the
 * site being measured, Pagefind's default index of the same pages, and counting the bytes a
 * page fetches.
 *
 * Units are read from the built site (`<dist>/data/docs/<id>.json`, the structure trees the
 * site publishes), not from content/policies, so a site built from another corpus (POLICY_DIR,
 * the scaled corpora of scripts/bench/scale.ts) is measured against its own units.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import * as pagefind from 'pagefind';
import { listUnits, type UnitEntry } from '../../src/lib/cite/index.ts';
import type { PolicyRoot } from '../../src/lib/pst/index.ts';
import { documentTexts } from '../../tests/search-eval/labels.ts';
import { parseResultUrl, type ResultRef, type UnitInfo } from '../../tests/search-eval/metrics.ts';

/** Results read per query: the first page of our search. */
export const DEPTH = 20;

/** A free TCP port on 127.0.0.1 (never 4321 unless the system hands it out). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves once `origin` serves its search page. */
export async function waitFor(origin: string): Promise<void> {
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

/** A running `astro preview` of a built site; `close()` ends it and its children. */
export interface Server {
  origin: string;
  close(): void;
}

/**
 * Serves `dist` with `astro preview` on a free port, in its own process group so that closing
 * ends npx and the server it started.
 *
 * @example
 *   const server = await serve('dist');
 *   try { … `${server.origin}/search/` … } finally { server.close(); }
 */
export async function serve(dist: string): Promise<Server> {
  const port = await freePort();
  const child = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', dist], { stdio: 'ignore', detached: true });
  const server = {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      try {
        if (child.pid) process.kill(-child.pid);
      } catch {
        // Already gone.
      }
    },
  };
  try {
    await waitFor(server.origin);
  } catch (error) {
    server.close();
    throw error;
  }
  return server;
}

/** Chromium as the browser tests run it ($CHROMIUM_PATH, else Debian's). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Whether `dist` holds a built site with its search page and Pagefind bundle. */
export function hasSearch(dist: string): boolean {
  return existsSync(path.join(dist, 'search/index.html')) && existsSync(path.join(dist, 'pagefind/pagefind.js'));
}

/** One document of the built site and its units. */
export interface SiteDocument {
  id: string;
  title: string;
  units: UnitEntry[];
}

/** The units of a built site, for checking labels, clause-level scoring and the fuse.js index. */
export interface SiteUnits {
  documents: SiteDocument[];
  /** Units by `doc#unit`. */
  units: Map<string, UnitInfo>;
  /** Unit texts by `doc#unit`, and each document's whole text by its id (documentTexts). */
  texts: Map<string, string>;
}

/** Every unit of the site built into `dist`, from its `data/docs/<id>.json` trees. */
export async function siteUnits(dist: string): Promise<SiteUnits> {
  const dir = path.join(dist, 'data/docs');
  const documents: SiteDocument[] = [];
  const units = new Map<string, UnitInfo>();
  const texts = new Map<string, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const tree = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as PolicyRoot;
    const id = name.slice(0, -'.json'.length);
    const list = listUnits(tree);
    documents.push({ id, title: tree.meta.title, units: list });
    for (const [key, text] of documentTexts(id, tree, list)) texts.set(key, text);
    for (const unit of list) units.set(`${id}#${unit.id}`, { parent: unit.parent, page: unit.page });
  }
  return { documents, units, texts };
}

/** Result links as scoring reads them: documents and units, the first {@link DEPTH}. */
export function refs(hrefs: readonly string[]): ResultRef[] {
  return hrefs
    .map(parseResultUrl)
    .filter((r): r is ResultRef => r !== null)
    .slice(0, DEPTH);
}

/**
 * Pagefind's default indexing of the built site (every HTML page, its own segmentation),
 * written to `outputPath`; returns the number of pages indexed.
 */
export async function buildDefaultIndex(site: string, outputPath: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (errors.length > 0 || !index) throw new Error(`pagefind createIndex: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`pagefind addDirectory: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Where the default bundle is served on the site's origin. */
export const DEFAULT_BUNDLE = '/__eval/ootb/pagefind/pagefind.js';

const BLANK_PAGE = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>eval</title></head><body></body></html>';

/**
 * Serves the default bundle written to `dir` (its `pagefind/` folder) and a zh-CN page (blank
 * unless `html` is given) under /__eval/ootb/ on the site's origin, to a page or to every page
 * of a context. Routed responses skip the HTTP cache; Pagefind keeps what it loaded in memory.
 */
export async function routeDefaultBundle(target: Page | BrowserContext, origin: string, dir: string, html = BLANK_PAGE): Promise<void> {
  await (target as Page).route(`${origin}/__eval/ootb/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/__eval/ootb/') {
      await route.fulfill({ contentType: 'text/html', body: html });
      return;
    }
    const file = path.join(dir, pathname.replace('/__eval/ootb/', ''));
    if (!file.startsWith(dir) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    await route.fulfill({ contentType: file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream', body: await readFile(file) });
  });
}

/** A hit of the default search as the page reports it: its url, first match and anchors. */
export interface DefaultHit {
  url: string;
  first: number;
  anchors: Array<{ id: string; location: number }>;
}

/**
 * Hits of the default search as units: a result on a whole document page counts as the
 * innermost unit whose anchor comes before its first match (the most generous reading).
 */
export function defaultRefs(hits: readonly DefaultHit[], units: ReadonlyMap<string, UnitInfo>): ResultRef[] {
  const results: ResultRef[] = [];
  for (const hit of hits) {
    const ref = parseResultUrl(hit.url);
    if (!ref) continue;
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
  return results;
}

/** A query run: results as units and the wall time it took. */
export interface Run {
  results: ResultRef[];
  ms: number;
}

/** A query as a reader types it into Pagefind's default search (page on /__eval/ootb/); results mapped to units. */
export async function runDefault(page: Page, q: string, units: ReadonlyMap<string, UnitInfo>): Promise<Run> {
  const start = Date.now();
  const raw = await page.evaluate(
    async ({ q, depth, bundle }) => {
      const pf = await import(bundle);
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
    { q, depth: DEPTH, bundle: DEFAULT_BUNDLE },
  );
  return { results: defaultRefs(raw, units), ms: Date.now() - start };
}

/** Bytes of some responses: as read, gzip-compressed when that helps, and over the wire. */
export interface ByteCount {
  /** Response bodies as the page read them (astro preview sends them uncompressed). */
  raw: number;
  /** The same bodies as a compressing server would send them: gzip -6 where it makes them smaller. */
  gzip: number;
  /** Response bodies as they came over the wire (Chromium's encoded body size; 0 from the cache). */
  wire: number;
  requests: number;
}

/** What {@link countBytes} returns: set `query` before each query, read `counts` once settled. */
export interface ByteCounter {
  /** The query now running: requests sent from now on count for it. */
  query: number;
  /** Counts by query index, complete once {@link ByteCounter.settled} resolves. */
  counts: ByteCount[];
  /** The same bytes by query index and file path (gzip as in {@link ByteCount.gzip}). */
  files: Array<Map<string, number>>;
  /** Requests sent and not yet finished. */
  pending(): number;
  /** Reads the bodies of every request finished so far and counts them; resolves when done. */
  settled(): Promise<unknown>;
}

const gzipCache = new Map<string, number>();

/**
 * Counts response bytes per query on a page or a whole context: each request is put down to the
 * query running when it was sent (set `query`). Bodies are read only when asked
 * ({@link ByteCounter.settled}), so the reading does not compete with the page being timed.
 */
export function countBytes(target: Page | BrowserContext, match: (url: URL, resourceType: string) => boolean): ByteCounter {
  const counts: ByteCount[] = [];
  const files: Array<Map<string, number>> = [];
  const inFlight = new Set<Request>();
  const finished: Array<{ request: Request; at: number }> = [];
  const at = new Map<Request, number>();
  const counter: ByteCounter = {
    query: 0,
    counts,
    files,
    pending: () => inFlight.size,
    settled: () => Promise.all(finished.splice(0).map(({ request, at }) => count(request, at))),
  };
  const count = async (request: Request, query: number) => {
    const response = await request.response().catch(() => null);
    const body = await response?.body().catch(() => null);
    const sizes = response ? await request.sizes().catch(() => null) : null;
    const c = (counts[query] ??= { raw: 0, gzip: 0, wire: 0, requests: 0 });
    c.raw += body?.length ?? 0;
    const gzip = body ? gzipSize(request.url(), body) : 0;
    c.gzip += gzip;
    const byFile = (files[query] ??= new Map());
    const file = new URL(request.url()).pathname;
    byFile.set(file, (byFile.get(file) ?? 0) + gzip);
    c.wire += sizes?.responseBodySize ?? 0;
    c.requests++;
  };
  const page = target as Page;
  page.on('request', (request) => {
    if (!match(new URL(request.url()), request.resourceType())) return;
    inFlight.add(request);
    at.set(request, counter.query);
  });
  const done = (request: Request) => {
    if (!inFlight.delete(request)) return;
    finished.push({ request, at: at.get(request)! });
    at.delete(request);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return counter;
}

/** gzip -6 size of a body, or its own size when compressing does not help (Pagefind's chunks are gzip already). */
function gzipSize(url: string, body: Buffer): number {
  const key = `${url} ${body.length}`;
  let size = gzipCache.get(key);
  if (size === undefined) {
    size = Math.min(body.length, gzipSync(body, { level: 6 }).length);
    gzipCache.set(key, size);
  }
  return size;
}
