/**
 * The integration's glue without a full Astro build: switched off it adds no route, no script
 * and writes no file; switched on it writes the fragment map and a sw.js that depends on the
 * built files only (built twice, byte for byte the same).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import offline, { writeServiceWorker } from '../../../src/integrations/offline.ts';

const SITE: Record<string, string | Buffer> = {
  'index.html': '<html>home</html>',
  'offline/index.html': '<html>offline</html>',
  'favicon.svg': '<svg/>',
  'data/jump.json': '{}',
  '_astro/page.abc.js': 'register()',
  'search/index.html': '<html>search</html>',
  'search/words.txt': '职业教育\n',
  'pagefind/pagefind.js': 'pf',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/index/und_a.pf_index': 'a',
  'pagefind/fragment/und_1.pf_fragment': gzipSync('pagefind_dcd{"url":"/docs/x/#art-1"}'),
};

function site(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'offline-integration-'));
  for (const [file, body] of Object.entries(SITE)) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), body);
  }
  return out;
}

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, fork: () => logger, label: '', options: {} };

describe('the offline integration', () => {
  const dirs: string[] = [];
  before(() => dirs.push(site(), site()));
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('switched off (OFFLINE=off) adds no route and no script, and writes no sw.js', async () => {
    const integration = offline({ enabled: false });
    const injected: unknown[] = [];
    const setup = integration.hooks['astro:config:setup'] as (options: object) => void;
    setup({ injectRoute: (r: unknown) => injected.push(r), injectScript: (...s: unknown[]) => injected.push(s), logger });
    assert.deepEqual(injected, []);
    const before = readdirSync(dirs[0]!, { recursive: true }).sort();
    const done = integration.hooks['astro:build:done'] as (options: object) => Promise<void>;
    await done({ dir: pathToFileURL(`${dirs[0]}/`), logger });
    assert.deepEqual(readdirSync(dirs[0]!, { recursive: true }).sort(), before);
  });

  it('switched on adds the offline page and the registering script to every page', () => {
    const injected: Array<[string, unknown]> = [];
    const setup = offline({ enabled: true }).hooks['astro:config:setup'] as (options: object) => void;
    setup({ injectRoute: (r: unknown) => injected.push(['route', r]), injectScript: (stage: string, code: string) => injected.push([stage, code]), logger });
    assert.deepEqual(
      injected.map(([kind]) => kind),
      ['route', 'page'],
    );
    assert.match(String(injected[1]![1]), /^import ".*src\/components\/offline\/register\.ts";$/);
  });

  it('writes sw.js and the fragment map, the same bytes from the same files', async () => {
    const [a, b] = dirs as [string, string];
    const config = await writeServiceWorker(a);
    await writeServiceWorker(b);
    const sw = readFileSync(path.join(a, 'sw.js'), 'utf8');
    assert.equal(sw, readFileSync(path.join(b, 'sw.js'), 'utf8'));
    assert.ok(sw.startsWith('/* 职教政策库 service worker'));
    assert.ok(sw.includes(`const OFFLINE_CONFIG = ${JSON.stringify(config)};`));
    assert.ok(sw.includes('addEventListener("fetch"'));
    assert.doesNotMatch(sw, /\b20\d\d-\d\d-\d\d/, 'no build date');
    assert.deepEqual(JSON.parse(readFileSync(path.join(a, 'offline/fragments.json'), 'utf8')), { '/docs/x/': ['und_1'] });
    assert.ok(config.search.includes('/pagefind/index/und_a.pf_index'));
    assert.ok(!config.search.some((url) => url.includes('/fragment/')));
  });
});
