/**
 * The service worker's entry: the integration (src/integrations/offline.ts) bundles this file
 * into `dist/sw.js` after a line that defines `OFFLINE_CONFIG` (manifest.ts), and the pages
 * register it (src/components/offline/register.ts). The behaviour is in worker.ts.
 *
 * Messages from a page: `{ type: 'keep', url }` keeps that page and what it needs offline
 * (worker.ts, keep); `{ type: 'status' }` answers an `OfflineStatus` on the port sent with it.
 */
import type { OfflineConfig } from './manifest.ts';
import { OfflineWorker } from './worker.ts';

declare const OFFLINE_CONFIG: OfflineConfig;

/** The parts of the service worker's global scope and events used here (lib "webworker" would clash with "dom"). */
interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface ServiceWorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** Background keeping waits until the pages have asked for nothing for this long. */
const QUIET_MS = 1000;
let lastRequest = 0;

const scope = self as unknown as ServiceWorkerScope;
const worker = new OfflineWorker({
  caches,
  fetch: (input, init) => fetch(input, init),
  config: OFFLINE_CONFIG,
  origin: scope.location.origin,
  quiet: async () => {
    for (let wait = lastRequest + QUIET_MS - Date.now(); wait > 0; wait = lastRequest + QUIET_MS - Date.now()) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  },
});

scope.addEventListener('install', (event) => {
  event.waitUntil(worker.install().then(() => scope.skipWaiting()));
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(worker.activate().then(() => scope.clients.claim()));
});

scope.addEventListener('fetch', (event) => {
  lastRequest = Date.now();
  const response = worker.respond(event.request, (work) => event.waitUntil(work));
  if (response) event.respondWith(response);
});

scope.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; url?: unknown } | null;
  if (data?.type === 'keep' && typeof data.url === 'string') {
    event.waitUntil(worker.keep(data.url).catch(() => {}));
  } else if (data?.type === 'status') {
    event.waitUntil(worker.status().then((status) => event.ports[0]?.postMessage(status)));
  }
});
