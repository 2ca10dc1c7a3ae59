/**
 * Currency in a browser: the status badge and the 时效 block of a document page, the basis that
 * shows on hover and on keyboard focus, the 现行有效 filters of the browse pages and the
 * subsidies, the as-of date on every page, the JSON-LD — each test ending "no console errors".
 * Documents are picked from the built catalog, so the spec runs on any corpus with one
 * document in force.
 */
import type { CatalogEntry } from '../../src/lib/corpus/index.ts';
import { LAPSED } from '../../src/lib/vocab/status.ts';
import { expect, test } from './fixtures.ts';

let inForce: CatalogEntry;

test.beforeEach(async ({ catalog }) => {
  const found = catalog.documents.find((d) => d.status.value === 'in-force' && d.status.basis.evidence?.unit);
  test.skip(!found, 'no document in force with a deciding sentence in this corpus');
  inForce = found!;
});

test('a document page should show its status badge and a 时效 block with its dates, their basis and the deciding sentence', async ({
  page,
  catalog,
  expectCleanConsole,
}) => {
  await page.goto(inForce.url);
  await expect(page.locator('.doc-header .status-badge').first()).toHaveText('现行有效');
  const block = page.locator('[data-currency]');
  await expect(block.getByRole('heading', { name: '时效' })).toBeVisible();
  await expect(block.locator('[data-status-rule]')).toHaveText(inForce.status.basis.rule);
  await expect(block.locator('[data-date-role]')).toHaveCount(inForce.dateBases.length);
  const source = block.getByRole('link', { name: inForce.status.basis.evidence!.sentence }).first();
  await expect(source).toHaveAttribute('href', inForce.status.basis.evidence!.url);
  await expect(page.locator('[data-status-asof]')).toContainText(`本库文件效力状态截至`);
  expect(catalog.asOf).toBeTruthy();
  expectCleanConsole();
});

test('the basis of a badge should show on hover and on keyboard focus, and link to its unit', async ({ page, expectCleanConsole }) => {
  await page.goto(inForce.url);
  const badge = page.locator('.doc-header .status-badge[tabindex="0"]');
  const tip = page.locator(`#${await badge.getAttribute('aria-describedby')}`);
  await expect(tip).toBeHidden();
  await badge.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(inForce.status.basis.rule);
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await badge.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Tab');
  const link = tip.getByRole('link');
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute('href', inForce.status.basis.evidence!.url);
  expectCleanConsole();
});

test('every document page should carry schema.org Legislation JSON-LD with its legal force and 文号', async ({ page, catalog, expectCleanConsole }) => {
  const withNumber = catalog.documents.find((d) => d.docNumber && d.status.value === 'in-force') ?? inForce;
  await page.goto(withNumber.url);
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(json['@type']).toBe('Legislation');
  expect(json.legislationLegalForce).toBe('https://schema.org/InForce');
  if (withNumber.docNumber) expect(json.legislationIdentifier).toBe(withNumber.docNumber);
  expectCleanConsole();
});

test('browse should offer a 现行有效 filter with its count, listing only documents in force, each with its badge', async ({
  page,
  catalog,
  expectCleanConsole,
}) => {
  const count = catalog.documents.filter((d) => d.status.value === 'in-force').length;
  await page.goto('/browse/');
  const facet = page.locator('[data-status-facet]');
  const link = facet.getByRole('link', { name: /^现行有效/ });
  await expect(link).toContainText(String(count));
  await link.click();
  const items = page.locator('.doc-list > li');
  await expect(items).toHaveCount(count);
  await expect(items.locator('.status-badge[data-status="in-force"]')).toHaveCount(count);
  expectCleanConsole();
});

test('the subsidies filter 仅看现行有效 should hide the rules of documents not in force, and each row should show its status basis on focus', async ({
  page,
  expectCleanConsole,
}) => {
  await page.goto('/subsidies/');
  const rows = page.locator('tr[data-row-id]');
  const total = await rows.count();
  test.skip(total === 0, 'no subsidy rules in this corpus');
  const inForceRows = await page.locator('tr[data-row-id][data-status="in-force"]').count();
  await page.getByLabel(/仅看现行有效/).check();
  await expect(page.locator('tr[data-row-id]:visible')).toHaveCount(inForceRows);
  await expect(page).toHaveURL(/inforce=1/);
  const badge = page.locator('tr[data-row-id]:visible [data-status-cell] .status-badge').first();
  await badge.focus();
  await expect(page.locator(`#${await badge.getAttribute('aria-describedby')}`)).toBeVisible();
  expectCleanConsole();
});

test('a search result should show its document’s status badge, whose basis shows on keyboard focus', async ({ page, catalog, expectCleanConsole }) => {
  // A word of the in-force document's own title: it has results, and that document among them.
  const q = inForce.title.replace(/[《》〈〉（）()“”]/gu, '').slice(0, 6);
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  const results = page.locator('[data-search-results]');
  await expect(results).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  const groups = page.locator('[data-search-results] .search-group');
  await expect(groups.first()).toBeVisible();
  const byId = new Map(catalog.documents.map((d) => [d.id, d]));
  for (const group of await groups.all()) {
    const entry = byId.get((await group.getAttribute('data-doc'))!)!;
    const badge = group.locator('.search-group-title .status-badge');
    await expect(badge).toHaveText(entry.status.label);
    await expect(badge).toHaveAttribute('data-status', entry.status.value);
  }
  const group = page.locator(`[data-search-results] .search-group[data-doc="${inForce.id}"]`).first();
  const badge = group.locator('.status-badge[tabindex="0"]');
  const ids = await page.locator('[data-search-results] .status-tip').evaluateAll((tips) => tips.map((t) => t.id));
  expect(new Set(ids).size, 'each tooltip id is unique').toBe(ids.length);
  const tip = page.locator(`#${await badge.getAttribute('aria-describedby')}`);
  await expect(tip).toBeHidden();
  await badge.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(inForce.status.basis.rule);
  expectCleanConsole();
});

test('a link to a document that is repealed, lapsed or past its plan period should show that status beside it on the citing page', async ({
  page,
  catalog,
  expectCleanConsole,
}) => {
  const lapsed = catalog.documents.filter((d) => LAPSED.has(d.status.value));
  let checked = 0;
  for (const cited of lapsed) {
    await page.goto(cited.url);
    const citing = await page.locator('.crossrefs .backlinks a[href^="/docs/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const from = citing.find((href) => !href.startsWith(cited.url));
    if (!from) continue;
    await page.goto(from);
    const badge = page.locator(`a.cite[href^="${cited.url}"] + .cite-status`).first();
    await expect(badge).toHaveText(cited.status.label);
    await expect(badge).toHaveAttribute('data-status', cited.status.value);
    checked++;
    break;
  }
  test.skip(checked === 0, 'no library document cites a repealed, lapsed or ended one in this corpus');
  expectCleanConsole();
});
