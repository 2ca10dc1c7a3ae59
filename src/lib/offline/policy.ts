/**
 * Which cache a request of the site goes to, and how it is answered. Runs in the service
 * worker (sw.ts) and in the tests; no DOM, no Astro.
 *
 * - Pages (navigations) and other files without a hash in their name (`/data/*.json`,
 *   `/favicon.svg`, Pagefind's entry files, the ranked index under `/search/`): **network first**, the cached
 *   copy when the network fails, so a reader online always gets the current text.
 * - Files whose name carries a content hash (`/_astro/*`, Pagefind's index, filter and
 *   fragment chunks, its `*.pf_meta`): **cache first**; they never change under one name.
 * - Another origin, a method other than GET, and the service worker itself: not handled.
 */

/** The three caches of one version: pages and data, the site's hashed assets, the search bundle. */
export type CacheKind = 'pages' | 'assets' | 'search';
export type Strategy = 'network-first' | 'cache-first';

/** How one request is answered. */
export interface Route {
  cache: CacheKind;
  strategy: Strategy;
  /**
   * The cache key: the url without its query. The site is static, so a query never changes a
   * file: `/search/?q=…` is `/search/`, and Pagefind's `pagefind-entry.json?ts=…` (a cache
   * buster) is `pagefind-entry.json`.
   */
  key: string;
}

/** Where the service worker is served; never cached by itself. */
export const SERVICE_WORKER_URL = '/sw.js';
/** The page shown when a page that was never kept is opened offline. */
export const OFFLINE_PAGE = '/offline/';
/** Which search fragments belong to which document page (written next to the offline page). */
export const FRAGMENT_MAP = '/offline/fragments.json';
/**
 * A fragment's url from its name in the fragment map: `und_07f2645`, or `shard-1/und_07f2645`
 * for a fragment of another shard (src/lib/search/shards.ts).
 */
export function fragmentPath(name: string): string {
  const slash = name.lastIndexOf('/');
  return `/pagefind/${name.slice(0, slash + 1)}fragment/${name.slice(slash + 1)}.pf_fragment`;
}

/** Prefix of every cache this site's service worker owns. */
export const CACHE_PREFIX = 'zhijiao-offline';

/** Hashed files; Pagefind's in the bundle and in its shards (`/pagefind/shard-1/index/…`). */
const HASHED = [/^\/_astro\//, /^\/pagefind\/(shard-\d+\/)?(index|filter|fragment)\//, /^\/pagefind\/(shard-\d+\/)?[^/]+\.pf_meta$/];

/**
 * The route of a request, or null when the service worker leaves it to the browser.
 *
 *   route(new URL('https://x/search/?q=职业教育'), 'https://x', true)
 *   // { cache: 'pages', strategy: 'network-first', key: 'https://x/search/' }
 */
export function route(url: URL, origin: string, navigate: boolean, method = 'GET'): Route | null {
  if (method !== 'GET' || url.origin !== origin || url.pathname === SERVICE_WORKER_URL) return null;
  const path = url.pathname;
  const strategy: Strategy = HASHED.some((re) => re.test(path)) ? 'cache-first' : 'network-first';
  const key = `${url.origin}${path}`;
  if (navigate) return { cache: 'pages', strategy: 'network-first', key };
  if (path.startsWith('/_astro/')) return { cache: 'assets', strategy, key };
  if (path.startsWith('/pagefind/') || /^\/search\/[a-z-]+\.txt$/.test(path) || path.startsWith('/search/index/')) return { cache: 'search', strategy, key };
  return { cache: 'pages', strategy, key };
}

/** The name of one cache of one version: `zhijiao-offline-3f2a9c0d1e4b-pages`. */
export function cacheName(version: string, kind: CacheKind): string {
  return `${CACHE_PREFIX}-${version}-${kind}`;
}

/** The caches of other versions of this site (to delete), from all the origin's cache names. */
export function staleCaches(names: readonly string[], version: string): string[] {
  const own = `${CACHE_PREFIX}-${version}-`;
  return names.filter((name) => name.startsWith(`${CACHE_PREFIX}-`) && !name.startsWith(own));
}

/** The kind of a cache this site owns (any version), else null. */
export function cacheKind(name: string): CacheKind | null {
  const match = name.match(new RegExp(`^${CACHE_PREFIX}-[0-9a-f]+-(pages|assets|search)$`));
  return (match?.[1] as CacheKind | undefined) ?? null;
}

/** The document page a url belongs to: `/docs/zyjyf-2022/art-36/?hl=…` → `/docs/zyjyf-2022/`. */
export function documentPage(url: URL): string | null {
  const match = url.pathname.match(/^\/docs\/([^/]+)\//);
  return match ? `/docs/${match[1]}/` : null;
}
