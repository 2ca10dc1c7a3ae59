/**
 * Hostile sources, end to end: raw policy texts full of `<script>`, event attributes,
 * `javascript:` links, SVG, iframes, Markdown and HTML look-alikes, entities and template
 * syntax (tests/e2e/fixtures/hostile/*.txt) go through the real importer and a real build, and
 * in Chromium every page, the search results, the quick-jump box and Copy citation show that
 * text literally — nothing from it becomes an element, nothing runs, the Content-Security-Policy
 * reports no violation.
 *
 * The site is built from its own corpus into a scratch folder and served on a free port
 * beside the main dist/ server (a few seconds on an idle machine, up to a minute on a busy one).
 * The Markdown the importer writes and the HTML a build writes are checked without a browser in
 * tests/fixtures/import/text-is-data-markdown-and-html and tests/unit/docpage/text-is-data.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { formatMessage, importCorpus } from '../../src/lib/import/index.ts';
import { FIXTURE_CACHE } from '../build-fixture.ts';
import { buildFixtureSite, type FixtureSite } from './fixture-site.ts';

const FIXTURE = 'tests/e2e/fixtures/hostile';

/** Strings of the sources that must reach the reader exactly as written. */
const LITERALS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<a href="javascript:window.__pwned=3">点我</a>',
  '<svg onload="window.__pwned=4"><circle r="9"/></svg>',
  '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
  '[链接](javascript:window.__pwned=6)、![图](x)、**粗**、_斜_ 与 `代码`',
  '<!-- 注释 --> 与 &lt;i&gt;、&amp;、&#60;b&#62; 原样显示，{{模板}}、${x} 与 </script></p></div> 也是文字。',
  `"双引号"、'单引号'、\`反引号\`、\\反斜杠 与 <meta http-equiv="refresh" content="0;url=javascript:window.__pwned=7">`,
  '# 标题不是标题，而是正文。',
];

/** The hostile titles, as the importer must read them from the sources. */
const TITLES = {
  rules: '技工院校<b>文本</b>即数据管理办法',
  notice: '人力资源社会保障部关于印发《技工院校<b>文本</b>即数据管理办法》的通知',
  outline: '人力资源社会保障部关于<b>加强</b>技工院校文本安全工作的通知',
};

interface Site {
  origin: string;
  out: string;
  /** Every page of the built site, as a path (`/docs/x/`). */
  pages: string[];
  /** Document id → the source lines (trimmed) the import report puts in that document. */
  linesByDoc: Map<string, string[]>;
}

let site: Site;
let fixture: FixtureSite | undefined;
/** The imported corpus, under node_modules/.cache like the fixture sites. */
let work = '';

/** Whitespace removed: line breaks and indentation in the markup are not the text's. */
const squeeze = (text: string) => text.replace(/\s+/g, '');
/** Whitespace runs as one space. */
const spaced = (text: string) => text.replace(/\s+/g, ' ');

/** Import the hostile sources with the library the import script uses; fail on any problem. */
function importHostile(policies: string): Map<string, string[]> {
  const sources = new Map<string, Uint8Array>();
  for (const name of readdirSync(FIXTURE)
    .filter((n) => n.endsWith('.txt'))
    .sort())
    sources.set(name, readFileSync(path.join(FIXTURE, name)));
  const out = importCorpus({
    sources,
    corrections: new Map(),
    issuerDictionary: readFileSync('content/dictionaries/issuers.txt', 'utf8'),
    existingIds: new Map(),
  });
  const problems = out.messages.filter((m) => m.severity !== 'info').map(formatMessage);
  expect(problems, 'the importer reports no problem').toEqual([]);
  expect(out.fatal).toBe(false);
  mkdirSync(policies, { recursive: true });
  for (const [file, text] of out.files) if (file.startsWith('content/policies/')) writeFileSync(path.join(policies, path.basename(file)), text);

  // Every line is text of a document: none dropped, none taken for noise.
  const linesByDoc = new Map<string, string[]>();
  for (const report of out.reports) {
    expect(report.unaccounted, `${report.file}: unaccounted lines`).toEqual([]);
    expect(report.noise.records, `${report.file}: hostile text taken for noise`).toEqual([]);
    const lines = readFileSync(path.join(FIXTURE, report.file), 'utf8').split('\n');
    for (const range of report.accounts) {
      expect('doc' in range, `${report.file}:${range.from}: not in a document`).toBe(true);
      if (!('doc' in range)) continue;
      const list = linesByDoc.get(range.doc) ?? [];
      for (let line = range.from; line <= range.to; line++) if (lines[line - 1]!.trim()) list.push(lines[line - 1]!.trim());
      linesByDoc.set(range.doc, list);
    }
  }
  expect([...linesByDoc.keys()].sort()).toEqual(['rsbf-2099-7', 'rsbf-2099-7-notice', 'rsbf-2099-8']);
  return linesByDoc;
}

function pagesOf(out: string): string[] {
  return readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((file) => file === 'index.html' || file.endsWith(`${path.sep}index.html`))
    .map((file) => `/${file.slice(0, -'index.html'.length).split(path.sep).join('/')}`)
    .sort();
}

/** What a page must not hold: anything the hostile text could have turned into markup. */
async function foreignMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const name = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}`;
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${name(el)}[${attr.name}]`);
        if (attr.name === 'srcdoc') found.push(`${name(el)}[srcdoc]`);
        if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(attr.name) && /^\s*javascript:/i.test(attr.value))
          found.push(`${name(el)}[${attr.name}=${attr.value}]`);
      }
      // The site's own pages have none of these; any one would have come from the text.
      if (['img', 'svg', 'iframe', 'frame', 'object', 'embed', 'b', 'i', 'circle', 'base', 'style'].includes(el.localName)) found.push(name(el));
      if (el.localName === 'meta' && (el as HTMLMetaElement).httpEquiv.toLowerCase() === 'refresh') found.push('meta[http-equiv=refresh]');
      // The page's own JSON-LD is data: one block in <head>, that parses whole as JSON (a title
      // holding </script> would have broken out of it).
      if (el.localName === 'script' && el.getAttribute('type') === 'application/ld+json') {
        let json = true;
        try {
          JSON.parse(el.textContent ?? '');
        } catch {
          json = false;
        }
        if (!json || el.parentElement !== document.head || document.querySelectorAll('script[type="application/ld+json"]').length > 1)
          found.push(`script[type=application/ld+json]: ${el.textContent?.slice(0, 60)}`);
        continue;
      }
      if (el.localName === 'script') {
        const src = el.getAttribute('src');
        if (!src || new URL(src, location.href).origin !== location.origin) found.push(`script[src=${src}]: ${el.textContent?.slice(0, 60)}`);
      }
      // Markdown look-alikes: **粗**, _斜_, `代码`, [链接](…), # 标题.
      if (['strong', 'em', 'code', 'a', 'h1', 'h2', 'h3'].includes(el.localName) && /^(粗|斜|代码|反引号|链接|图|标题不是标题.*)$/.test(el.textContent ?? ''))
        found.push(`${el.localName}: ${el.textContent}`);
    }
    const comments = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT);
    while (comments.nextNode()) if (comments.currentNode.textContent?.includes('注释')) found.push('<!-- 注释 --> as a comment');
    return found;
  });
}

/**
 * `watch`: what must never happen on a page — a CSP violation, a dialog, a write to
 * `window.__pwned` (from any frame), an uncaught exception, a console error, a request off the
 * site or for the text's `src=x`. `expectQuiet()` ends every test.
 */
const test = base.extend<{ watch: { problems: string[]; expectQuiet: () => void } }>({
  watch: async ({ page }, use) => {
    const problems: string[] = [];
    await page.exposeFunction('__hostileReport', (what: string) => problems.push(`${page.url()}: ${what}`));
    await page.addInitScript(() => {
      const report = (what: string) => void (window as unknown as { __hostileReport?: (w: string) => void }).__hostileReport?.(what);
      window.addEventListener('securitypolicyviolation', (e) => report(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} (${e.sample})`), true);
      // A setter rather than a later look: it catches a write even if the page navigates away.
      Object.defineProperty(window, '__pwned', {
        configurable: false,
        get: () => undefined,
        set: (value: unknown) => report(`script ran: __pwned=${String(value)}`),
      });
    });
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:') return;
      if (url.origin !== site.origin || /\/x$/.test(url.pathname)) problems.push(`request: ${url.href}`);
    });
    page.on('framenavigated', (frame) => {
      if (!frame.url().startsWith(site.origin) && frame.url() !== 'about:blank') problems.push(`navigated: ${frame.url()}`);
    });
    await use({ problems, expectQuiet: () => expect(problems, 'no script ran, no CSP violation, no error').toEqual([]) });
  },
});

// One build shared by the tests, in order; a busy machine makes the first searches slow.
test.describe.configure({ mode: 'default', timeout: 90_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  mkdirSync(FIXTURE_CACHE, { recursive: true });
  work = mkdtempSync(path.join(FIXTURE_CACHE, 'hostile-'));
  const policies = path.join(work, 'policies');
  const linesByDoc = importHostile(policies);
  fixture = await buildFixtureSite(policies);
  site = { origin: fixture.origin, out: fixture.out, pages: pagesOf(fixture.out), linesByDoc };
});

test.afterAll(async () => {
  await fixture?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The text of the page's `<main>`. */
const mainText = (page: Page) => page.locator('main').evaluate((main) => main.textContent ?? '');

test('every line of a hostile source shows as text on its document page, in order of the source', async ({ page, watch }) => {
  for (const [doc, lines] of site.linesByDoc) {
    await page.goto(`${site.origin}/docs/${doc}/`);
    const text = squeeze(await mainText(page));
    let at = 0;
    for (const line of lines) {
      const found = text.indexOf(squeeze(line), at);
      expect(found, `${doc}: shown literally, after the line before it: ${line}`).toBeGreaterThanOrEqual(0);
      at = found;
    }
    expect(await foreignMarkup(page), doc).toEqual([]);
  }
  await page.goto(`${site.origin}/docs/rsbf-2099-7/`);
  const text = spaced(await mainText(page));
  for (const literal of LITERALS.filter((l) => !l.startsWith('#'))) expect(text, 'exactly, spaces and all').toContain(literal);
  await expect(page.locator('h1')).toHaveText(TITLES.rules);
  await page.goto(`${site.origin}/docs/rsbf-2099-8/`);
  await expect(page.locator('h1')).toHaveText(TITLES.outline);
  expect(spaced(await mainText(page))).toContain('# 标题不是标题，而是正文。');
  watch.expectQuiet();
});

test('a script tag in a clause shows as text and never runs, on every page of the site', async ({ page, watch }) => {
  expect(site.pages).toEqual(expect.arrayContaining(['/', '/browse/', '/search/', '/docs/rsbf-2099-7/art-1/', '/docs/rsbf-2099-8/s2/']));
  for (const url of site.pages) {
    await page.goto(`${site.origin}${url}`);
    await page.waitForLoadState('load');
    expect(await foreignMarkup(page), url).toEqual([]);
  }
  // A unit page shows its clause, and its title names the document, both as text.
  await page.goto(`${site.origin}/docs/rsbf-2099-7/art-2/`);
  expect(spaced(await mainText(page))).toContain(`${LITERALS[1]} 与 ${LITERALS[2]} 不是图片`);
  await expect(page).toHaveTitle(`《${TITLES.rules}》第二条 · 职教政策库`);
  await page.goto(`${site.origin}/docs/rsbf-2099-8/s1/`);
  expect(spaced(await mainText(page))).toContain(
    '<img src=x onerror="window.__pwned=12"> 坚持把原文当作数据，<a href="javascript:window.__pwned=13">点我</a> 不是链接。',
  );
  watch.expectQuiet();
});

test('the home page and the browse listings show a title with <b> as text', async ({ page, watch }) => {
  const listings = ['/', '/browse/genre/tongzhi/', '/browse/year/2099/'];
  for (const url of listings) {
    await page.goto(`${site.origin}${url}`);
    const link = page.locator('main a[href="/docs/rsbf-2099-8/"]').first();
    await expect(link, url).toContainText(TITLES.outline);
    expect(await link.locator('b').count(), url).toBe(0);
  }
  watch.expectQuiet();
});

test('search results and their excerpts show hostile clauses as text, and a hostile query stays text', async ({ page, watch }) => {
  const results = page.locator('[data-search-results]');
  const search = async (q: string) => {
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(q)}`);
    await expect(results).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await expect(results).toHaveAttribute('data-query', q);
  };
  const cases: Array<[query: string, shown: string]> = [
    ['制定本办法', '为检验 <script>window.__pwned=1</script> 这样的文字'],
    // An excerpt is a window of the clause: this one starts just after `<`.
    ['不是图片', 'src=x onerror="window.__pwned=2"> 与 <a href="javascript:window.__pwned=3">点我</a> 不是图片'],
    ['都是正文', '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>'],
    ['不是 Markdown', '**粗**、_斜_ 与 `代码` 都不是 Markdown'],
    ['原样显示', '<!-- 注释 --> 与 &lt;i&gt;、&amp;、&#60;b&#62; 原样显示'],
    ['指导思想', '<img src=x onerror="window.__pwned=12">'],
  ];
  const titles = new Set<string>();
  for (const [q, shown] of cases) {
    await search(q);
    const text = spaced(await results.evaluate((list) => list.textContent ?? ''));
    expect(text, `results for ${q}`).toContain(shown);
    expect(await foreignMarkup(page), q).toEqual([]);
    for (const title of await results.locator('.search-result-title').allTextContents()) titles.add(title);
  }
  // The result headings name the documents by their titles with <b>, as text.
  for (const title of titles) expect(Object.values(TITLES).map((t) => `《${t}》`)).toContain(title);
  expect([...titles]).toEqual(expect.arrayContaining([`《${TITLES.rules}》`, `《${TITLES.outline}》`]));

  // The query itself is hostile: it goes back into the box and the status line as text.
  const hostileQuery = '<img src=x onerror="window.__pwned=8"><script>window.__pwned=9</script>';
  await search(hostileQuery);
  await expect(page.locator('#search-input')).toHaveValue(hostileQuery);
  expect(await foreignMarkup(page)).toEqual([]);
  watch.expectQuiet();
});

test('the quick-jump box lists a title with <b> as text and opens its document', async ({ page, watch }) => {
  await page.goto(`${site.origin}/`);
  const box = page.getByRole('combobox', { name: '跳转到文件或条款' });
  await box.click();
  await box.pressSequentially('<b>加强</b>技工院校');
  const first = page.getByRole('listbox', { name: '跳转结果' }).getByRole('option').first();
  await expect(first.locator('.quick-jump-title')).toHaveText(TITLES.outline);
  expect(await foreignMarkup(page)).toEqual([]);
  await box.press('Enter');
  await expect(page).toHaveURL(`${site.origin}/docs/rsbf-2099-8/`);

  // A clause of the rules, by title and article.
  await box.fill('技工院校<b>文本</b>即数据管理办法第三条');
  await expect(page.getByRole('option').first().locator('.quick-jump-title')).toHaveText(`《${TITLES.rules}》第三条`);
  await box.press('Enter');
  await expect(page).toHaveURL(`${site.origin}/docs/rsbf-2099-7/#art-3`);
  expect(await foreignMarkup(page)).toEqual([]);
  watch.expectQuiet();
});

test('Copy citation copies a title with <b> as text', async ({ page, watch, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  await page.goto(`${site.origin}/docs/rsbf-2099-7/`);
  const cases: Array<[tools: string, citation: string]> = [
    ['.doc-header', `《${TITLES.rules}》（人社部发〔2099〕7号）`],
    ['[data-unit-id="art-1"]', `《${TITLES.rules}》（人社部发〔2099〕7号）第一条`],
  ];
  for (const [tools, citation] of cases) {
    // A unit's tools show while its line is hovered.
    await page.locator(tools).locator('xpath=..').hover();
    await page.locator(tools).locator('button[data-copy="cite"]').click();
    await expect(page.locator('[data-copy-status]')).toHaveText(`已复制引文（公文格式）：${citation}`);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
  }
  expect(await foreignMarkup(page)).toEqual([]);
  watch.expectQuiet();
});

test('the watch itself sees markup that does get in: a blocked inline handler is a CSP violation', async ({ page, watch }) => {
  // Proof that the silence above means something: HTML put in on purpose is caught.
  await page.goto(`${site.origin}/docs/rsbf-2099-8/`);
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" onload="window.__pwned=99">'));
  await expect.poll(() => watch.problems.join('\n')).toContain('CSP violation: script-src');
  expect(await foreignMarkup(page)).toContain('img[onload]');
  expect(watch.problems.join('\n')).not.toContain('__pwned=99');
});
