/**
 * A corpus too big for one Pagefind process is indexed in several bundles
 * (src/lib/search/shards.ts) and the search page merges them. Here the fixture corpus is built
 * with one record per shard at most, so each document gets a bundle of its own, and a search
 * must find every document, whichever bundle holds it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { buildFixtureSite, type FixtureSite } from './fixture-site.ts';

let site: FixtureSite;

// One build for the file (fullyParallel would build once per worker, and two builds of one
// project at once trip over each other).
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = await buildFixtureSite('tests/fixtures/site/policies', { SEARCH_SHARD_RECORDS: '1' });
});
test.afterAll(async () => site?.close());

test('the build writes one bundle per shard and lists the ones to merge', () => {
  const merged = JSON.parse(readFileSync(path.join(site.out, 'pagefind/shards.json'), 'utf8')) as string[];
  expect(merged).toEqual(['/pagefind/shard-1/', '/pagefind/shard-2/']);
  for (const shard of merged) expect(readFileSync(path.join(site.out, shard, 'pagefind-entry.json'), 'utf8')).toContain('"languages"');
});

for (const [query, doc] of [
  ['促进就业为导向', 'jzcf-2023-1-plan'],
  ['结合实际认真贯彻落实', 'jzcf-2023-1'],
  ['提高劳动者素质', 'slzyjyf-2022'],
] as const) {
  test(`searching ${query} finds ${doc}, whichever bundle holds it`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
    const list = page.locator('[data-search-results]');
    await expect(list).toHaveAttribute('data-state', 'ready');
    await expect(list.locator(`a[href^="/docs/${doc}/"]`).first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}
