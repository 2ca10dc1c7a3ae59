/** The built site has no broken internal link or #fragment (no browser needed). */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { checkLinks } from '../../src/lib/linkcheck/index.ts';
import { readSite } from '../../src/lib/linkcheck/read.ts';

test('every internal href and #fragment in dist/ resolves', () => {
  const files = readSite(join(process.cwd(), 'dist'));
  expect([...files.keys()].filter((f) => f.endsWith('.html')).length).toBeGreaterThan(50);
  expect(checkLinks(files)).toEqual([]);
});
