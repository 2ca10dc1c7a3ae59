/**
 * The built HTML validates (html-validate) on a sample of pages: the home page, a browse
 * listing, a law, a policy document, a per-article page if the site has them, the search page.
 * Reads dist/ (or $DIST_DIR) directly: no browser needed.
 *
 * Rules: html-validate's `recommended` and `document` presets. Two are configured, not disabled:
 * `require-sri` asks for integrity hashes on cross-origin resources only (the site loads nothing
 * from another origin); `prefer-native-element` accepts role="listbox", since the quick jump's
 * popup list (the ARIA combobox pattern) cannot be a <select>.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatterFactory, HtmlValidate } from 'html-validate';
import { expect, test } from '@playwright/test';

const dist = resolve(process.env.DIST_DIR ?? 'dist');

const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    'require-sri': ['error', { target: 'crossorigin' }],
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
});
const format = formatterFactory('text');

const samples: Array<[string, string, { optional?: boolean }?]> = [
  ['the home page', 'index.html'],
  ['the browse index', 'browse/index.html'],
  ['a browse listing', 'browse/kind/guifanxingwenjian/index.html'],
  ['a 文种 listing', 'browse/genre/yijian/index.html'],
  ['a law', 'docs/zyjyf-2022/index.html'],
  ['a policy document', 'docs/rsbf-2021-86/index.html'],
  ['an article page', 'docs/zyjyf-2022/art-36/index.html', { optional: true }],
  ['the search page', 'search/index.html'],
  ['the citation checker', 'check/index.html'],
  ['the subsidy finder', 'subsidies/index.html'],
  ['the missing documents', 'missing/index.html'],
];

for (const [name, file, { optional = false } = {}] of samples) {
  test(`the HTML of ${name} should validate`, async () => {
    const path = join(dist, file);
    if (optional && !existsSync(path)) test.skip(true, `${file} is not in the build`);
    expect(existsSync(path), `${file} should be built`).toBe(true);
    const report = await validator.validateFile(path);
    expect(report.valid, format(report.results)).toBe(true);
  });
}
