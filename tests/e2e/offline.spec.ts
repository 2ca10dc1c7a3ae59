import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { listUnits } from '../../src/lib/cite/index.ts';
import { parsePolicy } from '../../src/lib/pst/index.ts';
import { expect, test } from './fixtures.ts';

/**
 * Reading without a network (src/lib/offline/): once a reader has opened a document and the
 * search page, the service worker keeps them, and with the connection gone they can still read
 * the document and search. Skipped when the site was built with OFFLINE=off.
 */

const dir = process.env.POLICY_DIR ?? 'content/policies';
const units = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) => listUnits(parsePolicy(readFileSync(path.join(dir, name), 'utf8')).tree).map((unit) => ({ doc: name.slice(0, -3), text: unit.text })));

/** A phrase of `doc` that no other document has (a query only that document answers). */
function ownPhrase(doc: string): string | null {
  for (const unit of units.filter((u) => u.doc === doc)) {
    for (const run of unit.text.match(/[\p{Script=Han}]{8,}/gu) ?? []) {
      const phrase = run.slice(0, 8);
      if (!units.some((u) => u.doc !== doc && u.text.includes(phrase))) return phrase;
    }
  }
  return null;
}

async function searchFor(page: Page, q: string): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  const list = page.locator('[data-search-results]');
  await expect(list).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(list).toHaveAttribute('data-query', q, { timeout: 30_000 });
}

/** What the service worker reports it keeps (src/lib/offline/worker.ts, OfflineStatus). */
function status(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ search: boolean; pages: number; fragments: number; busy: number }>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data);
        navigator.serviceWorker.controller!.postMessage({ type: 'status' }, [channel.port2]);
      }),
  );
}

test('a reader who loses the connection should keep reading and searching what was loaded', async ({ page, context, catalog, request, expectCleanConsole }) => {
  test.setTimeout(120_000);
  test.skip((await request.get('/sw.js')).status() !== 200, 'the site was built with OFFLINE=off');
  const docs = catalog.documents.map((doc) => ({ ...doc, phrase: ownPhrase(doc.id) })).filter((doc) => doc.phrase !== null);
  test.skip(docs.length < 2, 'the corpus needs two documents with phrases of their own');
  const [read, unread] = [docs[0]!, docs[1]!];

  // Online: a document, then a search. The worker takes over the page and keeps them.
  await page.goto(read.url);
  await expect(page.locator('h1')).toHaveText(read.title);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await searchFor(page, read.title);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await expect
    .poll(() => status(page), { timeout: 60_000, message: 'the search bundle and the document should be kept' })
    .toMatchObject({ search: true, busy: 0 });
  expectCleanConsole();

  // Offline.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await context.setOffline(true);

  await page.goto(read.url);
  await expect(page.locator('h1'), 'the document should still be there').toHaveText(read.title);
  await expect(page.locator('main')).toContainText(read.phrase!.slice(0, 4));

  await searchFor(page, read.phrase!);
  const results = page.locator('[data-search-results] li');
  await expect(results.first(), 'a new query should find the document read').toBeVisible();
  await expect(results.first().locator('a').first()).toHaveAttribute('href', new RegExp(`^/docs/${read.id}/`));

  // The ranked index (src/lib/search/static-index) is kept whole, texts included: a document
  // never opened is found offline too.
  await searchFor(page, unread.phrase!);
  await expect(results.first().locator('a').first(), 'a query should find a document never opened').toHaveAttribute('href', new RegExp(`^/docs/${unread.id}/`));

  await page.goto(unread.url);
  await expect(page.locator('h1'), 'a page never opened should show the offline page').toHaveText('当前处于离线状态');
  await expect(page.locator('[data-offline-kept] a', { hasText: read.title })).toHaveAttribute('href', read.url);

  expect(errors, 'no uncaught exceptions offline').toEqual([]);
  await context.setOffline(false);
});
