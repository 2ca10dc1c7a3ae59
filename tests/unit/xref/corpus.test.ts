/** Cross-references over the real corpus: counts, backlinks, missing documents, relations. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCorpus } from '../../../src/lib/corpus/index.ts';
import { buildLibrary, crossReference } from '../../../src/lib/xref/index.ts';

const documents = await loadCorpus('content/policies', { warn: () => {} });
const x = crossReference(documents, buildLibrary(documents));

describe('cross-references in the corpus', () => {
  it('resolves or marks as external every citation found, with no warning for a unit that does not exist', () => {
    assert.ok(x.counts.found > 150);
    assert.equal(x.counts.found, x.counts.resolved + x.counts.external);
    assert.deepEqual(x.warnings, []);
  });
  it('knows who cites the 职业教育法', () => {
    const places = x.citedBy.get('zyjyf-2022')?.get('') ?? [];
    assert.ok(places.length >= 5);
    assert.ok(places.every((p) => p.docId !== 'zyjyf-2022'));
    assert.ok(
      places.some((p) => p.docId === 'rsbh-2022-53'),
      '关于贯彻实施新修订的职业教育法的通知 cites it',
    );
  });
  it('lists the most-cited missing documents with the places that cite them', () => {
    const edu = x.missing.find((m) => m.title === '中华人民共和国教育法');
    assert.ok(edu && edu.count >= 2 && edu.places.length === edu.count);
    assert.ok(!x.missing.some((m) => m.title === '中华人民共和国职业教育法'), 'a document in the library is not missing');
    assert.ok(!x.missing.some((m) => m.title === '求是' || m.title === '人民日报'), 'periodicals are not documents');
  });
  it('reads 废止, 修订, 实施意见 and 印发 relations from the text', () => {
    const has = (type: string, from: string, to: string) => x.relations.some((r) => r.type === type && r.from === from && (r.to ?? r.title) === to);
    assert.ok(has('repeals', 'lrp-1986-22', '技工学校工作条例（试行）'), '技工学校工作规定 replaced the 1979 条例');
    assert.ok(has('revisedBy', 'lrp-1986-22', '关于废止和修改部分人力资源和社会保障规章的决定'));
    assert.ok(has('implements', 'yrsf-2022-15', 'rsbf-2021-30'), '云南 implements the national 意见');
    assert.ok(has('issues', 'rsbf-2021-86-notice', 'rsbf-2021-86'));
  });
});
