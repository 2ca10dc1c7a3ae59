/**
 * The service worker's behaviour, in Node: caches are Maps, the network is a table of
 * files that can be switched off.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OfflineConfig } from '../../../src/lib/offline/manifest.ts';
import { OfflineWorker, type CacheLike, type CacheStorageLike } from '../../../src/lib/offline/worker.ts';

const ORIGIN = 'https://zhijiao.example';

class FakeCache implements CacheLike {
  readonly entries = new Map<string, Response>();
  async match(key: string) {
    return this.entries.get(key)?.clone();
  }
  async put(key: string, response: Response) {
    this.entries.set(key, response);
  }
  async keys() {
    return [...this.entries.keys()].map((url) => ({ url }));
  }
}

class FakeCaches implements CacheStorageLike {
  readonly caches = new Map<string, FakeCache>();
  async open(name: string) {
    if (!this.caches.has(name)) this.caches.set(name, new FakeCache());
    return this.caches.get(name)!;
  }
  async keys() {
    return [...this.caches.keys()];
  }
  async delete(name: string) {
    return this.caches.delete(name);
  }
}

/** The site's files and a switch for the network; counts what was fetched. */
function network(files: Record<string, string>) {
  const state = { online: true, fetched: [] as string[] };
  const fetch = async (input: string | Request) => {
    const url = new URL(typeof input === 'string' ? input : input.url, ORIGIN);
    if (!state.online) throw new TypeError('Failed to fetch');
    state.fetched.push(url.pathname);
    const body = files[url.pathname];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 });
  };
  return { state, fetch };
}

const FILES = {
  '/': 'home',
  '/offline/': 'offline page',
  '/offline/fragments.json': JSON.stringify({ '/docs/a/': ['und_1', 'und_2'] }),
  '/_astro/page.js': 'register',
  '/docs/a/': 'document a',
  '/docs/b/': 'document b',
  '/search/': 'search page',
  '/search/words.txt': '职业教育',
  '/pagefind/pagefind.js': 'pagefind',
  '/pagefind/index/und_i.pf_index': 'index',
  '/pagefind/fragment/und_1.pf_fragment': 'fragment 1',
  '/pagefind/fragment/und_2.pf_fragment': 'fragment 2',
  '/pagefind/fragment/und_3.pf_fragment': 'fragment 3',
};

function config(version: string): OfflineConfig {
  return {
    version,
    core: ['/offline/', '/offline/fragments.json', '/', '/_astro/page.js'],
    search: ['/pagefind/index/und_i.pf_index', '/pagefind/pagefind.js', '/search/', '/search/words.txt'],
  };
}

async function setUp(version = 'aaaaaaaaaaaa', caches = new FakeCaches(), files: Record<string, string> = FILES) {
  const net = network(files);
  const worker = new OfflineWorker({ caches, fetch: net.fetch, config: config(version), origin: ORIGIN });
  await worker.install();
  await worker.activate();
  const pending: Array<Promise<unknown>> = [];
  /** A request as the browser would send it, answered; waits for the cache writes. */
  const get = async (path: string, navigate = false) => {
    const request = new Request(new URL(path, ORIGIN), navigate ? { mode: 'same-origin' } : {});
    Object.defineProperty(request, 'mode', { value: navigate ? 'navigate' : 'cors' });
    const response = await worker.respond(request, (work) => pending.push(work));
    await Promise.all(pending.splice(0));
    return response;
  };
  return { worker, caches, net, get };
}

const text = async (response: Response | null | undefined) => (response ? `${response.status} ${await response.text()}` : 'unhandled');

describe('the service worker', () => {
  it('keeps the core files at install, and fails the install when one cannot be fetched', async () => {
    const { caches } = await setUp();
    assert.deepEqual((await caches.keys()).sort(), ['zhijiao-offline-aaaaaaaaaaaa-assets', 'zhijiao-offline-aaaaaaaaaaaa-pages']);
    assert.equal((await (await caches.open('zhijiao-offline-aaaaaaaaaaaa-assets')).keys()).length, 1);
    const { '/offline/': _, ...broken } = FILES;
    await assert.rejects(setUp('bbbbbbbbbbbb', new FakeCaches(), broken), /\/offline\/: 404/);
  });

  it('serves a page from the network when online and from the cache when offline', async () => {
    const { net, get } = await setUp();
    assert.equal(await text(await get('/docs/b/', true)), '200 document b');
    net.state.online = false;
    assert.equal(await text(await get('/docs/b/?hl=职业', true)), '200 document b');
  });

  it('shows the offline page for a page never opened, and 503 for a file never loaded', async () => {
    const { net, get } = await setUp();
    net.state.online = false;
    assert.equal(await text(await get('/docs/b/', true)), '200 offline page');
    assert.equal((await get('/pagefind/fragment/und_3.pf_fragment'))?.status, 503);
  });

  it('does not keep a missing page', async () => {
    const { net, get } = await setUp();
    assert.equal((await get('/nowhere/', true))?.status, 404);
    net.state.online = false;
    assert.equal(await text(await get('/nowhere/', true)), '200 offline page');
  });

  it('answers hashed files from the cache without asking the network', async () => {
    const { net, get } = await setUp();
    net.state.fetched.length = 0;
    assert.equal(await text(await get('/_astro/page.js')), '200 register');
    assert.deepEqual(net.state.fetched, []);
  });

  it('keeps a document’s search fragments when the opened document asks', async () => {
    const { worker, net, get } = await setUp();
    await get('/docs/a/', true);
    await worker.keep(`${ORIGIN}/docs/a/`);
    net.state.online = false;
    assert.equal(await text(await get('/pagefind/fragment/und_2.pf_fragment')), '200 fragment 2');
    assert.equal((await get('/pagefind/fragment/und_3.pf_fragment'))?.status, 503);
  });

  it('keeps the whole search bundle once the search page asks, so any query runs offline', async () => {
    const { worker, net, get } = await setUp();
    assert.equal((await worker.status()).search, false);
    await get('/search/?q=职业教育', true);
    await worker.keep(`${ORIGIN}/search/?q=职业教育`);
    assert.equal((await worker.status()).search, true);
    net.state.online = false;
    assert.equal(await text(await get('/search/?q=别的', true)), '200 search page');
    assert.equal(await text(await get('/pagefind/index/und_i.pf_index')), '200 index');
    assert.equal(await text(await get('/search/words.txt')), '200 职业教育');
  });

  it('keeps a page it is told about (one that loaded before the worker controlled it)', async () => {
    const { worker, net, get } = await setUp();
    await worker.keep(`${ORIGIN}/docs/a/?hl=x`);
    net.state.online = false;
    assert.equal(await text(await get('/docs/a/', true)), '200 document a');
    assert.equal(await text(await get('/pagefind/fragment/und_1.pf_fragment')), '200 fragment 1');
  });

  it('on update, deletes the old caches and carries over the pages and search the reader had', async () => {
    const first = await setUp('aaaaaaaaaaaa');
    await first.get('/docs/b/', true);
    await first.worker.keep(`${ORIGIN}/search/`);
    const second = await setUp('bbbbbbbbbbbb', first.caches);
    assert.ok((await second.caches.keys()).every((name) => name.includes('bbbbbbbbbbbb')));
    assert.equal((await second.worker.status()).search, true);
    second.net.state.online = false;
    assert.equal(await text(await second.get('/docs/b/', true)), '200 document b');
  });

  it('waits for the pages to be quiet before each file it keeps in the background', async () => {
    const net = network(FILES);
    let waits = 0;
    const worker = new OfflineWorker({
      caches: new FakeCaches(),
      fetch: net.fetch,
      config: config('aaaaaaaaaaaa'),
      origin: ORIGIN,
      quiet: async () => void waits++,
    });
    await worker.install();
    assert.equal(waits, 0, 'not at install: the core files are needed first');
    await worker.keep(`${ORIGIN}/docs/a/`);
    assert.equal(waits, 2, 'one per fragment');
  });

  it('leaves requests to other origins alone', async () => {
    const { worker } = await setUp();
    assert.equal(
      worker.respond(new Request('https://elsewhere.example/x.js'), () => {}),
      null,
    );
  });
});
