import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { catalog, loadCorpus, type Catalog, type CatalogEntry } from '../../../src/lib/corpus/index.ts';

const FIXTURES = 'tests/fixtures/site/policies';

describe('catalog() over the fixture corpus', () => {
  let result: Catalog;
  const entry = (id: string): CatalogEntry => {
    const found = result.documents.find((doc) => doc.id === id);
    assert.ok(found, `no catalog entry ${id}`);
    return found;
  };

  before(async () => {
    result = catalog(await loadCorpus(FIXTURES, { warn: () => {} }));
  });

  test('lists every document once, sorted by id', () => {
    assert.deepEqual(
      result.documents.map((doc) => doc.id),
      ['jzcf-2023-1', 'jzcf-2023-1-plan', 'slzyjyf-2022'],
    );
  });

  test('a law: metadata from the frontmatter, chapters, sections and articles counted from the tree', () => {
    assert.deepEqual(entry('slzyjyf-2022'), {
      id: 'slzyjyf-2022',
      title: '示例职业教育法',
      docNumber: null,
      issuers: ['全国人民代表大会常务委员会'],
      dates: { issued: null, published: '2022-04-20', effective: '2022-05-01' },
      // Without the currency (src/lib/status), nothing is claimed about the status or dates' basis.
      dateBases: [],
      kind: '法律',
      jurisdiction: '全国',
      status: { value: 'unknown', label: '未知', asOf: null, basis: { rule: '未评估', evidence: null } },
      validity: { from: null, to: null, rule: null },
      parent: null,
      children: [],
      url: '/docs/slzyjyf-2022/',
      sources: [{ file: '900_fixture_law.txt', startLine: 1, endLine: 24 }],
      counts: { chapters: 2, sections: 2, articles: 3 },
    });
  });

  test('a wrapper notice lists its embedded document as a child', () => {
    const notice = entry('jzcf-2023-1');
    assert.equal(notice.docNumber, '教职成〔2023〕1号');
    assert.equal(notice.parent, null);
    assert.deepEqual(notice.children, ['jzcf-2023-1-plan']);
    assert.deepEqual(notice.counts, { chapters: 0, sections: 0, articles: 0 });
  });

  test('an embedded plan points to its parent and keeps every source copy, without `complete`', () => {
    const plan = entry('jzcf-2023-1-plan');
    assert.equal(plan.parent, 'jzcf-2023-1');
    assert.deepEqual(plan.children, []);
    assert.deepEqual(plan.dates, { issued: '2023-03-01', published: null, effective: null });
    assert.deepEqual(plan.sources, [
      { file: '901_fixture_notice.txt', startLine: 14, endLine: 40 },
      { file: '902_fixture_copy.txt', startLine: 3, endLine: 30 },
    ]);
    assert.deepEqual(plan.counts, { chapters: 0, sections: 0, articles: 0 });
  });

  test('every url is /docs/<id>/', () => {
    for (const doc of result.documents) assert.equal(doc.url, `/docs/${doc.id}/`);
  });
});
