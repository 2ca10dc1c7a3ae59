import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import type { Catalog } from '../../src/lib/corpus/index.ts';

/**
 * `test` with two extras:
 * - `expectCleanConsole()`, the closing sentence of every test: no console errors, no uncaught
 *   exceptions, no failed requests and no request leaving the site;
 * - `catalog`, the built site's `/data/catalog.json`, so tests pick their documents from whatever
 *   corpus was built (the fixture one or the real one).
 */
export const test = base.extend<{ expectCleanConsole: () => void; catalog: Catalog }>({
  expectCleanConsole: async ({ page, baseURL }, use) => {
    const problems = watch(page, new URL(baseURL ?? 'http://127.0.0.1').origin);
    await use(() => expect(problems, 'the console should be empty').toEqual([]));
  },
  catalog: async ({ request }, use) => {
    const response = await request.get('/data/catalog.json');
    expect(response.status()).toBe(200);
    await use((await response.json()) as Catalog);
  },
});

export { expect };

/** Lets the page read and write the clipboard, so a test can check what a Copy control put there. */
export async function allowClipboard(context: BrowserContext, baseURL: string | undefined): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
}

/** What is on the clipboard now. */
export const clipboard = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());

function watch(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Moving on to the next page aborts what the last one still loads (its favicon): not a fault.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`external: ${url.href}`);
  });
  return problems;
}
