/**
 * The document pages in a browser: contents, anchors, Copy citation (on the clipboard), unit
 * pages, provenance, the keyboard alone, a 375 px phone, no JavaScript, print. Each sentence
 * names the documents it reads — 中华人民共和国职业教育法 (zyjyf-2022) and 技工教育“十四五”规划
 * (rsbf-2021-86) — and fails when the site was built without them.
 */
import type { Locator, Page } from '@playwright/test';
import { allowClipboard, clipboard, expect, test } from './fixtures.ts';

const LAW = 'zyjyf-2022';
const PLAN = 'rsbf-2021-86';
const LAW_ITEM = '《中华人民共和国职业教育法》第三十六条第二款第三项';
const PLAN_ITEM = '《技工教育“十四五”规划》（人社部发〔2021〕86号）二（二）';

test.beforeEach(async ({ catalog }) => {
  const ids = new Set(catalog.documents.map((doc) => doc.id));
  // The suite runs against the real corpus: a missing document is a failure, not a skip.
  expect([...ids].filter((id) => id === LAW || id === PLAN).sort(), `the site should hold ${LAW} and ${PLAN}`).toEqual([PLAN, LAW].sort());
});

/** The line (heading or paragraph) of a unit, which carries its tools. */
const line = (page: Page, id: string) => page.locator(`[id="${id}"] > .unit-line`);
/** A unit's Copy button: `cite` or `url`. */
const copyButton = (page: Page, id: string, what: 'cite' | 'url') => page.locator(`[data-unit-id="${id}"] button[data-copy="${what}"]`);

/** How opaque a unit's tools are (they fade in as a group). */
const opacity = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el.closest('.tools')!).opacity);

test('the contents of a law should link to each chapter and article, and a click should bring the article into view', async ({ page, expectCleanConsole }) => {
  await page.goto(`/docs/${LAW}/`);
  const toc = page.locator('[data-toc]');
  await expect(toc.getByRole('link', { name: /^第[一二三四五六七八]章/ })).toHaveCount(8);
  const hrefs = await toc.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.filter((href) => /^#art-\d+$/.test(href))).toHaveLength(69);
  const missing = await page.evaluate((all) => all.filter((href) => !document.getElementById(href.slice(1))), hrefs);
  expect(missing, 'every entry should name a unit of the page').toEqual([]);

  await toc.getByRole('link', { name: '第三十六条', exact: true }).click();
  await expect(page).toHaveURL(`/docs/${LAW}/#art-36`);
  await expect(page.locator('#art-36')).toBeInViewport();
  expectCleanConsole();
});

test('the contents of a policy document should list 一、 and （一） items and each 专栏', async ({ page, expectCleanConsole }) => {
  await page.goto(`/docs/${PLAN}/`);
  const toc = page.locator('[data-toc]');
  await expect(toc.locator('a[href="#s2"]')).toHaveText(/二、\s*总体要求/);
  await expect(toc.locator('a[href="#s2-2"]')).toHaveText(/（二）\s*主要目标/);
  await expect(toc.locator('a[href^="#box-"]')).toHaveCount(5);
  await toc.locator('a[href="#s2-2"]').click();
  await expect(page.locator('#s2-2')).toBeInViewport();
  expectCleanConsole();
});

test('hovering a unit, or focusing its tools, should show its anchor link', async ({ page, expectCleanConsole }) => {
  await page.goto(`/docs/${LAW}/`);
  const anchor = line(page, 'art-36-p2-i3').locator('a[href="#art-36-p2-i3"]');
  await expect(anchor).toHaveCount(1);
  await expect.poll(() => opacity(anchor)).toBe('0');

  await line(page, 'art-36-p2-i3').hover();
  await expect.poll(() => opacity(anchor)).toBe('1');

  await page.mouse.move(0, 0);
  await expect.poll(() => opacity(anchor)).toBe('0');
  await anchor.focus();
  await expect.poll(() => opacity(anchor)).toBe('1');
  await anchor.press('Enter');
  await expect(page).toHaveURL(`/docs/${LAW}/#art-36-p2-i3`);
  expectCleanConsole();
});

test('Copy citation on 第三十六条第二款第三项 should put exactly its citation, then its URL, on the clipboard', async ({
  page,
  context,
  baseURL,
  expectCleanConsole,
}) => {
  await allowClipboard(context, baseURL);
  await page.goto(`/docs/${LAW}/`);
  await line(page, 'art-36-p2-i3').hover();
  const cite = copyButton(page, 'art-36-p2-i3', 'cite');
  await cite.click();
  await expect.poll(() => clipboard(page)).toBe(LAW_ITEM);
  // Visible feedback: the button says so, and the status line shows what was copied.
  await expect(cite).toHaveText('已复制');
  await expect(page.locator('[data-copy-status]')).toContainText(LAW_ITEM);

  await copyButton(page, 'art-36-p2-i3', 'url').click();
  await expect.poll(() => clipboard(page)).toBe(`${new URL(baseURL!).origin}/docs/${LAW}/#art-36-p2-i3`);
  expectCleanConsole();
});

test('Copy citation on a policy document should carry its 文号: 二（二） of rsbf-2021-86', async ({ page, context, baseURL, expectCleanConsole }) => {
  await allowClipboard(context, baseURL);
  await page.goto(`/docs/${PLAN}/`);
  await line(page, 's2-2').hover();
  await copyButton(page, 's2-2', 'cite').click();
  await expect.poll(() => clipboard(page)).toBe(PLAN_ITEM);
  await copyButton(page, 's2-2', 'url').click();
  await expect.poll(() => clipboard(page)).toBe(`${new URL(baseURL!).origin}/docs/${PLAN}/#s2-2`);
  // The whole document, from the header.
  await page.locator('.doc-header button[data-copy="cite"]').click();
  await expect.poll(() => clipboard(page)).toBe('《技工教育“十四五”规划》（人社部发〔2021〕86号）');
  expectCleanConsole();
});

test('an article with several 款 should offer the article’s own citation by its label', async ({ page, context, baseURL, expectCleanConsole }) => {
  await allowClipboard(context, baseURL);
  await page.goto(`/docs/${LAW}/`);
  await page.locator('#art-36 .unit-label').hover();
  await copyButton(page, 'art-36', 'cite').click();
  await expect.poll(() => clipboard(page)).toBe('《中华人民共和国职业教育法》第三十六条');
  expectCleanConsole();
});

test('an article page should have its own title and description, its text with anchors, and link back to its place', async ({ page, expectCleanConsole }) => {
  await page.goto(`/docs/${LAW}/art-36/`);
  await expect(page).toHaveTitle(/^《中华人民共和国职业教育法》第三十六条/);
  const description = page.locator('meta[name="description"]');
  await expect(description).toHaveAttribute('content', /^第三十六条 职业学校应当依法办学，依据章程自主管理。职业学校在办学中可以开展下列活动：（一）/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '《中华人民共和国职业教育法》第三十六条');
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /^第三十六条 职业学校应当依法办学/);
  await expect(page.locator('h1')).toHaveText('第三十六条');

  // The whole article, its 款 and 项 with their anchors; nothing of the articles around it.
  await expect(page.locator('#art-36-p2-i3')).toContainText('根据培养技术技能人才的需要');
  await expect(page.locator('#art-36-p2-i3 a[href="#art-36-p2-i3"]')).toHaveCount(1);
  await expect(page.locator('#art-35, #art-37')).toHaveCount(0);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/docs/${LAW}/art-35/`);
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', `/docs/${LAW}/art-37/`);

  await page.locator(`a[href="/docs/${LAW}/#art-36"]`).first().click();
  await expect(page).toHaveURL(`/docs/${LAW}/#art-36`);
  await expect(page.locator('#art-36')).toBeInViewport();
  expectCleanConsole();
});

test('Copy citation on an article page should copy the same citation and the unit’s place in the whole document', async ({
  page,
  context,
  baseURL,
  expectCleanConsole,
}) => {
  await allowClipboard(context, baseURL);
  await page.goto(`/docs/${LAW}/art-36/`);
  await line(page, 'art-36-p2-i3').hover();
  await copyButton(page, 'art-36-p2-i3', 'cite').click();
  await expect.poll(() => clipboard(page)).toBe(LAW_ITEM);
  await copyButton(page, 'art-36-p2-i3', 'url').click();
  await expect.poll(() => clipboard(page)).toBe(`${new URL(baseURL!).origin}/docs/${LAW}/#art-36-p2-i3`);
  expectCleanConsole();
});

test('the provenance panel of rsbf-2021-86 should list its three source files and mark the incomplete copy', async ({ page, expectCleanConsole }) => {
  await page.goto(`/docs/${PLAN}/`);
  const panel = page.locator('[data-provenance]');
  await panel.locator('summary').click();
  const sources = panel.locator('[data-source]');
  await expect(sources).toHaveCount(3);
  await expect(sources.locator('code')).toHaveText(['000_2aae24af02a76c31.txt', '001_5538f58a8fd1bf1e.txt', '002_2afc9cd3f38cc851.txt']);
  const incomplete = panel.locator('[data-complete="false"]');
  await expect(incomplete).toHaveCount(1);
  await expect(incomplete).toContainText('000_2aae24af02a76c31.txt');
  await expect(incomplete).toContainText('不完整');
  await expect(incomplete).toContainText('第 3760–4311 行');

  // Its one difference: that copy stops at （二十一）, which the panel links to.
  const difference = panel.locator('[data-difference]');
  await expect(difference).toHaveCount(1);
  await expect(difference).toContainText('抄本截断');
  await difference.getByRole('link', { name: '七（二十一）' }).click();
  await expect(page).toHaveURL(`/docs/${PLAN}/#s7-21`);
  await expect(page.locator('#s7-21')).toBeInViewport();
  expectCleanConsole();
});

test('with the keyboard alone, Tab should reach the copy control of a unit and Enter should copy', async ({ page, context, baseURL, expectCleanConsole }) => {
  await allowClipboard(context, baseURL);
  // Following a link to the unit puts the keyboard there: the next Tab starts inside it.
  await page.goto(`/docs/${LAW}/#art-36-p2-i3`);
  await page.keyboard.press('Tab');
  const anchor = line(page, 'art-36-p2-i3').locator('a[href="#art-36-p2-i3"]');
  await expect(anchor).toBeFocused();
  await page.keyboard.press('Tab');
  const cite = copyButton(page, 'art-36-p2-i3', 'cite');
  await expect(cite).toBeFocused();
  // Focus shows the tools, with a visible focus ring.
  await expect.poll(() => opacity(cite)).toBe('1');
  expect(await cite.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toBe(LAW_ITEM);
  await expect(cite).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toBe(`${new URL(baseURL!).origin}/docs/${LAW}/#art-36-p2-i3`);
  expectCleanConsole();
});

test.describe('on a 375 px touch screen', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('the document and unit pages should not scroll sideways; a wide table scrolls in its own box', async ({ page, expectCleanConsole }) => {
    test.setTimeout(120_000); // five pages, every <details> opened and measured
    for (const url of [`/docs/${LAW}/`, `/docs/${PLAN}/`, `/docs/${LAW}/art-36/`, `/docs/${PLAN}/s2/`, '/docs/jqxsdgjnrcdwjs-att-1/']) {
      await page.goto(url);
      // Open what folds away, so its long file names and texts are measured too.
      // (Opened all at once: clicking summaries one by one re-indexes the closed ones.)
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scrollWidth, `${url} should not be wider than the screen`).toBeLessThanOrEqual(clientWidth);
    }
    const box = page.locator('.table-scroll').first();
    const [inner, outer] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(inner, 'the table is wider than the screen').toBeGreaterThan(outer);
    expectCleanConsole();
  });

  test('the tools should always be there, since nothing hovers', async ({ page, expectCleanConsole }) => {
    await page.goto(`/docs/${LAW}/`);
    const cite = copyButton(page, 'art-36-p2-i3', 'cite');
    await expect(cite).toBeVisible();
    await expect.poll(() => opacity(cite)).toBe('1');
    expectCleanConsole();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the contents and anchors should still work and no dead Copy button should show', async ({ page, expectCleanConsole }) => {
    await page.goto(`/docs/${LAW}/`);
    await expect(page.locator('button[data-copy]').first()).toBeHidden();
    await page.locator('[data-toc]').getByRole('link', { name: '第三十六条', exact: true }).click();
    await expect(page).toHaveURL(`/docs/${LAW}/#art-36`);
    await expect(page.locator('#art-36')).toBeInViewport();
    expectCleanConsole();
  });
});

test('printed, a document should show its title and text without controls, contents or provenance', async ({ page, expectCleanConsole }) => {
  await page.goto(`/docs/${LAW}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('#art-36-p2-i3')).toBeVisible();
  for (const selector of ['[data-toc]', '[data-provenance]', '.site-header']) await expect(page.locator(selector)).toBeHidden();
  await expect(page.locator('.tools:visible')).toHaveCount(0);
  expectCleanConsole();
});
