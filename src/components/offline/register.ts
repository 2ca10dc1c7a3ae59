/**
 * Registers the service worker (`/sw.js`, src/lib/offline/sw.ts) once the page has loaded,
 * then asks it to keep this page and what it needs offline (its document's search fragments,
 * on the search page the search index). Asking after load keeps that work from competing with
 * the page's own files, and covers the first visit, which loaded before the worker existed.
 * The offline integration adds this script to every page, unless built with `OFFLINE=off`.
 */
import { SERVICE_WORKER_URL } from '../../lib/offline/policy.ts';

async function register(): Promise<void> {
  try {
    await navigator.serviceWorker.register(SERVICE_WORKER_URL);
    const ready = await navigator.serviceWorker.ready;
    ready.active?.postMessage({ type: 'keep', url: location.href });
  } catch (error) {
    // Private windows and some browsers refuse service workers: the site works as before.
    console.warn('offline reading unavailable', error);
  }
}

if ('serviceWorker' in navigator) {
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}
