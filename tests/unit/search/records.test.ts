/** Search records of real documents (content/policies), checked by reading them. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { catalog, type PolicyDocument } from '../../../src/lib/corpus/index.ts';
import { parsePolicy } from '../../../src/lib/pst/index.ts';
import { decodeToken, documentRecords, symbols, type SearchRecord } from '../../../src/lib/search/index.ts';

function records(id: string, options = {}): SearchRecord[] {
  const { tree, messages } = parsePolicy(readFileSync(`content/policies/${id}.md`, 'utf8'));
  const doc: PolicyDocument = { id, path: `content/policies/${id}.md`, tree, messages };
  const [entry] = catalog([doc]).documents;
  return documentRecords({ id, tree, entry: entry! }, options);
}

const byUrl = (list: SearchRecord[], url: string) => list.find((r) => r.url === url);

describe('records of 中华人民共和国职业教育法 (zyjyf-2022)', () => {
  const list = records('zyjyf-2022');

  const units: Array<[string, string, string]> = [
    // url, citation, opening of the text
    ['/docs/zyjyf-2022/#art-12', '第十二条', '第十二条　国家采取措施'],
    ['/docs/zyjyf-2022/#art-12-p3', '第十二条第三款', '每年5月的第二周为职业教育活动周'],
    ['/docs/zyjyf-2022/#art-36-p2-i3', '第三十六条第二款第三项', '（三）'],
    ['/docs/zyjyf-2022/#art-53', '第五十三条', '第五十三条　职业学校学生在升学、就业'],
  ];
  for (const [url, cite, opening] of units) {
    it(`${cite} is a unit record at ${url}`, () => {
      const record = byUrl(list, url);
      assert.ok(record, url);
      assert.equal(record.meta.level, 'unit');
      assert.equal(record.meta.cite, cite);
      assert.ok(record.meta.text.startsWith(opening), record.meta.text.slice(0, 30));
    });
  }

  it('a 款 that is its article’s only one is left out: the article answers for it', () => {
    assert.ok(byUrl(list, '/docs/zyjyf-2022/#art-13'));
    assert.equal(byUrl(list, '/docs/zyjyf-2022/#art-13-p1'), undefined);
  });

  it('chapters are containers, not records', () => {
    assert.equal(byUrl(list, '/docs/zyjyf-2022/#ch-1'), undefined);
  });

  it('a unit knows the units around it, innermost first', () => {
    assert.equal(byUrl(list, '/docs/zyjyf-2022/#art-36-p2-i3')?.meta.up, 'art-36-p2 art-36 ch-4');
  });

  it('the document record holds the title and 文号 under its own key, and lists the document', () => {
    const doc = list[0]!;
    assert.equal(doc.url, '/docs/zyjyf-2022/#document');
    assert.equal(doc.meta.level, 'doc');
    assert.equal(doc.meta.text, '中华人民共和国职业教育法');
    assert.deepEqual(doc.filters.level, ['doc']);
    assert.deepEqual(doc.filters.kind, ['法律']);
    assert.equal(doc.sort.date, '2022-04-20');
  });

  it('every record carries the document’s facets and its id as filters', () => {
    for (const record of list) {
      assert.deepEqual(record.filters.doc, ['zyjyf-2022']);
      assert.deepEqual(record.filters.jurisdiction, ['全国']);
      assert.deepEqual(record.filters.year, ['2022']);
    }
  });

  it('content is the tokens of the text: decoded, they spell its symbols in order', () => {
    const record = byUrl(list, '/docs/zyjyf-2022/#art-12-p3')!;
    const firsts = record.content.split(' ').map((t) => decodeToken(t)[0]);
    assert.deepEqual(
      firsts,
      symbols(record.meta.text).map((s) => s.value),
    );
  });
});

describe('records of policy documents', () => {
  it('paragraphs outside units (addressees, preamble) become a text record at the document page', () => {
    const text = byUrl(records('rsbh-2022-53'), '/docs/rsbh-2022-53/');
    assert.ok(text);
    assert.equal(text.meta.level, 'text');
    assert.ok(text.meta.text.startsWith('各省、自治区、直辖市及新疆生产建设兵团人力资源社会保障厅（局）：'));
  });

  it('outline items at every level are records, cited as officials write them', () => {
    const list = records('rsbf-2021-86');
    assert.equal(byUrl(list, '/docs/rsbf-2021-86/#s2-2')?.meta.cite, '二（二）');
    assert.equal(byUrl(list, '/docs/rsbf-2021-86/#box-2-s1')?.meta.cite, '专栏2第1项');
  });

  it('without dates, the year comes from the 文号 (国办发〔2017〕95号)', () => {
    assert.deepEqual(records('gbf-2017-95')[0]!.filters.year, ['2017']);
  });

  it('with maxContainer, a long unit holding others is indexed by its own paragraphs only', () => {
    const whole = byUrl(records('rsbf-2021-86'), '/docs/rsbf-2021-86/#s2')!;
    const own = byUrl(records('rsbf-2021-86', { maxContainer: 100 }), '/docs/rsbf-2021-86/#s2')!;
    assert.ok(whole.meta.text.length > 100);
    assert.ok(own.meta.text.length < whole.meta.text.length);
    assert.ok(own.meta.text.startsWith('二、'));
    assert.ok(!own.meta.text.includes('（一）'), own.meta.text);
  });
});
