/**
 * The ranked search over the real corpus: the index built in memory as the build builds it
 * (jieba search mode with content/dictionaries/jieba.txt, the thesaurus), searched by the same
 * engine the page runs, files read from the map instead of fetched.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { memoryIndex, memorySearch } from '../../../scripts/eval/ranked-node.ts';
import {
  decodePostings,
  FACETS,
  groupByDocument,
  readThesaurus,
  understand,
  wordSpecs,
  WORDS_FILE,
  META_FILE,
  readState,
  shardFile,
  termShard,
  type IndexFiles,
  unpackMeta,
  type IndexMeta,
  type RankedItem,
  type RankedOutcome,
  type RankedSearch,
  type StoredMeta,
} from '../../../src/lib/search/index.ts';

let files: IndexFiles;
let search: RankedSearch;
let meta: IndexMeta;

before(async () => {
  files = await memoryIndex();
  search = memorySearch(files);
  meta = unpackMeta(JSON.parse(files.get(META_FILE)!) as StoredMeta);
});

async function run(q: string, params = ''): Promise<{ outcome: RankedOutcome; items: RankedItem[] }> {
  const outcome = await search.run(readState(new URLSearchParams(`q=${encodeURIComponent(q)}${params}`)));
  return { outcome, items: await outcome.results(20) };
}

const text = (item: RankedItem) => item.excerpt.map((p) => p.text).join('');
const marked = (item: RankedItem) => item.excerpt.filter((p) => p.mark).map((p) => p.text);

describe('the index files', () => {
  it('every term sits in the shard its hash names, postings in increasing record order', () => {
    let checked = 0;
    for (let n = 0; n < meta.shards; n++) {
      const shard = JSON.parse(files.get(shardFile(n))!) as Record<string, number[]>;
      for (const [term, list] of Object.entries(shard)) {
        assert.equal(termShard(term, meta.shards), n, term);
        const { records } = decodePostings(list);
        assert.ok(
          records.every((r, i) => i === 0 || r > records[i - 1]!),
          term,
        );
        assert.ok(
          records.every((r) => r < meta.records.doc.length),
          term,
        );
        checked++;
      }
    }
    assert.ok(checked > 1000);
  });

  it('every record’s enclosing record belongs to the same document and comes before it', () => {
    meta.records.parent.forEach((p, r) => {
      if (p === -1) return;
      assert.ok(p < r);
      assert.equal(meta.records.doc[p], meta.records.doc[r]);
    });
  });
});

describe('ranked search on real queries', () => {
  it('a question finds the clause with the amount, the amount marked as the answer', async () => {
    const { outcome, items } = await run('学徒补贴多少钱');
    assert.ok(outcome.understood?.intents.includes('amount'));
    assert.ok(!outcome.understood?.terms.some((t) => t.text === '多少钱'), 'the question words are not searched for');
    const top = items.slice(0, 5);
    assert.ok(
      top.some((i) => /学徒/.test(text(i)) && i.excerpt.some((p) => p.answer && /\d+\s*元|元/.test(p.text))),
      top.map(text).join('\n'),
    );
  });

  it('a word found nowhere is named, and the other words still find their clauses', async () => {
    const { outcome, items } = await run('职业教育活动周 魑魅魍魉');
    assert.ok(items.length > 0);
    assert.ok(outcome.missing.length > 0, 'the missing word is reported');
    assert.equal(items[0]!.url, '/docs/zyjyf-2022/#art-12-p3');
  });

  it('a quoted phrase is found verbatim in every result', async () => {
    const { items } = await run('"实习实训基地建设"');
    assert.ok(items.length > 0);
    for (const item of items)
      assert.ok(
        marked(item).some((m) => m.replace(/\s+/g, '') === '实习实训基地建设'),
        text(item),
      );
  });

  it('a 文号 typed without brackets lists its document first', async () => {
    const { outcome } = await run('人社部发2021 86');
    assert.equal(outcome.documents[0]?.doc, 'rsbf-2021-86');
  });

  it('a substring across a word boundary finds the words that hold it (教融 → 产教融合)', async () => {
    const { items } = await run('教融');
    assert.ok(items.length > 0);
    assert.ok(items.slice(0, 5).every((i) => text(i).includes('产教融合')));
    assert.deepEqual([...new Set(marked(items[0]!))], ['教融']);
  });

  it('a word the index holds only in parts is found where every part is: 职教20条 names the 国家职业教育改革实施方案', async () => {
    // jieba cuts the title into 国家 / 职业 / 教育 / 改革 / 实施方案: the thesaurus's full name is no index term.
    const { outcome, items } = await run('职教20条 学分银行');
    const first = groupByDocument([...outcome.documents, ...items])
      .flatMap((g) => g.items)
      .slice(0, 5);
    assert.ok(
      first.some((i) => i.doc === 'gf-2019-4' && i.level === 'unit' && text(i).includes('学分银行')),
      first.map((i) => i.doc).join(' '),
    );
  });

  it('a stand-in held only in parts counts as the word: 中专 finds 中等专业学校', async () => {
    const { items } = await run('技工学校能不能改办成中专？');
    assert.ok(
      items.slice(0, 5).some((i) => text(i).includes('不准改为中等专业学校')),
      items.slice(0, 5).map(text).join('\n'),
    );
  });

  it('a word longer than search mode’s inner words is found inside longer terms (职业技能 in 职业技能等级认定)', async () => {
    const words = new Set(files.get(WORDS_FILE)!.split('\n').filter(Boolean));
    const u = await understand('职业技能', { vocabulary: words, thesaurus: readThesaurus('') });
    const [spec] = wordSpecs(u, words);
    assert.ok(words.has('职业技能'));
    for (const longer of ['职业技能等级认定', '职业技能培训'])
      assert.ok(
        spec!.variants.some((v) => v.term === longer && v.weight === 1),
        longer,
      );
    // Two- and three-symbol words are added inside longer words by search mode itself.
    const [short] = wordSpecs(await understand('技能', { vocabulary: words, thesaurus: readThesaurus('') }), words);
    assert.deepEqual(
      short!.variants.map((v) => v.term),
      ['技能'],
    );
  });

  it('no result lies inside another result shown', async () => {
    const { items } = await run('技工学校 学制');
    const shown = new Set(items.map((i) => `${i.doc}#${i.unit}`));
    for (const item of items) {
      // Unit ids are paths: art-5-p1 lies inside art-5.
      for (const other of shown) {
        const [doc, unit] = other.split('#');
        if (doc === item.doc && unit && item.unit !== unit) assert.ok(!item.unit.startsWith(`${unit}-`), `${item.doc}#${item.unit} inside ${other}`);
      }
    }
  });

  it('a filter keeps the results to its documents, and counts what each value would give', async () => {
    const { outcome: all } = await run('职业教育');
    const kind = Object.keys(all.counts.kind).find((k) => (all.counts.kind[k] ?? 0) < all.total)!;
    const { outcome, items } = await run('职业教育', `&kind=${encodeURIComponent(kind)}`);
    assert.ok(items.length > 0);
    for (const item of items) assert.ok(meta.docs.find((d) => d.id === item.doc)!.facets.kind.includes(kind), item.doc);
    assert.equal(outcome.total, all.counts.kind[kind]);
    for (const facet of FACETS) assert.ok(outcome.counts[facet]);
  });

  it('an empty query with a filter lists documents, newest first', async () => {
    const outcome = await search.run(readState(new URLSearchParams('kind=法律')));
    assert.equal(outcome.mode, 'filters');
    const items = await outcome.results(50);
    assert.ok(items.length > 0);
    assert.ok(items.every((i, k) => k === 0 || items[k - 1]!.date >= i.date));
  });
});
