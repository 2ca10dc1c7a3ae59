/**
 * The service worker's behaviour over the Cache API, with the caches and the network passed
 * in, so the tests run it in Node with fakes (sw.ts wires it to the real events).
 *
 * - install: keep `core` (all or nothing: an install that cannot keep them fails and is retried
 *   by the browser), then carry over what the previous version had kept: its pages are fetched
 *   afresh, and the search bundle is kept again if the reader had used search.
 * - activate: delete the caches of every other version.
 * - fetch: answer by the route (policy.ts); a page that cannot be fetched or found in the cache
 *   is answered with the offline page.
 * - keep(url): a page the reader opened, told by the page once it has loaded (so this work
 *   never competes with the page's own files): the page if it loaded before the worker
 *   controlled it, its document's search fragments, and on the search page the search bundle.
 */
import type { OfflineConfig, FragmentMap } from './manifest.ts';
import { cacheKind, cacheName, documentPage, FRAGMENT_MAP, fragmentPath, OFFLINE_PAGE, route, staleCaches, type CacheKind, type Route } from './policy.ts';

/** The part of `Cache` used here. */
export interface CacheLike {
  match(key: string): Promise<Response | undefined>;
  put(key: string, response: Response): Promise<void>;
  keys(): Promise<ReadonlyArray<{ url: string }>>;
}

/** The part of `CacheStorage` used here. */
export interface CacheStorageLike {
  open(name: string): Promise<CacheLike>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<boolean>;
}

/** What the worker needs from its surroundings. */
export interface WorkerContext {
  caches: CacheStorageLike;
  fetch(input: string | Request, init?: RequestInit): Promise<Response>;
  config: OfflineConfig;
  /** The site's origin (`self.location.origin`). */
  origin: string;
  /**
   * Resolves once the pages have not asked for anything for a moment: background keeping
   * (fragments, the search bundle) waits for it before each file, so it never slows what the
   * reader is loading. Resolves at once when not given.
   */
  quiet?(): Promise<void>;
}

/** What `status()` reports; the e2e test waits on it. */
export interface OfflineStatus {
  version: string;
  /** Every file of the search bundle is kept: any query runs offline. */
  search: boolean;
  /** Pages kept (navigations and data files). */
  pages: number;
  /** Search fragments kept. */
  fragments: number;
  /** Pages, fragments or the search bundle being kept right now. */
  busy: number;
}

/** Files fetched at a time when keeping many: few, so the pages the reader opens come first. */
const PARALLEL = 3;
/** At most this many pages of the previous version are fetched afresh on install. */
const CARRY_OVER = 300;

/** The service worker's behaviour for one version of the site. */
export class OfflineWorker {
  readonly #ctx: WorkerContext;
  #search: Promise<void> | null = null;
  #fragments: Promise<FragmentMap> | null = null;
  #busy = 0;

  constructor(ctx: WorkerContext) {
    this.#ctx = ctx;
  }

  /** Keeps the core files and carries over what the previous version kept. */
  async install(): Promise<void> {
    const pages = await this.#open('pages');
    const assets = await this.#open('assets');
    await each(this.#ctx.config.core, async (path) => {
      const response = await this.#ctx.fetch(path, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`offline: ${path}: ${response.status}`);
      await (path.startsWith('/_astro/') ? assets : pages).put(this.#url(path), response);
    });
    await this.#carryOver().catch(() => {});
  }

  /** Deletes the caches of other versions. */
  async activate(): Promise<void> {
    const names = await this.#ctx.caches.keys();
    await Promise.all(staleCaches(names, this.#ctx.config.version).map((name) => this.#ctx.caches.delete(name)));
  }

  /**
   * The answer to a request, or null to leave it to the browser. `waitUntil` keeps the worker
   * alive for work done after answering (cache writes).
   */
  respond(request: Request, waitUntil: (work: Promise<unknown>) => void): Promise<Response> | null {
    const url = new URL(request.url);
    const navigate = request.mode === 'navigate';
    const found = route(url, this.#ctx.origin, navigate, request.method);
    if (!found) return null;
    if (found.strategy === 'cache-first') return this.#cacheFirst(request, found, waitUntil);
    return this.#networkFirst(request, found, navigate, waitUntil);
  }

  /** Keeps a page the reader opened, with what it needs to be read and searched offline. */
  keep(href: string): Promise<void> {
    return this.#track(this.#keep(href));
  }

  async #keep(href: string): Promise<void> {
    const url = new URL(href, this.#ctx.origin);
    const found = route(url, this.#ctx.origin, true);
    if (!found) return;
    const pages = await this.#open('pages');
    if (!(await pages.match(found.key))) {
      const response = await this.#ctx.fetch(found.key);
      if (response.ok) await pages.put(found.key, response);
    }
    await this.#keepAround(url);
  }

  /** Keeps the whole search bundle once (a failed attempt is retried on the next call). */
  keepSearch(): Promise<void> {
    this.#search ??= this.#track(this.#keepSearch()).catch((error: unknown) => {
      this.#search = null;
      throw error;
    });
    return this.#search;
  }

  async #keepSearch(): Promise<void> {
    const search = await this.#open('search');
    const pages = await this.#open('pages');
    await each(this.#ctx.config.search, async (path) => {
      const cache = path.endsWith('/') ? pages : search;
      const key = this.#url(path);
      if (await cache.match(key)) return;
      await this.#ctx.quiet?.();
      const response = await this.#ctx.fetch(path, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`offline: ${path}: ${response.status}`);
      await cache.put(key, response);
    });
  }

  /** How much is kept. */
  async status(): Promise<OfflineStatus> {
    const search = await this.#open('search');
    const pages = await this.#open('pages');
    const kept = new Set((await search.keys()).map((r) => r.url));
    const fragments = [...kept].filter((url) => new URL(url).pathname.startsWith('/pagefind/fragment/')).length;
    for (const r of await pages.keys()) kept.add(r.url);
    return {
      version: this.#ctx.config.version,
      search: this.#ctx.config.search.every((path) => kept.has(this.#url(path))),
      pages: (await pages.keys()).length,
      fragments,
      busy: this.#busy,
    };
  }

  async #networkFirst(request: Request, found: Route, navigate: boolean, waitUntil: (work: Promise<unknown>) => void): Promise<Response> {
    const cache = await this.#open(found.cache);
    try {
      const response = await this.#ctx.fetch(request);
      if (response.ok) waitUntil(cache.put(found.key, response.clone()));
      return response;
    } catch {
      const cached = await cache.match(found.key);
      if (cached) return cached;
      const offline = navigate ? await (await this.#open('pages')).match(this.#url(OFFLINE_PAGE)) : undefined;
      return offline ?? unavailable();
    }
  }

  async #cacheFirst(request: Request, found: Route, waitUntil: (work: Promise<unknown>) => void): Promise<Response> {
    const cache = await this.#open(found.cache);
    const cached = await cache.match(found.key);
    if (cached) return cached;
    try {
      const response = await this.#ctx.fetch(request);
      if (response.ok) waitUntil(cache.put(found.key, response.clone()));
      return response;
    } catch {
      return unavailable();
    }
  }

  /** After a page is kept: its document's search fragments; on the search page, the bundle. */
  async #keepAround(url: URL): Promise<void> {
    if (url.pathname === '/search/') await this.keepSearch();
    const page = documentPage(url);
    if (!page) return;
    const fragments = ((await this.#fragmentMap())[page] ?? []).map(fragmentPath);
    const search = await this.#open('search');
    await each(fragments, async (path) => {
      const key = this.#url(path);
      if (await search.match(key)) return;
      await this.#ctx.quiet?.();
      const response = await this.#ctx.fetch(path);
      if (response.ok) await search.put(key, response);
    });
  }

  #fragmentMap(): Promise<FragmentMap> {
    this.#fragments ??= (async () => {
      const key = this.#url(FRAGMENT_MAP);
      const response = (await (await this.#open('pages')).match(key)) ?? (await this.#ctx.fetch(FRAGMENT_MAP));
      return response.ok ? ((await response.json()) as FragmentMap) : {};
    })().catch(() => {
      this.#fragments = null;
      return {};
    });
    return this.#fragments;
  }

  /** Fetches afresh the pages an older version kept, and its search bundle if it had one. */
  async #carryOver(): Promise<void> {
    const stale = staleCaches(await this.#ctx.caches.keys(), this.#ctx.config.version);
    let searched = false;
    const pages: string[] = [];
    for (const name of stale) {
      const kind = cacheKind(name);
      const keys = kind ? await (await this.#ctx.caches.open(name)).keys() : [];
      if (kind === 'search') searched ||= keys.some((r) => new URL(r.url).pathname.startsWith('/pagefind/index/'));
      if (kind === 'pages') pages.push(...keys.map((r) => r.url));
    }
    const core = new Set(this.#ctx.config.core.map((path) => this.#url(path)));
    const fresh = [...new Set(pages)].filter((url) => !core.has(url) && new URL(url).origin === this.#ctx.origin).slice(0, CARRY_OVER);
    const cache = await this.#open('pages');
    await each(fresh, async (url) => {
      const response = await this.#ctx.fetch(url, { cache: 'no-cache' }).catch(() => null);
      if (response?.ok) await cache.put(url, response);
    });
    if (searched) await this.keepSearch();
  }

  /** Counts `work` as busy until it settles (status().busy). */
  async #track<T>(work: Promise<T>): Promise<T> {
    this.#busy++;
    try {
      return await work;
    } finally {
      this.#busy--;
    }
  }

  #open(kind: CacheKind): Promise<CacheLike> {
    return this.#ctx.caches.open(cacheName(this.#ctx.config.version, kind));
  }

  #url(path: string): string {
    return new URL(path, this.#ctx.origin).href;
  }
}

/** The answer for a file that is neither reachable nor kept (a network error would look alike). */
function unavailable(): Response {
  return new Response('离线：此文件没有保存在本机。', { status: 503, statusText: 'Offline', headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Runs `work` over `items`, a few at a time; rejects with the first failure once all are done. */
async function each<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown = null;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item).catch((error: unknown) => {
        failure ??= error;
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, lane));
  if (failure !== null) throw failure;
}
