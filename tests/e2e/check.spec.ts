/**
 * /check/ in a browser: a pasted draft's citations each get their verdict, shown with context,
 * the cited clause, its status, a link and the corrected citation; the whole draft is copied
 * with every correction; nothing leaves the page but the site's own data; by mouse and by
 * keyboard. Needs the real corpus (zyjyf-2022, rsbf-2021-86, ynszyjytl).
 */
import type { Page } from '@playwright/test';
import { allowClipboard, expect, test } from './fixtures.ts';

const DRAFT = [
  '根据《中华人民共和国职业教育法》第三十六条第二款第三项，',
  '落实《技工教育“十四五”规划》（人社部发[2021]86号）三（三）和《职业教育法》第36条，',
  '参照《中华人民共和国职业教育法》第七十条、《云南省职业技术教育条例》第五条，',
  '以及《中华人民共和国民法典》第十条。',
].join('\n');
const FIXED = [
  '根据《中华人民共和国职业教育法》第三十六条第二款第三项，',
  '落实《技工教育“十四五”规划》（人社部发〔2021〕86号）三（三）和《中华人民共和国职业教育法》第三十六条，',
  '参照《中华人民共和国职业教育法》第七十条、《云南省职业技术教育条例》第五条，',
  '以及《中华人民共和国民法典》第十条。',
].join('\n');

test.beforeEach(async ({ catalog }) => {
  const ids = new Set(catalog.documents.map((doc) => doc.id));
  test.skip(!['zyjyf-2022', 'rsbf-2021-86', 'ynszyjytl'].every((id) => ids.has(id)), 'the site was built without the real corpus');
});

const results = (page: Page) => page.locator('[data-check-list] > li');

test('a draft with correct, mis-bracketed, wrongly numbered, non-existent, repealed and outside-the-library citations should get the right verdict for each, and no console errors', async ({
  page,
  expectCleanConsole,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/check/');
  await expect(page.getByText('不会发送到任何地方')).toBeVisible();
  await page.getByLabel(/草稿/).fill(DRAFT);
  await page.getByRole('button', { name: '核对引文' }).click();
  await expect(results(page)).toHaveCount(6);
  await expect(results(page).locator('mark')).toHaveText([
    '《中华人民共和国职业教育法》第三十六条第二款第三项',
    '《技工教育“十四五”规划》（人社部发[2021]86号）三（三）',
    '《职业教育法》第36条',
    '《中华人民共和国职业教育法》第七十条',
    '《云南省职业技术教育条例》第五条',
    '《中华人民共和国民法典》第十条',
  ]);
  expect(await results(page).evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.verdict))).toEqual([
    'ok',
    'warning',
    'warning',
    'problem',
    'problem',
    'external',
  ]);
  await expect(page.locator('[data-check-summary]')).toHaveText(/共找到 6 处引文：1 处正确，2 处需规范，2 处有问题，1 处引用库外文件/);

  // The correct one: the cited clause's text and status, and a link to it.
  const first = results(page).nth(0);
  await expect(first.locator('.check-clause-text')).toContainText('根据培养技术技能人才的需要');
  await expect(first.locator('.check-clause-meta')).toContainText('效力');
  await expect(first.getByRole('link', { name: '查看原文' })).toHaveAttribute('href', '/docs/zyjyf-2022/#art-36-p2-i3');
  // The mis-bracketed 文号: why, and the corrected citation.
  const second = results(page).nth(1);
  await expect(second.locator('.check-notes')).toContainText('人社部发〔2021〕86号');
  await expect(second.locator('.check-suggestion')).toContainText('《技工教育“十四五”规划》（人社部发〔2021〕86号）三（三）');
  // The non-existent article, the repealed regulation, the document not in the library.
  await expect(results(page).nth(3).locator('.check-notes')).toContainText('没有第七十条');
  await expect(results(page).nth(4).locator('.check-notes')).toContainText('已被《云南省职业教育条例》废止');
  await expect(results(page).nth(5).getByRole('link')).toHaveAttribute('href', '/missing/');

  // Nothing but the page's own files and the library's data was asked for.
  expect(requests.filter((p) => p.startsWith('/data/')).every((p) => p === '/data/check.json' || /^\/data\/units\/[^/]+\.json$/.test(p))).toBe(true);
  expectCleanConsole();
});

test('the copy button should put the whole draft with every correction applied on the clipboard, by keyboard alone, and no console errors', async ({
  page,
  context,
  baseURL,
  expectCleanConsole,
}) => {
  await allowClipboard(context, baseURL);
  await page.goto('/check/');
  const draft = page.getByLabel(/草稿/);
  await draft.focus();
  await page.keyboard.insertText(DRAFT);
  // Tab from the draft to the check button, Enter checks.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '核对引文' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(results(page)).toHaveCount(6);
  await page.getByRole('button', { name: '复制修正后的全文' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(FIXED);
  await expect(page.locator('[data-check-summary]')).toHaveText(/已复制修正后的全文（改正 2 处引文）/);
  expectCleanConsole();
});

test('the check page should work offline once the service worker has kept it, with the clauses already looked at, and no console errors', async ({
  page,
  context,
  request,
  expectCleanConsole,
}) => {
  test.skip((await request.get('/sw.js')).status() !== 200, 'the site was built with OFFLINE=off');
  const check = async () => {
    await page.getByLabel(/草稿/).fill('依据人社部发[2021]86号。');
    await page.getByRole('button', { name: '核对引文' }).click();
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toHaveAttribute('data-verdict', 'warning');
    await expect(results(page).first().locator('.check-clause-meta')).toContainText('效力');
  };
  await page.goto('/check/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await check();
  await context.setOffline(true);
  await page.reload();
  await check();
  await context.setOffline(false);
  expectCleanConsole();
});

test('the check page with its results should have no axe violations and every control a name, and no console errors', async ({ page, expectCleanConsole }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await page.goto('/check/');
  await page.getByLabel(/草稿/).fill(DRAFT);
  await page.getByRole('button', { name: '核对引文' }).click();
  await expect(results(page)).toHaveCount(6);
  await expect(results(page).first().locator('.check-clause-text')).not.toBeEmpty();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
  // The summary is a live region: screen readers hear the outcome.
  await expect(page.locator('[data-check-summary]')).toHaveAttribute('role', 'status');
  expectCleanConsole();
});

test('the HTML of /check/ should validate with html-validate’s recommended rules, and no console errors', async ({ expectCleanConsole }) => {
  const { existsSync } = await import('node:fs');
  const { HtmlValidate, formatterFactory } = await import('html-validate');
  const file = `${process.env.DIST_DIR ?? 'dist'}/check/index.html`;
  expect(existsSync(file), 'dist/check/index.html should be built').toBe(true);
  // The quick jump's popup list on every page is an ARIA listbox (the combobox pattern), not a <select>.
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'prefer-native-element': ['error', { exclude: ['listbox'] }] } });
  const report = await validator.validateFile(file);
  expect(report.valid, formatterFactory('text')(report.results)).toBe(true);
  expectCleanConsole();
});
