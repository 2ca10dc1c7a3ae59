/**
 * Checking a built site's internal links: every `href`/`src` that points inside the site must
 * name a file that exists, and every `#fragment` an element id in that file. External links
 * (other origins, mailto:, tel:, data:) are not checked: the site makes no outside requests.
 */

/** One broken link. */
export interface BrokenLink {
  /** The page that links, relative to the site root (`docs/x/index.html`). */
  from: string;
  /** The link as written. */
  href: string;
  /** Why it is broken. */
  reason: 'missing page' | 'missing fragment';
}

/** A built site: path relative to the root → file contents (HTML files only need parsing). */
export type SiteFiles = ReadonlyMap<string, string>;

const LINK = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** The ids defined in an HTML file. */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(ID)) ids.add(decodeEntities(m[1] ?? m[2] ?? ''));
  return ids;
}

/** The file a site path resolves to: `/docs/x/` → `docs/x/index.html`. */
export function fileFor(path: string, files: SiteFiles): string | null {
  const clean = decodeURIComponent(path.replace(/^\/+/, ''));
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.find((c) => files.has(c)) ?? null;
}

/** Every broken internal link of the site, page by page. */
export function checkLinks(files: SiteFiles): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let s = idCache.get(file);
    if (!s) {
      s = idsOf(files.get(file) ?? '');
      idCache.set(file, s);
    }
    return s;
  };
  for (const [from, html] of files) {
    if (!from.endsWith('.html')) continue;
    const base = `/${from.replace(/index\.html$/, '').replace(/[^/]+\.html$/, '')}`;
    for (const m of html.matchAll(LINK)) {
      const href = decodeEntities(m[1] ?? m[2] ?? '');
      if (href === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue;
      const [pathPart, fragment] = splitFragment(href);
      const path = pathPart === '' ? `/${from}` : pathPart.startsWith('/') ? pathPart : new URL(pathPart, `http://x${base}`).pathname;
      const target = pathPart === '' ? from : fileFor(path.split('?')[0]!, files);
      if (!target) {
        broken.push({ from, href, reason: 'missing page' });
        continue;
      }
      if (fragment && target.endsWith('.html') && !ids(target).has(decodeURIComponent(fragment))) {
        broken.push({ from, href, reason: 'missing fragment' });
      }
    }
  }
  return broken;
}

function splitFragment(href: string): [string, string | null] {
  const i = href.indexOf('#');
  return i === -1 ? [href, null] : [href.slice(0, i), href.slice(i + 1) || null];
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
