/** The home page and the browse listings, as a reader uses them. */
import type { CatalogEntry } from '../../src/lib/corpus/index.ts';
import { documentDate } from '../../src/lib/status/document-date.ts';
import { expect, test } from './fixtures.ts';

/** Accessible names as Chromium computes them: hidden text in its own box gets spaces around it. */
const named = (...parts: string[]) => new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')}$`);

/** The date a listing goes by: the one rule for a document's date (成文, else 发布, else 施行). */
const dateOf = (doc: CatalogEntry) => documentDate(doc.dates);

test('the home page should open with a search box that searches for q, even without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('/');

  // The first control of the page's own content is the search box.
  const first = page.locator('main').locator('input, select, textarea, button').first();
  await expect(first).toHaveAttribute('name', 'q');
  await expect(page.getByRole('search', { name: '全文检索' })).toHaveAttribute('action', '/search/');
  await expect(page.getByLabel(/检索 \d+ 件/)).toBeVisible();

  await first.fill('产教融合');
  await first.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E4%BA%A7%E6%95%99%E8%9E%8D%E5%90%88$/);
  expect(errors, 'the console should be empty').toEqual([]);
  await context.close();
});

test('each kind should show its count and link to its listing and to the search filtered by it', async ({ page, catalog, expectCleanConsole }) => {
  await page.goto('/');
  const browse = page.getByRole('region', { name: '分类浏览' });
  for (const kind of ['法律', '行政法规', '部门规章', '地方性法规', '规范性文件']) {
    const count = catalog.documents.filter((doc) => doc.kind === kind).length;
    const item = browse.locator('.kind-list > li').filter({ has: page.locator('.kind-name', { hasText: new RegExp(`^${kind}`) }) });
    await expect(item.locator('.facet-count').first(), kind).toHaveText(`，${count} 件`);
    if (count === 0) {
      await expect(item.locator('a')).toHaveCount(0);
      continue;
    }
    await expect(item.getByRole('link', { name: named('检索', `：${kind}`) })).toHaveAttribute('href', `/search/?kind=${encodeURIComponent(kind)}`);
  }

  // 规范性文件 → its listing: every document of that kind, with title, 文号, date and kind.
  const expected = catalog.documents.filter((doc) => doc.kind === '规范性文件');
  await browse.getByRole('link', { name: named('规范性文件', '，', `${expected.length} 件`) }).click();
  await expect(page).toHaveURL(/^[^?#]*\/browse\/kind\/[a-z0-9-]+\/$/);
  await expect(page.locator('h1')).toHaveText('规范性文件');
  const items = page.locator('main .doc-list > li');
  await expect(items).toHaveCount(expected.length);
  const withNumber = expected.find((doc) => doc.docNumber && dateOf(doc))!;
  const item = items.filter({ has: page.locator(`a[href="${withNumber.url}"]`) });
  await expect(item.locator('a')).toHaveText(withNumber.title);
  await expect(item).toContainText(withNumber.docNumber!);
  await expect(item.locator('time')).toHaveAttribute('datetime', dateOf(withNumber)!);
  await expect(item).toContainText('规范性文件');
  expectCleanConsole();
});

test('issuers, years and jurisdictions should count each document under each of its values', async ({ page, catalog, expectCleanConsole }) => {
  // [heading of the facet, a value, documents with it]
  const issuer = '教育部';
  const year = '2021';
  const cases: Array<[string, string, CatalogEntry[], string]> = [
    ['按发布机关', issuer, catalog.documents.filter((doc) => doc.issuers.includes(issuer)), 'issuer'],
    ['按年份', year, catalog.documents.filter((doc) => dateOf(doc)?.startsWith(year)), 'year'],
    ['按地区', '云南省', catalog.documents.filter((doc) => doc.jurisdiction === '云南省'), 'jurisdiction'],
  ];
  for (const [heading, value, expected, param] of cases) {
    await page.goto('/');
    const facet = page.getByRole('region', { name: heading });
    const link = facet.getByRole('link', { name: named(value, '，', `${expected.length} 件`) });
    await expect(link, `${heading} ${value}`).toHaveCount(1);
    await expect(facet.getByRole('link', { name: named('检索', `：${value}`) })).toHaveAttribute('href', `/search/?${param}=${encodeURIComponent(value)}`);
    await link.click();
    await expect(page.locator('h1')).toHaveText(value);
    await expect(page.locator('main .doc-list > li')).toHaveCount(expected.length);
    // Newest first.
    const dates = await page.locator('main .doc-list time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual(dates.toSorted().toReversed());
  }
  expectCleanConsole();
});

test('a 文种 under a kind should link to that kind’s part of the 文种 listing', async ({ page, expectCleanConsole }) => {
  await page.goto('/');
  const kind = page.locator('.kind-list > li').filter({ has: page.locator('.kind-name', { hasText: /^规范性文件/ }) });
  const genre = kind.locator('.genre-list a', { hasText: /^意见/ });
  const count = Number((await genre.locator('.facet-count').textContent())?.replace(/\D/g, ''));
  await genre.click();
  await expect(page).toHaveURL(/\/browse\/genre\/yijian\/#kind-guifanxingwenjian$/);
  const part = page.locator('#kind-guifanxingwenjian').locator('xpath=..');
  await expect(part.locator('.doc-list > li')).toHaveCount(count);
  await expect(page.locator('#kind-guifanxingwenjian')).toBeInViewport();
  expectCleanConsole();
});

test('the latest documents should be the newest dated ones, newest first, each linking to its page', async ({ page, catalog, expectCleanConsole }) => {
  await page.goto('/');
  const latest = page.getByRole('region', { name: '最新文件' }).locator('.doc-list > li');
  await expect(latest).not.toHaveCount(0);
  const dates = await latest.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual(dates.toSorted().toReversed());
  // Nothing in the catalog (apart from notices, attachments and news) is newer than the last shown.
  const newest = catalog.documents
    .map(dateOf)
    .filter((d): d is string => d !== null)
    .toSorted()
    .at(-1);
  expect(dates[0]).toBe(newest);
  const first = latest.first().locator('a');
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(href!);
  expectCleanConsole();
});
