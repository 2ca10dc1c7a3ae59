import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cacheKind, cacheName, documentPage, fragmentPath, route, staleCaches } from '../../../src/lib/offline/policy.ts';
import { offlineEnabled } from '../../../src/lib/offline/switch.ts';

const ORIGIN = 'https://zhijiao.example';
const at = (path: string, navigate = false, method = 'GET') => route(new URL(path, ORIGIN), ORIGIN, navigate, method);

describe('which cache a request goes to, and how it is answered', () => {
  const cases: Array<[string, boolean, string, string]> = [
    // path, navigation, cache, strategy
    ['/docs/zyjyf-2022/', true, 'pages', 'network-first'],
    ['/docs/zyjyf-2022/art-36/', true, 'pages', 'network-first'],
    ['/search/?q=职业教育', true, 'pages', 'network-first'],
    ['/data/catalog.json', false, 'pages', 'network-first'],
    ['/data/docs/zyjyf-2022.json', false, 'pages', 'network-first'],
    ['/favicon.svg', false, 'pages', 'network-first'],
    ['/_astro/page.Dglxjluo.js', false, 'assets', 'cache-first'],
    ['/_astro/index.D6eVV0qA.css', false, 'assets', 'cache-first'],
    ['/pagefind/pagefind.js', false, 'search', 'network-first'],
    ['/pagefind/pagefind-worker.js', false, 'search', 'network-first'],
    ['/pagefind/pagefind-entry.json', false, 'search', 'network-first'],
    ['/pagefind/wasm.unknown.pagefind', false, 'search', 'network-first'],
    ['/pagefind/pagefind.und_97637ddfcdf.pf_meta', false, 'search', 'cache-first'],
    ['/pagefind/index/und_12e55bd.pf_index', false, 'search', 'cache-first'],
    ['/pagefind/filter/und_5822a5f.pf_filter', false, 'search', 'cache-first'],
    ['/pagefind/fragment/und_07f2645.pf_fragment', false, 'search', 'cache-first'],
    ['/search/words.txt', false, 'search', 'network-first'],
    ['/pagefind/shards.json', false, 'search', 'network-first'],
    ['/pagefind/shard-1/pagefind-entry.json', false, 'search', 'network-first'],
    ['/pagefind/shard-1/index/und_12e55bd.pf_index', false, 'search', 'cache-first'],
    ['/pagefind/shard-1/fragment/und_07f2645.pf_fragment', false, 'search', 'cache-first'],
  ];
  for (const [path, navigate, cache, strategy] of cases) {
    it(`${navigate ? 'opening' : 'loading'} ${path} → ${cache}, ${strategy}`, () => {
      const found = at(path, navigate);
      assert.ok(found);
      assert.equal(found.cache, cache);
      assert.equal(found.strategy, strategy);
    });
  }

  it('keeps a file under its url without the query, so /search/?q=… opens the kept search page', () => {
    assert.equal(at('/search/?q=职业教育&kind=法律', true)?.key, `${ORIGIN}/search/`);
    assert.equal(at('/docs/zyjyf-2022/?hl=活动周#art-12', true)?.key, `${ORIGIN}/docs/zyjyf-2022/`);
    assert.equal(at('/pagefind/pagefind-entry.json?ts=1767225600000')?.key, `${ORIGIN}/pagefind/pagefind-entry.json`);
  });

  it('leaves other origins, other methods and the service worker itself to the browser', () => {
    assert.equal(route(new URL('https://cdn.example/x.js'), ORIGIN, false), null);
    assert.equal(at('/search/', false, 'POST'), null);
    assert.equal(at('/sw.js'), null);
  });
});

describe('cache names', () => {
  it('name each cache by version and kind, and find the caches of other versions', () => {
    assert.equal(cacheName('cb7ebe51a0be', 'pages'), 'zhijiao-offline-cb7ebe51a0be-pages');
    const names = ['zhijiao-offline-aaaaaaaaaaaa-pages', 'zhijiao-offline-aaaaaaaaaaaa-search', 'zhijiao-offline-bbbbbbbbbbbb-pages', 'someone-else'];
    assert.deepEqual(staleCaches(names, 'bbbbbbbbbbbb'), names.slice(0, 2));
    assert.equal(cacheKind('zhijiao-offline-aaaaaaaaaaaa-search'), 'search');
    assert.equal(cacheKind('someone-else'), null);
  });

  it('give a fragment’s url from its name in the fragment map', () => {
    assert.equal(fragmentPath('und_07f2645'), '/pagefind/fragment/und_07f2645.pf_fragment');
    assert.equal(fragmentPath('shard-1/und_07f2645'), '/pagefind/shard-1/fragment/und_07f2645.pf_fragment');
  });

  it('know the document page of any url inside a document', () => {
    assert.equal(documentPage(new URL('/docs/zyjyf-2022/art-36/?hl=x', ORIGIN)), '/docs/zyjyf-2022/');
    assert.equal(documentPage(new URL('/search/', ORIGIN)), null);
  });
});

describe('the build-time switch', () => {
  for (const [value, enabled] of [
    [undefined, true],
    ['', true],
    ['on', true],
    ['1', true],
    ['off', false],
    ['OFF', false],
    ['0', false],
    ['false', false],
    ['no', false],
  ] as const) {
    it(`OFFLINE=${value ?? '(unset)'} → ${enabled ? 'on' : 'off'}`, () => assert.equal(offlineEnabled(value), enabled));
  }
});
