/**
 * What the service worker keeps ahead of time, decided at build time from the built files:
 *
 * - `core`, at install: the offline page, the home page, the favicon, the quick-jump index
 *   (`/data/jump.json`), the citation checker and its data (`/check/`, `/data/check.json`), every hashed asset in `/_astro/` (all pages share them) and the
 *   fragment map;
 * - `search`, when the reader first uses search: the search page, Pagefind's script, worker,
 *   WebAssembly, entry, meta, filters and every index chunk, and the query vocabulary — so any
 *   query runs offline. Not the fragments (one per clause, the larger half of the bundle): a
 *   clause's fragment is kept when a search shows it or its document is read.
 *
 * The version names the caches. It is a hash of every kept file's url and content and of the
 * fragment map, so it changes exactly when something kept changes, and the build stays
 * reproducible (no clock, no randomness).
 */
import { createHash } from 'node:crypto';
import { FRAGMENT_MAP, OFFLINE_PAGE } from './policy.ts';

/** What the generated service worker is told (the `OFFLINE_CONFIG` constant in sw.js). */
export interface OfflineConfig {
  /** 12 hex digits from the kept files. */
  version: string;
  /** Urls kept at install. */
  core: string[];
  /** Urls kept when the reader first searches. */
  search: string[];
}

/**
 * Document page → its search fragments by name, short to keep the file small:
 * `{ "/docs/zyjyf-2022/": ["und_07f2645", …] }` stands for `/pagefind/fragment/und_07f2645.pf_fragment`
 * (`shard-1/und_…` for `/pagefind/shard-1/fragment/und_….pf_fragment`).
 */
export type FragmentMap = Record<string, string[]>;

const CORE = [/^\/$/, /^\/favicon\.svg$/, /^\/data\/jump\.json$/, /^\/check\/$/, /^\/data\/check\.json$/, /^\/_astro\/.+/];
const SEARCH = [/^\/search\/$/, /^\/search\/words\.txt$/, /^\/pagefind\/(shard-\d+\/)?[^/]+$/, /^\/pagefind\/(shard-\d+\/)?(index|filter)\/.+/];

/** The site url of a file in the output folder: `docs/x/index.html` → `/docs/x/`. */
export function fileUrl(relative: string): string {
  return `/${relative.split('\\').join('/')}`.replace(/\/index\.html$/, '/');
}

/**
 * The service worker's configuration from the built files (url → bytes) and the fragment
 * map's text. Lists are sorted, so the result depends on the files only.
 */
export function offlineConfig(files: ReadonlyMap<string, Uint8Array | string>, fragmentMapText: string): OfflineConfig {
  const urls = [...files.keys()].sort();
  const core = [OFFLINE_PAGE, FRAGMENT_MAP, ...urls.filter((url) => CORE.some((re) => re.test(url)))];
  const search = urls.filter((url) => SEARCH.some((re) => re.test(url)));
  const hash = createHash('sha256');
  for (const url of [...core, ...search].sort()) {
    const bytes = url === FRAGMENT_MAP ? fragmentMapText : files.get(url);
    if (bytes === undefined) throw new Error(`offline: ${url} is not in the build`);
    hash.update(`${url}\n${createHash('sha256').update(bytes).digest('hex')}\n`);
  }
  return { version: hash.digest('hex').slice(0, 12), core: [...new Set(core)], search };
}

/**
 * The fragment map from Pagefind's fragments: each fragment's url (a record's url,
 * `/docs/<id>/#art-3`) gives its document page. Keys and lists are sorted.
 */
export function fragmentMap(fragments: ReadonlyArray<{ fragment: string; url: string }>): FragmentMap {
  const map = new Map<string, string[]>();
  for (const { fragment, url } of fragments) {
    const page = url.replace(/[?#].*$/, '');
    const match = fragment.match(/^\/pagefind\/((?:shard-\d+\/)?)fragment\/(.+)\.pf_fragment$/);
    if (!page.startsWith('/docs/') || !match) continue;
    const name = `${match[1]}${match[2]}`;
    map.set(page, [...(map.get(page) ?? []), name]);
  }
  const out: FragmentMap = {};
  for (const page of [...map.keys()].sort()) out[page] = map.get(page)!.sort();
  return out;
}

/**
 * Pagefind's fragment file → its record's url (a gunzipped fragment is `pagefind_dcd` + JSON);
 * null for a file of another shape (a fragment group), which then is kept only when shown.
 */
export function fragmentUrl(unzipped: Uint8Array): string | null {
  const text = new TextDecoder().decode(unzipped);
  const json = text.startsWith('pagefind_dcd') ? text.slice('pagefind_dcd'.length) : text;
  try {
    const url = (JSON.parse(json) as { url?: unknown }).url;
    return typeof url === 'string' ? url : null;
  } catch {
    return null;
  }
}
