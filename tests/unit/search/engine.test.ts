/**
 * The engine over real records of a few documents, with an in-memory Pagefind
 * (fake-pagefind.ts) and the real vocabulary (jieba with content/dictionaries/jieba.txt).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { loadJieba } from '../../../src/integrations/jieba.ts';
import { catalog, type PolicyDocument } from '../../../src/lib/corpus/index.ts';
import { parsePolicy } from '../../../src/lib/pst/index.ts';
import {
  buildVocabulary,
  documentRecords,
  readState,
  SearchEngine,
  vocabularyCutter,
  type ResultItem,
  type SearchOutcome,
} from '../../../src/lib/search/index.ts';
import { fakePagefind } from './fake-pagefind.ts';

const ids = ['zyjyf-2022', 'lrp-1986-22', 'rsbh-2022-53', 'rsbf-2021-86', 'rsbf-2021-86-notice', 'gf-2019-4'];
let engine: SearchEngine;

before(async () => {
  const docs: PolicyDocument[] = ids.map((id) => {
    const { tree, messages } = parsePolicy(readFileSync(`content/policies/${id}.md`, 'utf8'));
    return { id, path: `content/policies/${id}.md`, tree, messages };
  });
  const entries = new Map(catalog(docs).documents.map((e) => [e.id, e]));
  const records = docs.flatMap((d) => documentRecords({ id: d.id, tree: d.tree, entry: entries.get(d.id)! }, { maxContainer: 1000 }));
  const { cut } = await loadJieba();
  const vocabulary = new Set(
    buildVocabulary(
      records.map((r) => r.meta.text),
      cut,
    ),
  );
  engine = new SearchEngine(fakePagefind(records), async () => vocabularyCutter(vocabulary));
});

async function run(query: string): Promise<{ outcome: SearchOutcome; items: ResultItem[] }> {
  const outcome = await engine.run(readState(new URLSearchParams(query)));
  return { outcome, items: [...outcome.documents, ...(await outcome.more(10))] };
}

const target = (item: ResultItem | undefined) => (item ? `${item.doc}#${item.unit}` : '(none)');

describe('search engine', () => {
  it('职业教育活动周 finds 第十二条第三款 first, not the whole article around it', async () => {
    const { items } = await run('q=职业教育活动周');
    assert.equal(target(items[0]), 'zyjyf-2022#art-12-p3');
    assert.equal(items[0]!.href, `/docs/zyjyf-2022/?hl=${encodeURIComponent('职业教育活动周')}#art-12-p3`);
    assert.ok(!items.some((i) => i.doc === 'zyjyf-2022' && i.unit === 'art-12'), 'the article holding the clause is folded into it');
    assert.deepEqual(
      items[0]!.excerpt.filter((p) => p.mark).map((p) => p.text),
      ['职业教育活动周'],
    );
  });

  it('a query found nowhere verbatim is cut into words (技工学校 … 校长负责制)', async () => {
    const { outcome, items } = await run('q=技工学校校长负责制');
    assert.equal(target(items[0]), 'lrp-1986-22#art-38-p1');
    assert.deepEqual(outcome.dropped, []);
    assert.ok(outcome.terms.length > 1, JSON.stringify(outcome.terms));
  });

  it('once every result is given out the list is complete, folded units not counted', async () => {
    const { outcome, items } = await run(`q=${encodeURIComponent('学生实习 签订协议')}`);
    assert.equal(outcome.complete(), true);
    // 第五十条 and its 第一款 both hold the words; only the 款 is shown.
    assert.ok(items.length < outcome.total, `${items.length} of ${outcome.total}`);
    assert.deepEqual(await outcome.more(10), []);
  });

  it('a part naming a document narrows the rest to it (职业教育法 活页式教材)', async () => {
    const { outcome, items } = await run(`q=${encodeURIComponent('职业教育法 活页式教材')}`);
    assert.ok(outcome.within.includes('中华人民共和国职业教育法'), outcome.within.join());
    assert.equal(target(items.find((i) => i.level === 'unit')), 'zyjyf-2022#art-31');
  });

  it('compound words are looked for by their parts when nothing holds them whole (签订协议)', async () => {
    const { outcome, items } = await run(`q=${encodeURIComponent('学生实习 签订协议')}`);
    assert.deepEqual(outcome.dropped, []);
    assert.ok(
      items.some((i) => target(i) === 'zyjyf-2022#art-50-p1'),
      items.map(target).join(),
    );
  });

  it('words found nowhere are dropped, and the outcome says which', async () => {
    const { outcome, items } = await run('q=职业学校学生实习有报酬吗');
    assert.ok(outcome.dropped.includes('吗'), outcome.dropped.join());
    assert.ok(items.length > 0);
  });

  it('a quoted part must be there verbatim', async () => {
    const { items } = await run(`q=${encodeURIComponent('"签订协议"')}`);
    assert.ok(items.length > 0);
    for (const item of items)
      assert.ok(
        item.excerpt.some((p) => p.mark && p.text === '签订协议'),
        target(item),
      );
  });

  it('a title typed whole lists its document first, linking to the document page', async () => {
    const { outcome, items } = await run('q=技工学校工作规定');
    assert.equal(outcome.documents[0]?.doc, 'lrp-1986-22');
    assert.equal(items[0]!.level, 'doc');
    assert.ok(items[0]!.href.startsWith('/docs/lrp-1986-22/?hl='));
  });

  it('a 文号 in any bracket form finds its documents', async () => {
    for (const q of ['人社部发〔2021〕86号', '人社部发[2021]86号', '人社部发(2021)86 号']) {
      const { outcome } = await run(`q=${encodeURIComponent(q)}`);
      assert.deepEqual(outcome.documents.map((d) => d.doc).sort(), ['rsbf-2021-86', 'rsbf-2021-86-notice'], q);
    }
  });

  it('a filter narrows; its facet keeps the counts of the other values', async () => {
    const all = await run('q=职业教育');
    const law = await run(`q=职业教育&kind=${encodeURIComponent('法律')}`);
    assert.ok(law.outcome.total < all.outcome.total);
    assert.ok(law.items.every((i) => i.doc === 'zyjyf-2022'));
    assert.equal(law.outcome.counts.kind['法律'], law.outcome.total);
    assert.equal(law.outcome.counts.kind['规范性文件'], all.outcome.counts.kind['规范性文件']);
  });

  it('an empty query with a filter lists documents, newest first; without one, nothing', async () => {
    const listed = await run(`kind=${encodeURIComponent('规范性文件')}`);
    assert.equal(listed.outcome.mode, 'filters');
    assert.ok(listed.items.every((i) => i.level === 'doc' && i.href === `/docs/${i.doc}/`));
    const dates = listed.items.map((i) => i.date || '0000');
    assert.deepEqual(dates, [...dates].sort().reverse());
    const idle = await run('');
    assert.equal(idle.outcome.mode, 'idle');
    assert.deepEqual(idle.items, []);
    assert.ok(Object.keys(idle.outcome.counts.kind).length > 0, 'idle still counts documents per facet');
  });
});
