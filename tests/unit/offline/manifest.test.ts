import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileUrl, fragmentMap, fragmentUrl, offlineConfig } from '../../../src/lib/offline/manifest.ts';

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));
const BUILT = {
  '/': '<html>home',
  '/offline/': '<html>offline',
  '/favicon.svg': '<svg/>',
  '/data/jump.json': '{}',
  '/data/catalog.json': '{}',
  '/_astro/page.abc.js': 'register()',
  '/docs/x/': '<html>doc',
  '/search/': '<html>search',
  '/search/words.txt': '职业教育\n',
  '/pagefind/pagefind.js': 'pf',
  '/pagefind/pagefind-worker.js': 'worker',
  '/pagefind/pagefind-entry.json': '{}',
  '/pagefind/wasm.unknown.pagefind': 'wasm',
  '/pagefind/pagefind.und_1.pf_meta': 'meta',
  '/pagefind/index/und_a.pf_index': 'a',
  '/pagefind/filter/und_f.pf_filter': 'f',
};

describe('what the service worker keeps ahead of time', () => {
  it('keeps the offline page, home page, quick-jump index and assets at install', () => {
    const config = offlineConfig(files(BUILT), '{}');
    assert.deepEqual(config.core, ['/offline/', '/offline/fragments.json', '/', '/_astro/page.abc.js', '/data/jump.json', '/favicon.svg']);
  });

  it('keeps the search page, Pagefind and every index chunk when search is used, but no fragment and no document', () => {
    const shard = { '/pagefind/shards.json': '[]', '/pagefind/shard-1/pagefind-entry.json': '{}', '/pagefind/shard-1/index/und_b.pf_index': 'b' };
    const fragments = { '/pagefind/fragment/und_z.pf_fragment': 'z', '/pagefind/shard-1/fragment/und_y.pf_fragment': 'y' };
    const config = offlineConfig(files({ ...BUILT, ...shard, ...fragments }), '{}');
    assert.deepEqual(config.search, [
      '/pagefind/filter/und_f.pf_filter',
      '/pagefind/index/und_a.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind.und_1.pf_meta',
      '/pagefind/shard-1/index/und_b.pf_index',
      '/pagefind/shard-1/pagefind-entry.json',
      '/pagefind/shards.json',
      '/pagefind/wasm.unknown.pagefind',
      '/search/',
      '/search/words.txt',
    ]);
  });

  it('names a version that changes with any kept file and with nothing else', () => {
    const base = offlineConfig(files(BUILT), '{}').version;
    assert.match(base, /^[0-9a-f]{12}$/);
    assert.equal(offlineConfig(files(BUILT), '{}').version, base, 'the same files give the same version');
    assert.equal(offlineConfig(files({ ...BUILT, '/docs/x/': '<html>changed' }), '{}').version, base, 'a page is not kept ahead');
    assert.notEqual(offlineConfig(files({ ...BUILT, '/pagefind/index/und_a.pf_index': 'b' }), '{}').version, base);
    assert.notEqual(offlineConfig(files({ ...BUILT, '/_astro/page.abd.js': 'x' }), '{}').version, base);
    assert.notEqual(offlineConfig(files(BUILT), '{"/docs/x/":["und_z"]}').version, base);
  });

  it('fails the build when the offline page is missing', () => {
    const { ['/offline/']: _, ...rest } = BUILT;
    assert.throws(() => offlineConfig(files(rest), '{}'), /\/offline\/ is not in the build/);
  });
});

describe('the fragment map', () => {
  it('lists each document page’s fragments by name, sorted', () => {
    const map = fragmentMap([
      { fragment: '/pagefind/fragment/und_2.pf_fragment', url: '/docs/b/#art-1' },
      { fragment: '/pagefind/fragment/und_3.pf_fragment', url: '/docs/a/' },
      { fragment: '/pagefind/fragment/und_1.pf_fragment', url: '/docs/b/#document' },
      { fragment: '/pagefind/fragment/und_4.pf_fragment', url: '/elsewhere/' },
      { fragment: '/pagefind/shard-1/fragment/und_5.pf_fragment', url: '/docs/a/#art-9' },
    ]);
    assert.deepEqual(map, { '/docs/a/': ['shard-1/und_5', 'und_3'], '/docs/b/': ['und_1', 'und_2'] });
    assert.deepEqual(Object.keys(map), ['/docs/a/', '/docs/b/']);
  });

  it('reads a fragment’s url, and skips a file of another shape', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    assert.equal(fragmentUrl(bytes('pagefind_dcd{"url":"/docs/x/#art-2","content":"…"}')), '/docs/x/#art-2');
    assert.equal(fragmentUrl(bytes('pagefind_dcd{"a":{"url":"/docs/x/"}}')), null);
    assert.equal(fragmentUrl(bytes('not json')), null);
  });

  it('gives built files their site urls', () => {
    assert.equal(fileUrl('index.html'), '/');
    assert.equal(fileUrl('docs/x/index.html'), '/docs/x/');
    assert.equal(fileUrl('pagefind/index/und_a.pf_index'), '/pagefind/index/und_a.pf_index');
  });
});
