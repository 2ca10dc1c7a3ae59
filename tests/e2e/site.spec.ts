import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

/** The ids of the corpus the site was built from (the build and the tests share POLICY_DIR). */
const corpusIds = readdirSync(process.env.POLICY_DIR ?? 'content/policies')
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -'.md'.length))
  .sort();

test('the home page should lead to every document, through the listing of its kind', async ({ page, catalog, expectCleanConsole }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // Each kind links to its listing; together the listings show every document once.
  const listings = await page.locator('main .kind-list a.kind-name').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const listed: string[] = [];
  for (const listing of listings) {
    await page.goto(listing);
    listed.push(...(await page.locator('main .doc-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))));
  }
  expect(listed.toSorted()).toEqual(catalog.documents.map((doc) => doc.url).toSorted());

  const first = page.locator('main .doc-list a').first();
  const url = await first.getAttribute('href');
  const doc = catalog.documents.find((d) => d.url === url);
  expect(doc, 'the listing should not be empty').toBeDefined();
  await expect(first).toHaveText(doc!.title);
  await first.click();
  await expect(page).toHaveURL(doc!.url);
  await expect(page.locator('h1')).toHaveText(doc!.title);
  expectCleanConsole();
});

test('a law page should show each article with its id and a working anchor link', async ({ page, catalog, expectCleanConsole }) => {
  const law = catalog.documents.find((doc) => doc.counts.articles > 0);
  expect(law, 'some document should have articles').toBeDefined();
  await page.goto(law!.url);

  const articles = page.locator('.policy-text [data-unit="article"]');
  await expect(articles).toHaveCount(law!.counts.articles);
  // Ids come from the numbers: `art-1`, or `att-1-art-1` inside 附件1.
  const article = /^(att-\d+-)?art-\d+(-\d+)?(_\d+)?$/;
  expect(await articles.first().getAttribute('id')).toMatch(article);

  // The last article needs the anchor most: it is the one furthest down the page.
  const last = articles.last();
  const id = await last.getAttribute('id');
  expect(id).toMatch(article);
  const anchor = last.locator(`a[href="#${id}"]`);
  await expect(anchor).toHaveCount(1);
  await anchor.click();
  await expect(page).toHaveURL(`${law!.url}#${id}`);
  await expect(last).toBeInViewport();
  expectCleanConsole();
});

test('catalog.json should list every document once, each url a page that returns 200', async ({ page, catalog, expectCleanConsole }) => {
  // One browser visit per document, so the time allowed grows with the corpus.
  test.setTimeout(30_000 + 1_000 * catalog.documents.length);
  const ids = catalog.documents.map((doc) => doc.id);
  expect(ids.toSorted()).toEqual(corpusIds);

  for (const doc of catalog.documents) {
    expect(doc.url).toBe(`/docs/${doc.id}/`);
    const response = await page.goto(doc.url);
    expect(response?.status(), doc.url).toBe(200);
    await expect(page.locator('h1')).toHaveText(doc.title);
  }
  expectCleanConsole();
});
