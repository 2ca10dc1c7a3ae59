/**
 * Text is data: a document whose source holds `<script>`, HTML and Markdown look-alikes shows
 * them literally on its page and its unit pages — in the text, the table, the title, the
 * citation data and the provenance panel. Builds the site from the fixture corpus beside this
 * file (a few seconds) and reads the HTML.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildFixture } from '../../build-fixture.ts';

const FIXTURE = 'tests/unit/docpage/fixtures/text-is-data/policies';

/** Source texts as the fixture's paragraphs say them (after Markdown un-escaping). */
const LITERALS = [
  '正文中的 <script>alert("第一条")</script> 是普通文字。',
  '<b>粗体</b>、<img src=x onerror=alert(2)> 与 <!-- 注释 --> 都照原样显示。',
  '**星号**、_下划线_、[链接](第一条) 与 `代码` 不是 Markdown。',
  '实体 &amp; 与 &lt;i&gt; 原样显示，{花括号}、${模板} 与 </p></div> 也是。',
  '# 井号开头的一行',
  '> 引用符号开头的一行',
  '- 连字符开头的一行',
  '<td>单元格</td>',
  '**不加粗** | 竖线',
  '<em>总体</em>要求',
  '<script>alert("（一）")</script>。坚持把原文当作数据。',
  '<u>主要</u>指标',
  '**指标**一',
  '落实 [本计划](javascript:alert(3)) 的任务。',
];

let out = '';
const page = (file: string) => readFileSync(path.join(out, file), 'utf8');
/** The `<main>` of a page. */
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

/**
 * A tag as HTML tokenizes it: quoted attribute values may hold `<` and `>` (an attribute is
 * text too, and `data-cite-prefix="《关于<b>文本</b>…》"` is one value, not an element).
 */
const TAG = /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/?([a-zA-Z][^\s/>]*)(?:\s+[^\s"'=<>`/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/gi;

/** The names of the elements in some HTML, in order. */
const elements = (html: string) => [...html.matchAll(TAG)].flatMap((m) => (m[1] && !m[0].startsWith('</') ? [m[1].toLowerCase()] : []));

/** Character references decoded. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()] ?? entity;
  });
}

/** What a reader sees: scripts and styles dropped, tags removed, character references decoded. */
function textOf(html: string): string {
  return decode(html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '').replace(TAG, ''));
}

describe('text is data', () => {
  before(() => {
    ({ out } = buildFixture(FIXTURE));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('the document pages and unit pages show every look-alike as the text it is', () => {
    const pages = ['docs/wbsj-2024-1/index.html', 'docs/wbsj-2024-2/index.html'];
    const text = pages.map((file) => textOf(main(page(file)))).join('\n');
    for (const literal of LITERALS) assert.ok(text.includes(literal), `shown literally: ${literal}`);
    const units = readdirSync(path.join(out, 'docs/wbsj-2024-1')).filter((name) => name.startsWith('art-'));
    assert.deepEqual(units.sort(), ['art-1', 'art-2', 'art-3', 'art-4']);
    assert.ok(textOf(main(page('docs/wbsj-2024-1/art-2/index.html'))).includes(LITERALS[1]!));
  });

  it('no look-alike becomes markup: no element, attribute, link or script comes from the text', () => {
    for (const file of ['docs/wbsj-2024-1/index.html', 'docs/wbsj-2024-2/index.html', 'docs/wbsj-2024-1/art-1/index.html', 'docs/wbsj-2024-2/s2/index.html']) {
      const html = page(file);
      // Between the tags (attribute values are text and may hold `<`) every `<` is escaped.
      const between = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '').replace(TAG, '');
      assert.equal(between.indexOf('<'), -1, `${file}: an unescaped < in the text: ${between.slice(between.indexOf('<'), between.indexOf('<') + 40)}`);
      // The page's own vocabulary: any b, i, u, em, img or code element would have come from the text.
      const foreign = elements(main(html)).filter((name) => ['b', 'i', 'u', 'em', 'img', 'code', 'iframe', 'object'].includes(name));
      assert.deepEqual(
        foreign.filter((name) => name !== 'code'),
        [],
        `${file}: an element from the text`,
      );
      assert.doesNotMatch(main(html), /<code>`?代码/, `${file}: Markdown code from the text`);
      assert.doesNotMatch(main(html), /<td><td>/, `${file}: a cell from the text`);
      assert.doesNotMatch(html, /<[^>]*\sonerror/i, `${file}: an event handler from the text`);
      assert.doesNotMatch(html, /href="javascript:/i, `${file}: a javascript: link`);
      for (const m of html.matchAll(TAG)) {
        if (m[1]?.toLowerCase() !== 'script' || m[0].startsWith('</')) continue;
        const end = m.index + m[0].length;
        assert.doesNotMatch(html.slice(end, html.indexOf('</script>', end)), /alert\(/, `${file}: a script from the text`);
      }
    }
  });

  it('the title, link preview, citation data and provenance keep their look-alikes as text', () => {
    const html = page('docs/wbsj-2024-1/index.html');
    assert.equal(textOf(/<title>([\s\S]*?)<\/title>/.exec(html)![1]!), '关于<b>文本</b>即数据的规定 · 职教政策库');
    assert.equal(textOf(/<h1>([\s\S]*?)<\/h1>/.exec(html)![1]!), '关于<b>文本</b>即数据的规定');
    const prefix = /data-cite-prefix="([^"]*)"/.exec(html)?.[1];
    assert.equal(decode(prefix ?? ''), '《关于<b>文本</b>即数据的规定》（示例〔2024〕1号）');
    const og = /<meta property="og:title" content="([^"]*)"/.exec(page('docs/wbsj-2024-1/art-2/index.html'))?.[1];
    assert.equal(decode(og ?? ''), '《关于<b>文本</b>即数据的规定》第二条');
    const provenance = textOf(html.slice(html.indexOf('data-provenance')));
    assert.ok(provenance.includes('990_<script>alert(9)</script>.txt'));
    assert.ok(provenance.includes('A reason with <b>markup</b> and **stars** stays text.'));
    assert.ok(provenance.includes('<i>粗体</i>'), 'the copy side of the difference');
  });

  it('no template of the document pages writes raw HTML (set:html)', () => {
    const files = ['src/components/doc', 'src/pages/docs'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile())
        .map((f) => path.join(f.parentPath, f.name)),
    );
    assert.ok(files.length > 5);
    for (const file of files) assert.doesNotMatch(readFileSync(file, 'utf8'), /set:html\s*=|\.(?:inner|outer)HTML\s*=|insertAdjacentHTML\(/, file);
  });
});
