/**
 * The subsidy finder (/subsidies/) as a person uses it, each test ending with "no console
 * errors". Expectations come from the built /data/subsidies.json, so the tests hold for
 * whatever corpus was built; a corpus without subsidy rules skips them.
 */
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { formatterFactory, HtmlValidate } from 'html-validate';
import { join, resolve } from 'node:path';
import type { SubsidyRow } from '../../src/lib/subsidy/index.ts';
import { expect, test } from './fixtures.ts';

interface Export {
  count: number;
  withAmounts: number;
  rows: SubsidyRow[];
}

const rowsOnPage = (page: Page) => page.locator('tbody[data-subsidy-rows] > tr');
const visibleRows = (page: Page) => page.locator('tbody[data-subsidy-rows] > tr:not([hidden])');

async function exported(request: APIRequestContext): Promise<Export> {
  const response = await request.get('/data/subsidies.json');
  expect(response.status()).toBe(200);
  const data = (await response.json()) as Export;
  test.skip(data.rows.length === 0, 'the built corpus has no subsidy rules');
  return data;
}

test('the subsidies page should list every rule with its amounts highlighted and link each to its unit', async ({ page, request, expectCleanConsole }) => {
  const data = await exported(request);
  await page.goto('/subsidies/');
  await expect(page.locator('h1')).toHaveText('资金与补贴');
  await expect(rowsOnPage(page)).toHaveCount(data.count);
  await expect(page.locator('tbody[data-subsidy-rows] > tr[data-has-amount="yes"]')).toHaveCount(data.withAmounts);

  // The row with the largest sum shows it in a <mark>, in the amount column and in the text.
  const richest = data.rows.filter((r) => r.amounts.some((a) => a.yuan !== null)).at(0);
  if (richest) {
    const row = page.locator(`tr[data-row-id="${richest.id}"]`);
    await expect(row.locator('.subsidy-cell-amount mark').first()).toBeVisible();
    await expect(row.locator('.subsidy-text mark').first()).toHaveText(richest.amounts[0]!.text);
  }

  // Every unit a row links to exists on its document page.
  const byDoc = new Map<string, Set<string>>();
  for (const row of data.rows) byDoc.set(row.doc.id, (byDoc.get(row.doc.id) ?? new Set()).add(row.unit.id));
  for (const [doc, units] of byDoc) {
    const html = await (await request.get(`/docs/${doc}/`)).text();
    for (const unit of units) expect(html, `/docs/${doc}/#${unit}`).toContain(`id="${unit}"`);
  }

  // Following a link lands on the unit.
  const first = (richest ?? data.rows[0])!;
  await page.locator(`tr[data-row-id="${first.id}"] .subsidy-cell-source a`).click();
  await expect(page).toHaveURL(first.url);
  await expect(page.locator(`[id="${first.unit.id}"]`)).toBeInViewport();
  expectCleanConsole();
});

test("the page should load its scripts and styles as files, which a script-src/style-src 'self' policy allows", async ({
  page,
  request,
  expectCleanConsole,
}) => {
  await exported(request);
  await page.goto('/subsidies/');
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  await expect(page.locator('style')).toHaveCount(0);
  await expect(page.locator('[style]')).toHaveCount(0);
  // The filters are there, so the script ran.
  await expect(page.locator('form[data-subsidy-filters]')).toBeVisible();
  expectCleanConsole();
});

test('a filter and the text filter should narrow the rows, and the address should keep them', async ({ page, request, expectCleanConsole }) => {
  const data = await exported(request);
  await page.goto('/subsidies/');
  const form = page.locator('form[data-subsidy-filters]');
  await expect(form).toBeVisible();
  await expect(form.locator('[data-subsidy-count]')).toHaveText(`显示 ${data.count} / ${data.count} 条规定`);

  // The kind with the most rows that is not all of them.
  const counts = new Map<string, number>();
  for (const row of data.rows) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
  const [kind, kindCount] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  await page.selectOption('#subsidy-kind', kind);
  await expect(visibleRows(page)).toHaveCount(kindCount);
  for (const value of await visibleRows(page).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.kind))) expect(value).toBe(kind);
  await expect(form.locator('[data-subsidy-count]')).toHaveText(`显示 ${kindCount} / ${data.count} 条规定`);

  // A word from the text of one of those rows narrows them further: every row left holds it.
  const word = data.rows.find((r) => r.kind === kind && r.amounts.length > 0)?.amounts[0]?.text ?? data.rows.find((r) => r.kind === kind)!.text.slice(0, 6);
  await page.fill('#subsidy-q', word);
  const folded = word.replace(/\s+/gu, '');
  await expect(form.locator('[data-subsidy-count]')).not.toHaveText(`显示 ${kindCount} / ${data.count} 条规定`);
  const texts = await visibleRows(page).evaluateAll((rows) => rows.map((r) => (r.textContent ?? '').replace(/\s+/gu, '')));
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.length).toBeLessThan(kindCount);
  for (const text of texts) expect(text).toContain(folded);
  const expected = texts.length;

  // The choices are in the address: reloading shows the same rows.
  await expect(page).toHaveURL(/\?(?=.*kind=)(?=.*q=)/u);
  await page.reload();
  await expect(page.locator('#subsidy-kind')).toHaveValue(kind);
  await expect(visibleRows(page)).toHaveCount(expected);

  // Clearing shows every row again; a search with no match says so.
  await page.click('button[type="reset"]');
  await expect(visibleRows(page)).toHaveCount(data.count);
  await page.fill('#subsidy-q', '不可能出现的词语组合');
  await expect(visibleRows(page)).toHaveCount(0);
  await expect(page.locator('[data-subsidy-empty]')).toBeVisible();
  expectCleanConsole();
});

test('sorting by amount should order the rows by their largest sum, rows without money last', async ({ page, request, expectCleanConsole }) => {
  await exported(request);
  await page.goto('/subsidies/');
  const amounts = () => rowsOnPage(page).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.amount ?? ''));

  await page.selectOption('#subsidy-sort', 'amount-desc');
  const desc = await amounts();
  const money = desc.filter((a) => a !== '').map(Number);
  expect(money.length).toBeGreaterThan(0);
  expect(
    desc.slice(0, money.length).every((a) => a !== ''),
    'rows with money come first',
  ).toBe(true);
  expect(money).toEqual(money.toSorted((a, b) => b - a));

  await page.selectOption('#subsidy-sort', 'amount-asc');
  const asc = (await amounts()).filter((a) => a !== '').map(Number);
  expect(asc).toEqual(money.toSorted((a, b) => a - b));

  await page.selectOption('#subsidy-sort', 'date-desc');
  const dates = (await rowsOnPage(page).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.date ?? ''))).filter(Boolean);
  expect(dates).toEqual(dates.toSorted().reverse());
  expectCleanConsole();
});

test('the JSON and CSV exports should be served and list the same rows as the page', async ({ page, request, expectCleanConsole }) => {
  const data = await exported(request);
  await page.goto('/subsidies/');
  const pageIds = await rowsOnPage(page).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.rowId));
  expect(data.rows.map((r) => r.id)).toEqual(pageIds);

  await expect(page.locator('a[href="/data/subsidies.csv"]')).toBeVisible();
  await expect(page.locator('a[href="/data/subsidies.json"]')).toBeVisible();
  const response = await request.get('/data/subsidies.csv');
  expect(response.status()).toBe(200);
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toMatch(/^编号,类别,对象,金额,/u);
  // Ids are ASCII without commas or quotes: the first field of each record. Records may span
  // lines only inside quotes, and no text here has a line break, so lines are records.
  expect(lines.slice(1).map((line) => line.slice(0, line.indexOf(',')))).toEqual(pageIds);
  expectCleanConsole();
});

test('on a phone-width screen the rows should read as labelled cards without sideways scrolling', async ({ page, request, expectCleanConsole }) => {
  await exported(request);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/subsidies/');
  const row = rowsOnPage(page).first();
  expect(await row.evaluate((r) => getComputedStyle(r).display)).toBe('block');
  expect(
    await row
      .locator('td')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content),
  ).toContain('金额');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expectCleanConsole();
});

test('a document page with subsidy rules should show its 资金与补贴 summary with amounts and working links', async ({ page, request, expectCleanConsole }) => {
  const data = await exported(request);
  const row = data.rows.find((r) => r.amounts.some((a) => a.yuan !== null))!;
  await page.goto(`/docs/${row.doc.id}/`);
  const summary = page.locator('[data-subsidy-summary]');
  test.skip((await summary.count()) === 0, 'SubsidySummary is not included in the document page yet');
  await expect(summary.locator('h2')).toHaveText('资金与补贴');
  const withAmounts = data.rows.filter((r) => r.doc.id === row.doc.id && r.amounts.length > 0);
  await expect(summary.locator(':scope > ul > li')).toHaveCount(withAmounts.length);
  await expect(summary.locator('mark').first()).toBeVisible();
  await summary.locator(`a[href="${row.url}"]`).first().click();
  await expect(page.locator(`[id="${row.unit.id}"]`)).toBeInViewport();

  // A document without such rules shows none.
  const quiet = (await (await request.get('/data/catalog.json')).json()) as { documents: Array<{ id: string; url: string }> };
  const without = quiet.documents.find((d) => !data.rows.some((r) => r.doc.id === d.id));
  if (without) {
    await page.goto(without.url);
    await expect(page.locator('[data-subsidy-summary]')).toHaveCount(0);
  }
  expectCleanConsole();
});

test('the subsidies page should validate as HTML and have no serious or critical axe violations', async ({ page, request, expectCleanConsole }) => {
  test.setTimeout(120_000);
  const dist = resolve(process.env.DIST_DIR ?? 'dist');
  const validator = new HtmlValidate({
    extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'],
    // As tests/e2e/html.spec.ts configures them: integrity hashes only for other origins, and
    // the quick jump's listbox.
    rules: { 'require-sri': ['error', { target: 'crossorigin' }], 'prefer-native-element': ['error', { exclude: ['listbox'] }] },
  });
  const report = await validator.validateFile(join(dist, 'subsidies/index.html'));
  expect(report.valid, formatterFactory('text')(report.results)).toBe(true);

  // axe over all 400-odd rows takes minutes; rows of one filter show every kind of cell.
  const data = await exported(request);
  const sample = data.rows.find((r) => r.amounts.length > 0 && r.conditions.length > 0) ?? data.rows[0]!;
  await page.goto(`/subsidies/?kind=${encodeURIComponent(sample.kind)}&amount=1`);
  await page.waitForLoadState('networkidle');
  const { violations } = await new AxeBuilder({ page }).exclude('tbody[data-subsidy-rows] > tr[hidden]').analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.impact} ${v.id}: ${node.target.join(' ')} — ${v.help}`));
  expect(serious).toEqual([]);
  expectCleanConsole();
});
