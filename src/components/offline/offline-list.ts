/**
 * The offline page's list of documents kept on this device: the document pages in the service
 * worker's page cache, by the title each kept page carries. Titles go in as text only.
 */
import { CACHE_PREFIX, cacheKind, documentPage } from '../../lib/offline/policy.ts';

const SITE_SUFFIX = ' · 职教政策库';

/** Fills `section`'s list and shows it when any document is kept. */
export async function listKept(section: HTMLElement): Promise<void> {
  if (!('caches' in window)) return;
  const list = section.querySelector<HTMLUListElement>('[data-offline-kept-list]')!;
  const kept = new Map<string, string>();
  try {
    for (const name of await caches.keys()) {
      if (!name.startsWith(CACHE_PREFIX) || cacheKind(name) !== 'pages') continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const url = new URL(request.url);
        if (url.origin !== location.origin || documentPage(url) !== url.pathname || kept.has(url.pathname)) continue;
        const html = await (await cache.match(request))?.text();
        const title = html ? new DOMParser().parseFromString(html, 'text/html').title : '';
        kept.set(url.pathname, title.endsWith(SITE_SUFFIX) ? title.slice(0, -SITE_SUFFIX.length) : title || url.pathname);
      }
    }
  } catch (error) {
    console.warn('kept pages unavailable', error);
    return;
  }
  const items = [...kept]
    .sort((a, b) => a[1].localeCompare(b[1], 'zh'))
    .map(([path, title]) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = path;
      link.textContent = title;
      li.append(link);
      return li;
    });
  list.replaceChildren(...items);
  section.hidden = items.length === 0;
}
