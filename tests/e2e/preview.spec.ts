/**
 * Citation previews, the copy menu and 法条联想 on document pages, by mouse and by keyboard.
 * Reads 技工院校教材管理工作实施细则 (rstf-2021-12: 第十九条 cites 本实施细则第十三条（一）…),
 * the 职业教育法 (zyjyf-2022) and 技工教育“十四五”规划 (rsbf-2021-86).
 */
import type { Page } from '@playwright/test';
import { allowClipboard, clipboard, expect, test } from './fixtures.ts';

const RULES = 'rstf-2021-12';
const LAW = 'zyjyf-2022';
const PLAN = 'rsbf-2021-86';

test.beforeEach(async ({ catalog }) => {
  const ids = new Set(catalog.documents.map((doc) => doc.id));
  test.skip(![RULES, LAW, PLAN].every((id) => ids.has(id)), 'the site was built without the real corpus');
});

const tooltip = (page: Page) => page.getByRole('tooltip');
/** 第十九条's citation of 本实施细则第十三条（一）（二）（三）及第十四条. */
const citing = (page: Page) => page.locator(`#art-19 a.cite[href="/docs/${RULES}/#art-13-p1-i1"]`);

test('hovering a citation link should show the cited clause and its document’s status without leaving the page, and no console errors', async ({
  page,
  request,
  expectCleanConsole,
}) => {
  await page.goto(`/docs/${RULES}/`);
  const link = citing(page);
  await link.hover();
  await expect(tooltip(page)).toBeVisible();
  await expect(tooltip(page)).toContainText('第十三条');
  await expect(tooltip(page)).toContainText('效力');
  const texts = (await (await request.get(`/data/units/${RULES}.json`)).json()) as { units: Record<string, [string, string]> };
  await expect(tooltip(page).locator('.cite-preview-text')).toHaveText(texts.units['art-13-p1-i1']![1].slice(0, 400));
  await expect(link).toHaveAttribute('aria-describedby', 'cite-preview');
  expect(new URL(page.url()).pathname).toBe(`/docs/${RULES}/`);
  await page.mouse.move(0, 0);
  await expect(tooltip(page)).toBeHidden();
  expectCleanConsole();
});

test('focusing a citation link with the keyboard should show its preview and Escape should hide it, and no console errors', async ({
  page,
  expectCleanConsole,
}) => {
  await page.goto(`/docs/${RULES}/`);
  const link = citing(page);
  await link.focus();
  await expect(tooltip(page)).toBeVisible();
  await expect(tooltip(page)).toContainText('第十三条');
  await page.keyboard.press('Escape');
  await expect(tooltip(page)).toBeHidden();
  await expect(link).not.toHaveAttribute('aria-describedby');
  expectCleanConsole();
});

test('a preview should load only the cited document’s unit texts, and no console errors', async ({ page, expectCleanConsole }) => {
  const data: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/data/')) data.push(path);
  });
  await page.goto(`/docs/rsbh-2022-53/`);
  await page.locator(`a.cite[href="/docs/${LAW}/"]`).first().hover();
  await expect(tooltip(page)).toContainText('《中华人民共和国职业教育法》');
  expect(data.filter((p) => p.startsWith('/data/units/'))).toEqual([`/data/units/${LAW}.json`]);
  expectCleanConsole();
});

test('法条联想: an article cited by another article should list it, linking to the citing clause, and no console errors', async ({
  page,
  expectCleanConsole,
}) => {
  await page.goto(`/docs/${RULES}/`);
  const citedBy = page.locator('#art-13 > [data-cited-by]');
  await citedBy.locator('summary').click();
  const back = citedBy.getByRole('link', { name: /第十九条/ });
  await expect(back).toBeVisible();
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/docs/${RULES}/#art-19`));
  expectCleanConsole();
});

test('the copy menu should offer the four citation forms with the mouse, copy the chosen one and remember it, and no console errors', async ({
  page,
  context,
  baseURL,
  expectCleanConsole,
}) => {
  await allowClipboard(context, baseURL);
  await page.goto(`/docs/${LAW}/`);
  await page.locator('[id="art-36-p2-i3"] > .unit-line').hover();
  const menuButton = page.locator('[data-unit-id="art-36-p2-i3"] button[data-copy="menu"]');
  await menuButton.click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitemradio')).toHaveCount(4);
  await expect(menu.getByRole('menuitemradio', { checked: true })).toContainText('公文格式');
  await menu.getByRole('menuitemradio', { name: /学术格式/ }).click();
  await expect.poll(() => clipboard(page)).toBe('《职业教育法》第36条第2款第3项');
  await expect(menu).toBeHidden();

  // Remembered: 引用 now copies the academic form, on this page and the next.
  await page.goto(`/docs/${PLAN}/`);
  await page.locator('[id="s2-2"] > .unit-line').hover();
  await page.locator('[data-unit-id="s2-2"] button[data-copy="cite"]').click();
  await expect.poll(() => clipboard(page)).toBe('《技工教育“十四五”规划》二（二）');
  expectCleanConsole();
});

test('the copy menu should work with the keyboard alone: open, arrow to the court form, Enter copies, focus returns, and no console errors', async ({
  page,
  context,
  baseURL,
  expectCleanConsole,
}) => {
  await allowClipboard(context, baseURL);
  await page.goto(`/docs/${PLAN}/`);
  const menuButton = page.locator('[data-unit-id="s2-2"] button[data-copy="menu"]');
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitemradio', { name: /公文格式/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitemradio', { name: /裁判文书格式/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toBe('《技工教育“十四五”规划》二（二）');
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();
  await expect(page.locator('[data-copy-status]')).toContainText('裁判文书格式');

  // Escape closes without copying; End reaches the plain form: the clause quoted, its citation, its URL.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => clipboard(page))
    .toMatch(new RegExp(`^“.+”\\n——《技工教育“十四五”规划》（人社部发〔2021〕86号）二（二）\\nhttp://[^/]+/docs/${PLAN}/#s2-2$`, 's'));
  expectCleanConsole();
});

test('a document page with the copy menu open and a preview showing should have no axe violations, and no console errors', async ({
  page,
  expectCleanConsole,
}) => {
  test.setTimeout(120_000);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await page.goto(`/docs/${RULES}/art-19/`);
  await citing(page).focus();
  await expect(tooltip(page)).toBeVisible();
  const first = await new AxeBuilder({ page }).analyze();
  expect(first.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
  await page.locator('[data-unit-id="art-19"] button[data-copy="menu"]').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  const second = await new AxeBuilder({ page }).analyze();
  expect(second.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
  expectCleanConsole();
});
