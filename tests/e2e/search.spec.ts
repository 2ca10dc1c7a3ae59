import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { listUnits } from '../../src/lib/cite/index.ts';
import { parsePolicy } from '../../src/lib/pst/index.ts';
import { UNKNOWN_VALUE } from '../../src/lib/search/facets.ts';
import { expect, test } from './fixtures.ts';

/**
 * The search page in a browser, as sentences. Queries come from the corpus the site was built
 * from (POLICY_DIR, else content/policies), so the tests hold for the real corpus and for the
 * fixture one; a test whose phrase the corpus lacks is skipped and says why.
 */

const dir = process.env.POLICY_DIR ?? 'content/policies';
const units = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) => {
    const { tree } = parsePolicy(readFileSync(path.join(dir, name), 'utf8'));
    return listUnits(tree).map((unit) => ({ doc: name.slice(0, -3), ...unit }));
  });

/** The first of the phrases some unit of the corpus contains, else null. */
function inCorpus(...phrases: string[]): string | null {
  return phrases.find((phrase) => units.some((u) => u.text.includes(phrase))) ?? null;
}

const results = '[data-search-results]';
const searchInput = '#search-input';

/**
 * Waits until the results on the page are those of `q`. A page's first search loads the
 * index's table of contents, vocabulary and postings, hence the longer wait on a busy machine.
 */
async function settled(page: Page, q: string): Promise<void> {
  await expect(page.locator(results)).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  await expect(page.locator(results)).toHaveAttribute('data-query', q, { timeout: 20_000 });
}

async function search(page: Page, q: string): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await settled(page, q);
}

const unitHref = /^\/docs\/[a-z0-9-]+\/(\?[^#]*)?#[A-Za-z0-9_-]+$/;

test('a query should list clause-level results, best first, each linking to a unit that exists', async ({ page, expectCleanConsole }) => {
  const q = inCorpus('职业教育活动周', '产教融合', '职业教育');
  test.skip(q === null, 'the corpus has none of the phrases');
  await search(page, q!);

  const links = page.locator(`${results} a[data-result]`);
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => unitHref.test(h)).length, 'most results link to a unit').toBeGreaterThan(hrefs.length / 2);
  // Every unit a result names is a unit of the corpus, and the first one holds the query.
  for (const href of hrefs.filter((h) => unitHref.test(h))) {
    const [, doc, unit] = href.match(/^\/docs\/([^/]+)\/.*#(.+)$/)!;
    expect(
      units.some((u) => u.doc === doc && u.id === unit),
      href,
    ).toBe(true);
  }
  await expect(page.locator(`${results} .search-result`).first().locator('mark').first()).toHaveText(q!);

  // The link opens the document at that unit.
  const first = hrefs.find((h) => unitHref.test(h))!;
  await links.first().click();
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}${url.hash}` === first);
  const id = decodeURIComponent(first.split('#')[1]!);
  await expect(page.locator(`[id="${id}"]`).first()).toBeVisible();
  expectCleanConsole();
});

test('opening a result should mark the query terms in the target unit', async ({ page, expectCleanConsole }) => {
  const q = inCorpus('职业教育活动周', '产教融合', '职业教育');
  test.skip(q === null, 'the corpus has none of the phrases');
  await search(page, q!);
  const href = await page.locator(`${results} a[data-result]`).first().getAttribute('href');
  await page.goto(href!);
  const wired = await page.locator('script[src*="HighlightOnArrival"]').count();
  test.skip(wired === 0, 'the document page does not include HighlightOnArrival yet');
  const id = decodeURIComponent(href!.split('#')[1]!);
  await expect(page.locator(`[id="${id}"] mark.search-hit`).first()).toHaveText(q!);
  expectCleanConsole();
});

test('a filter should narrow the results to its value, with its count shown beside it', async ({ page, catalog, expectCleanConsole }) => {
  const q = inCorpus('职业教育', '教育', '职业');
  test.skip(q === null, 'the corpus has none of the phrases');
  await search(page, q!);
  await page.locator('[data-search-filters] summary').click();

  // A kind with results, but not all of them: choosing it must narrow.
  const values = page.locator('[data-facet-values="kind"] label');
  const options = await values.evaluateAll((labels) =>
    labels.map((l) => ({ value: l.querySelector('input')!.value, count: Number(l.querySelector('.search-facet-count')?.textContent ?? 0) })),
  );
  test.skip(options.length < 2, 'the results have a single kind');
  const choice = options.sort((a, b) => a.count - b.count)[0]!;
  expect(choice.count).toBeGreaterThan(0);

  await page.locator(`[data-facet-values="kind"] input[value="${choice.value}"]`).check();
  await settled(page, q!);
  // The count is of matching units; the list folds a unit into a more specific one inside it.
  const found = Number((await page.locator('[data-search-status]').textContent())?.match(/找到约? (\d+) 处/)?.[1]);
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThanOrEqual(choice.count);
  const kinds = new Map(catalog.documents.map((d) => [d.id, d.kind ?? UNKNOWN_VALUE]));
  const docs = await page.locator(`${results} a[data-result]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2]!));
  expect(docs.length).toBeGreaterThan(0);
  for (const doc of docs) expect(kinds.get(doc), doc).toBe(choice.value);
  // Its count is still shown, and the box stays ticked.
  await expect(page.locator(`[data-facet-values="kind"] input[value="${choice.value}"]`)).toBeChecked();
  await expect(page.locator(`[data-facet-values="kind"] label:has(input[value="${choice.value}"]) .search-facet-count`)).toHaveText(String(choice.count));
  expectCleanConsole();
});

test('the URL should carry the query and filters, and reloading it should restore the search', async ({ page, expectCleanConsole }) => {
  const q = inCorpus('产教融合', '职业教育');
  test.skip(q === null, 'the corpus has none of the phrases');
  await page.goto('/search/');
  await page.fill(searchInput, q!);
  await page.press(searchInput, 'Enter');
  await settled(page, q!);
  await page.locator('[data-search-filters] summary').click();
  const box = page.locator('[data-facet-values="jurisdiction"] input').first();
  const value = await box.getAttribute('value');
  await box.check();
  await settled(page, q!);

  await expect(page).toHaveURL((url) => url.searchParams.get('q') === q && url.searchParams.getAll('jurisdiction').includes(value!));
  const before = await page.locator(`${results} a[data-result]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));

  await page.reload();
  await settled(page, q!);
  await expect(page.locator(searchInput)).toHaveValue(q!);
  await expect(page.locator(`[data-facet-values="jurisdiction"] input[value="${value}"]`)).toBeChecked();
  expect(await page.locator(`${results} a[data-result]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(before);
  expectCleanConsole();
});

test('results should update as the reader types, without pressing Enter', async ({ page, expectCleanConsole }) => {
  const q = inCorpus('产教融合型企业', '职业教育活动周', '职业教育');
  test.skip(q === null, 'the corpus has none of the phrases');
  await page.goto('/search/');
  await page.locator(searchInput).pressSequentially(q!.slice(0, 2), { delay: 30 });
  await settled(page, q!.slice(0, 2));
  await page.locator(searchInput).pressSequentially(q!.slice(2), { delay: 30 });
  await settled(page, q!);
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === q);
  await expect(page.locator(`${results} .search-result`).first().locator('mark').first()).toHaveText(q!);
  expectCleanConsole();
});

test('教融 should find clauses about 产教融合: a substring across a word boundary', async ({ page, expectCleanConsole }) => {
  test.skip(inCorpus('产教融合') === null, 'the corpus has no 产教融合');
  await search(page, '教融');
  const first = page.locator(`${results} .search-result`).first();
  await expect(first.locator('a')).toHaveAttribute('href', unitHref);
  await expect(first.locator('mark').first()).toHaveText('教融');
  await expect(first.locator('.search-result-excerpt')).toContainText('产教融合');
  expectCleanConsole();
});

test('source text with <script> or HTML should render as literal text in results', async ({ page, expectCleanConsole }) => {
  // A unit whose text has markup-like text: the fixture's <script>alert(1)</script>, or the
  // real corpus's 《关于印发<新时期产业工人队伍建设改革方案>的通知》.
  const unit = units.find((u) => /<[^>]+>/.test(u.text));
  test.skip(!unit, 'the corpus has no text with angle brackets');
  const [tag] = unit!.text.match(/<[^>]+>/)!;
  const q = tag
    .slice(1, -1)
    .match(/[\p{L}\p{N}]+/u)![0]
    .slice(0, 12);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await search(page, q);

  const excerpts = page.locator(`${results} .search-result-excerpt`);
  await expect(excerpts.filter({ hasText: tag.slice(0, 4) }).first()).toBeVisible();
  expect(await page.locator(`${results} script, ${results} [onerror], ${results} img`).count()).toBe(0);
  expect(dialogs, 'no script from the text ran').toEqual([]);
  expectCleanConsole();
});

test('an empty query with a filter should list the matching documents, with counts', async ({ page, catalog, expectCleanConsole }) => {
  const kind = catalog.documents.find((d) => d.kind)?.kind;
  test.skip(!kind, 'no document has a kind');
  const expected = catalog.documents.filter((d) => d.kind === kind);
  await page.goto(`/search/?kind=${encodeURIComponent(kind!)}`);
  await settled(page, '');

  await expect(page.locator('[data-search-status]')).toContainText(`${expected.length} 件文件`);
  const listed = await page.locator(`${results} a[data-result]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(listed.length).toBe(Math.min(expected.length, 20));
  for (const href of listed) expect(expected.map((d) => d.url)).toContain(href);
  await expect(page.locator(`[data-facet-values="kind"] input[value="${kind}"]`)).toBeChecked();
  expectCleanConsole();
});

/** The unit whose text holds every phrase, and its document; null when the corpus has none. */
function unitWith(...phrases: string[]) {
  return units.find((u) => phrases.every((p) => u.text.replace(/\s+/g, '').includes(p))) ?? null;
}

test('a question should be answered by the clause that holds the answer, its amount in bold, with the understood query shown', async ({
  page,
  expectCleanConsole,
}) => {
  const unit = unitWith('学徒', '补贴', '元');
  test.skip(unit === null, 'the corpus has no clause on 学徒 补贴 with an amount');
  await search(page, '学徒补贴多少钱');
  // The question words are not searched for; the kind of answer asked is named.
  await expect(page.locator('[data-search-understood]')).toContainText('问金额');
  await expect(page.locator('[data-search-understood]')).not.toContainText('多少钱');
  const first = page.locator(`${results} .search-result`).first();
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(first.locator('strong.search-answer').first()).toContainText(/\d+\s*元|元/);
  // The answering clause is among the first five results.
  const hrefs = await page.locator(`${results} a[data-result]`).evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href') ?? ''));
  const answering = units.filter((u) => /学徒/.test(u.text) && /补贴/.test(u.text) && /\d\s*元/.test(u.text));
  expect(hrefs.some((h) => answering.some((u) => h.startsWith(`/docs/${u.doc}/`) && h.endsWith(`#${u.id}`)))).toBe(true);
  expectCleanConsole();
});

test('a colloquial short form should find the texts that use the full name (技校 → 技工学校, 技工院校)', async ({ page, expectCleanConsole }) => {
  test.skip(unitWith('技工学校', '学制') === null && unitWith('技工院校', '学制') === null, 'the corpus has no clause on 技工学校 学制');
  await search(page, '技校 学制');
  const first = page.locator(`${results} .search-result`).first();
  await expect(first.locator('.search-result-excerpt mark').first()).toHaveText(/技工学校|技工院校/);
  await expect(first.locator('.search-result-excerpt')).toContainText('学制');
  await expect(page.locator('[data-search-status]')).not.toContainText('没有找到');
  expectCleanConsole();
});

test('a query in traditional characters should find the simplified text (國家助學金 → 国家助学金)', async ({ page, expectCleanConsole }) => {
  test.skip(inCorpus('国家助学金') === null, 'the corpus has no 国家助学金');
  await search(page, '國家助學金 怎麼發放');
  await expect(page.locator('[data-search-understood]')).toContainText('国家助学金');
  const first = page.locator(`${results} .search-result`).first();
  await expect(first.locator('mark').first()).toHaveText('国家助学金');
  expectCleanConsole();
});

test('a 文号 fragment typed without brackets should list its document first', async ({ page, catalog, expectCleanConsole }) => {
  const doc = catalog.documents.find((d) => d.docNumber && /〔\d{4}〕\d+号$/.test(d.docNumber));
  test.skip(!doc, 'no document has a 文号');
  const [, prefix, year, n] = doc!.docNumber!.match(/^(.+)〔(\d{4})〕(\d+)号$/)!;
  const q = `${prefix}${year} ${n}`;
  await search(page, q);
  const first = page.locator(`${results} > li`).first();
  await expect(first).toHaveAttribute('data-level', 'doc');
  await expect(first.locator('a[data-result]')).toHaveAttribute('href', new RegExp(`^/docs/${doc!.id}/`));
  expectCleanConsole();
});

test('the results should be reachable with the keyboard alone, from the search box', async ({ page, expectCleanConsole }) => {
  const q = inCorpus('职业教育活动周', '产教融合', '职业教育');
  test.skip(q === null, 'the corpus has none of the phrases');
  await search(page, q!);
  await page.locator(searchInput).focus();
  // Past the button and the filters' summary, the first result link.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('a[data-result]') ?? false)) break;
  }
  await expect(page.locator(`${results} a[data-result]`).first()).toBeFocused();
  expectCleanConsole();
});
