/**
 * The quick-jump box in the page header, used with the keyboard and the mouse. What it finds for
 * each kind of input is tested without a browser (tests/unit/jump); here, what needs one.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const box = (page: Page) => page.getByRole('combobox', { name: '跳转到文件或条款' });
const options = (page: Page) => page.getByRole('listbox', { name: '跳转结果' }).getByRole('option');

test('typing 职教法 30 and pressing Enter should open 第三十条 of the 职业教育法', async ({ page, expectCleanConsole }) => {
  await page.goto('/');
  await box(page).fill('职教法 30');
  await expect(options(page).first()).toContainText('《中华人民共和国职业教育法》第三十条');
  await box(page).press('Enter');
  await expect(page).toHaveURL('/docs/zyjyf-2022/#art-30');
  await expect(page.locator('#art-30')).toBeInViewport();
  expectCleanConsole();
});

test('a clause reference should go to the clause: 职教法第三十六条第二款第三项, an outline item, another document', async ({ page, expectCleanConsole }) => {
  const cases: Array<[string, string]> = [
    ['职教法第三十六条第二款第三项', '/docs/zyjyf-2022/#art-36-p2-i3'],
    ['技工学校工作规定第七条', '/docs/lrp-1986-22/#art-7'],
    ['技工教育十四五规划 二（二）', '/docs/rsbf-2021-86/#s2-2'],
  ];
  for (const [typed, url] of cases) {
    await page.goto('/');
    await box(page).fill(typed);
    await expect(options(page).first()).toBeVisible();
    await box(page).press('Enter');
    await expect(page, typed).toHaveURL(url);
    await expect(page.locator(`#${url.split('#')[1]}`)).toBeInViewport();
  }
  expectCleanConsole();
});

test('an abbreviation or a 文号 in any bracket form should list the document first, and Enter open its page', async ({ page, expectCleanConsole }) => {
  const cases: Array<[string, string, string]> = [
    ['职教法', '中华人民共和国职业教育法', '/docs/zyjyf-2022/'],
    ['人社部发[2021]86号', '技工教育“十四五”规划', '/docs/rsbf-2021-86/'],
    ['人社部发﹝2021﹞86 号', '技工教育“十四五”规划', '/docs/rsbf-2021-86/'],
  ];
  for (const [typed, title, url] of cases) {
    await page.goto('/');
    await box(page).fill(typed);
    await expect(options(page).first().locator('.quick-jump-title')).toHaveText(title);
    await box(page).press('Enter');
    await expect(page, typed).toHaveURL(url);
  }
  expectCleanConsole();
});

test('arrow keys should move through the options as the screen reader is told, Escape close the list, then clear it', async ({ page, expectCleanConsole }) => {
  await page.goto('/');
  const input = box(page);
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await input.click();
  await input.pressSequentially('职业教育');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('status')).toHaveText(/^\d+ 个结果/);
  const count = await options(page).count();
  expect(count).toBeGreaterThan(2);
  await expect(input).not.toHaveAttribute('aria-activedescendant');

  await input.press('ArrowDown');
  await input.press('ArrowDown');
  const second = options(page).nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveCount(1);
  await input.press('ArrowUp');
  await input.press('ArrowUp'); // wraps to the last
  await expect(options(page).nth(count - 1)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toBeFocused();

  await input.press('Escape');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox', { name: '跳转结果' })).toBeHidden();
  await expect(input).toHaveValue('职业教育');
  await input.press('Escape');
  await expect(input).toHaveValue('');

  // ↓ reopens the list; Enter goes to the active option, not the first.
  await input.fill('十四五');
  await expect(options(page).nth(1)).toBeVisible();
  const target = await options(page).nth(1).locator('.quick-jump-title').textContent();
  await input.press('ArrowDown');
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(page.locator('h1')).toHaveText(target!);
  expectCleanConsole();
});

test('clicking an option should open it', async ({ page, expectCleanConsole }) => {
  await page.goto('/');
  await box(page).fill('人社部发〔2021〕86号');
  const notice = options(page).filter({ hasText: '人力资源社会保障部关于印发技工教育“十四五”规划的通知' });
  await notice.click();
  await expect(page).toHaveURL('/docs/rsbf-2021-86-notice/');
  expectCleanConsole();
});

test('on a document page, a clause alone should go to that clause of the document', async ({ page, expectCleanConsole }) => {
  await page.goto('/docs/lrp-1986-22/');
  await box(page).fill('第七条');
  await expect(options(page).first()).toContainText('《技工学校工作规定》第七条');
  await box(page).press('Enter');
  await expect(page).toHaveURL('/docs/lrp-1986-22/#art-7');
  await expect(page.locator('#art-7')).toBeInViewport();
  expectCleanConsole();
});

test('with no match, Enter should run a full-text search for what was typed', async ({ page, expectCleanConsole }) => {
  await page.goto('/');
  await box(page).fill('qqqzzz');
  await expect(page.getByRole('status')).toHaveText(/没有匹配/);
  await box(page).press('Enter');
  await expect(page).toHaveURL('/search/?q=qqqzzz');
  expectCleanConsole();
});

test('the index should load once, on first use, from the site itself', async ({ page, expectCleanConsole }) => {
  const loads: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/jump.json')) loads.push(request.url());
  });
  await page.goto('/');
  expect(loads).toEqual([]);
  await box(page).fill('职教法');
  await expect(options(page).first()).toBeVisible();
  await box(page).fill('职教法 30');
  await expect(options(page).first()).toContainText('第三十条');
  expect(loads).toHaveLength(1);
  expectCleanConsole();
});

test('what was typed before the page’s script ran should be searched once it runs, and no console errors', async ({ page, expectCleanConsole }) => {
  // Hold the site's scripts back until the box has its text: a fast typist on a slow connection.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  const box = page.getByRole('combobox', { name: '跳转到文件或条款' });
  await box.fill('职教法');
  release();
  await expect(page.getByRole('listbox', { name: '跳转结果' }).getByRole('option').first()).toContainText('职业教育法');
  expectCleanConsole();
});
