/**
 * Accessibility in the browser: axe-core finds no serious or critical violation on the home,
 * search and document pages; the home page and the quick jump work with the keyboard alone;
 * nothing scrolls sideways on a 375 px phone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** axe's serious and critical violations on the page as it is, one line per rule and element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.impact} ${v.id}: ${node.target.join(' ')} — ${v.help}`));
}

const pages: Array<[string, string]> = [
  ['the home page', '/'],
  ['the search page', '/search/?q=职业教育'],
  ['a document page', '/docs/zyjyf-2022/'],
  ['a browse listing', '/browse/kind/guifanxingwenjian/'],
];

for (const [name, url] of pages) {
  test(`${name} should have no serious or critical axe violations`, async ({ page, expectCleanConsole }) => {
    // axe walks every element: a whole law is thousands, and slow on a busy machine.
    test.setTimeout(120_000);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    expectCleanConsole();
  });
}

test('the quick jump with its list open should have no serious or critical axe violations', async ({ page, expectCleanConsole }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: '跳转到文件或条款' });
  await box.fill('职教法');
  // The index loads on first focus: wait for the list before moving into it.
  await expect(page.getByRole('option').first()).toBeVisible();
  await box.press('ArrowDown');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  expect(await seriousViolations(page)).toEqual([]);
  expectCleanConsole();
});

test('with the keyboard alone, the home page should lead past the header to the search box and search', async ({ page, expectCleanConsole }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: /检索 \d+ 件/ })).toBeFocused();
  await page.keyboard.type('培训券');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('培训券')}`);
  expectCleanConsole();
});

test('with the keyboard alone, the quick jump should be the next stop after the site name, and take you to a clause', async ({ page, expectCleanConsole }) => {
  await page.goto('/');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab'); // skip link, site name, quick jump
  await expect(page.getByRole('combobox', { name: '跳转到文件或条款' })).toBeFocused();
  await page.keyboard.type('技工学校工作规定第七条');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/docs/lrp-1986-22/#art-7');
  expectCleanConsole();
});

test('every link and control of the home page should be reachable with Tab and show that it has the focus', async ({ page, expectCleanConsole }) => {
  await page.goto('/');
  // <details> is closed: what it folds away is reached once it is opened (Enter on its summary).
  const focusable = await page.locator('a[href]:visible, input:visible, button:visible, summary:visible').count();
  const seen: string[] = [];
  for (let i = 0; i < focusable; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const what = `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? ''} ${el.textContent?.trim().slice(0, 20) ?? ''}`;
      return { what, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
    });
    expect(focus, `Tab ${i + 1} should land on something`).not.toBeNull();
    expect(focus!.outline, `${focus!.what} should show the focus`).toBe(true);
    seen.push(focus!.what);
  }
  expect(new Set(seen).size, 'each Tab should move on').toBeGreaterThan(focusable * 0.9);
  expectCleanConsole();
});

test('on a 375 px phone no page should scroll sideways, the quick-jump list included', async ({ page, expectCleanConsole }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const urls = [
    '/',
    '/browse/',
    '/browse/kind/guifanxingwenjian/',
    '/search/?q=职业教育',
    '/docs/zyjyf-2022/',
    '/docs/rsbf-2021-86/',
    '/docs/zyjyf-2022/art-36/',
  ];
  for (const url of urls) {
    const response = await page.goto(url);
    if (url.endsWith('/art-36/') && response?.status() === 404) continue; // per-article pages are optional
    await page.waitForLoadState('networkidle');
    const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scrollWidth, `${url} should not be wider than the screen`).toBeLessThanOrEqual(clientWidth);
  }
  await page.goto('/');
  await page.getByRole('combobox', { name: '跳转到文件或条款' }).fill('人力资源社会保障部');
  const list = page.getByRole('listbox', { name: '跳转结果' });
  await expect(list).toBeVisible();
  const box = (await list.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  expectCleanConsole();
});
