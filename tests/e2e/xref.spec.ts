/**
 * Citations in a browser: a citation in the text is a link that lands on the cited unit, a
 * backlink leads back to the citing unit, and /missing/ lists what the library lacks.
 */
import { expect, test } from './fixtures.ts';

test.beforeEach(async ({ catalog }) => {
  const ids = new Set(catalog.documents.map((d) => d.id));
  // The suite runs against the real corpus: a missing document is a failure, not a skip.
  expect(ids.has('rstf-2021-12') && ids.has('zyjyf-2022'), 'the site should be built from the real corpus').toBe(true);
});

test('clicking 本实施细则第三条 in the 细则 should land on its 第三条', async ({ page, expectCleanConsole }) => {
  await page.goto('/docs/rstf-2021-12/');
  const link = page.locator('.policy-text a.cite[href="/docs/rstf-2021-12/#art-3"]').first();
  await expect(link).toHaveText(/第三条/);
  await link.click();
  await expect(page).toHaveURL(/\/docs\/rstf-2021-12\/#art-3$/);
  await expect(page.locator('[id="art-3"]')).toBeInViewport();
  await expect(page.locator('[id="art-3"]')).toContainText('第三条');
  expectCleanConsole();
});

test('a backlink on the 职业教育法 should lead to the citing notice, which links back to the law', async ({ page, expectCleanConsole }) => {
  await page.goto('/docs/zyjyf-2022/');
  const backlinks = page.locator('.crossrefs .backlinks a[href^="/docs/rsbh-2022-53/"]');
  await expect(backlinks.first()).toBeVisible();
  await backlinks.first().click();
  await expect(page).toHaveURL(/\/docs\/rsbh-2022-53\//);
  await expect(page.locator('.policy-text a.cite[href="/docs/zyjyf-2022/"]').first()).toBeVisible();
  expectCleanConsole();
});

test('/missing/ should list the most-cited documents not in the library with the places that cite them', async ({ page, expectCleanConsole }) => {
  await page.goto('/missing/');
  const items = page.locator('[data-missing] > li');
  expect(await items.count()).toBeGreaterThan(10);
  await expect(page.locator('[data-missing]')).toContainText('中华人民共和国教育法');
  const first = items.first().locator('ul a').first();
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(new RegExp(href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  expectCleanConsole();
});
