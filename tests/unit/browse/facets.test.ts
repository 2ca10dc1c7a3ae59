/** Browsing by facet: values, counts, slugs, search filters, and the latest documents. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { facetValues, genresOf, latestEntries, valueSlug, type BrowseEntry } from '../../../src/lib/browse/index.ts';

function entry(id: string, fields: Partial<BrowseEntry>): BrowseEntry {
  return {
    id,
    title: id,
    docNumber: null,
    issuers: [],
    dates: { issued: null, published: null, effective: null },
    kind: '规范性文件',
    jurisdiction: '全国',
    dateBases: [],
    status: { value: 'unknown', label: '未知', asOf: null, basis: { rule: '', evidence: null } },
    validity: { from: null, to: null, rule: null },
    parent: null,
    children: [],
    url: `/docs/${id}/`,
    sources: [],
    counts: { chapters: 0, sections: 0, articles: 0 },
    genre: '通知',
    role: 'standalone',
    ...fields,
  };
}

const entries = [
  entry('law', {
    kind: '法律',
    genre: '法',
    issuers: ['全国人民代表大会常务委员会'],
    dates: { issued: '2022-04-20', published: '2022-04-20', effective: null },
  }),
  entry('plan', { genre: '规划', issuers: ['人力资源社会保障部'], dates: { issued: '2021-11-05', published: null, effective: null }, role: 'embedded' }),
  entry('notice', { issuers: ['人力资源社会保障部'], dates: { issued: '2021-11-05', published: null, effective: null }, role: 'wrapper' }),
  entry('joint', { genre: '意见', issuers: ['人力资源社会保障部', '教育部'], dates: { issued: null, published: '2023-01-12', effective: null } }),
  entry('yunnan', { genre: '意见', issuers: ['云南省人民政府'], jurisdiction: '云南省' }),
  entry('news', { kind: '新闻', genre: '新闻', dates: { issued: null, published: '2024-01-01', effective: null }, role: 'news' }),
];

describe('facetValues', () => {
  const facets = facetValues(entries);
  const summary = (facet: keyof typeof facets) => facets[facet].map((v) => `${v.value} ${v.entries.map((e) => e.id).join(',')}`);

  it('kinds in the order of the law, each with its documents newest first', () => {
    assert.deepEqual(summary('kind'), ['法律 law', '规范性文件 joint,notice,plan,yunnan', '新闻 news']);
  });
  it('a document counts once under each of its issuers; the most frequent first', () => {
    assert.deepEqual(summary('issuer'), ['人力资源社会保障部 joint,notice,plan', '教育部 joint', '全国人民代表大会常务委员会 law', '云南省人民政府 yunnan']);
  });
  it('years come from the 成文 date, else the 发布 date, newest first; undated documents have none', () => {
    assert.deepEqual(summary('year'), ['2024 news', '2023 joint', '2022 law', '2021 notice,plan']);
  });
  it('each value has an ASCII listing url and, where the search has the filter, a search url', () => {
    const kind = facets.kind.find((v) => v.value === '规范性文件')!;
    assert.equal(kind.url, '/browse/kind/guifanxingwenjian/');
    assert.equal(kind.searchUrl, `/search/?kind=${encodeURIComponent('规范性文件')}`);
    assert.equal(facets.year[0]!.url, '/browse/year/2024/');
    assert.equal(facets.year[0]!.searchUrl, '/search/?year=2024');
    assert.equal(facets.genre[0]!.searchUrl, null);
    for (const values of Object.values(facets)) for (const value of values) assert.match(value.url, /^\/browse\/[a-z]+\/[a-z0-9-]+\/$/);
  });
  it('slugs that clash are told apart', () => {
    const clash = facetValues([entry('a', { issuers: ['长江'] }), entry('b', { issuers: ['常江'] })]);
    assert.deepEqual(clash.issuer.map((v) => v.slug).sort(), ['changjiang', 'changjiang-2']);
  });
});

describe('genresOf and latestEntries', () => {
  it('the 文种 of a kind, most frequent first', () => {
    assert.deepEqual(genresOf(entries.filter((e) => e.kind === '规范性文件')), [
      { genre: '意见', count: 2 },
      { genre: '规划', count: 1 },
      { genre: '通知', count: 1 },
    ]);
  });
  it('the latest documents leave out notices, attachments, news and the undated', () => {
    assert.deepEqual(
      latestEntries(entries, 10).map((e) => e.id),
      ['joint', 'law', 'plan'],
    );
    assert.deepEqual(
      latestEntries(entries, 1).map((e) => e.id),
      ['joint'],
    );
  });
});

describe('valueSlug', () => {
  const cases: Array<[string, string]> = [
    ['规范性文件', 'guifanxingwenjian'],
    ['人力资源社会保障部', 'renliziyuanshehuibaozhangbu'],
    ['云南省', 'yunnansheng'],
    ['2021', '2021'],
    ['中国残疾人联合会', 'zhongguocanjirenlianhehui'],
  ];
  for (const [value, slug] of cases) it(`${value} → ${slug}`, () => assert.equal(valueSlug(value), slug));
});
