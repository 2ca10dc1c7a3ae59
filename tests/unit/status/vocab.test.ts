/** The as-of date, the vocabulary, the JSON-LD and the one rule for a document's date. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addYears,
  documentDate,
  formatChineseDate,
  parseDateCorrections,
  statusOfLabel,
  LEGAL_FORCE,
  legislationJsonLd,
  resolveAsOf,
  scriptJson,
  STATUS_LABELS,
  STATUS_VALUES,
} from '../../../src/lib/status/index.ts';

describe('the as-of date', () => {
  it('SOURCE_DATE_EPOCH wins over the commit date', () => assert.equal(resolveAsOf('1798761600', '2026-11-30'), '2027-01-01'));
  it('else the date of the last commit touching content/', () => assert.equal(resolveAsOf(undefined, '2026-11-30'), '2026-11-30'));
  it('a malformed epoch is ignored', () => assert.equal(resolveAsOf('soon', '2026-11-30'), '2026-11-30'));
  it('nothing known: null, never the wall clock', () => assert.equal(resolveAsOf(undefined, null), null));
});

describe('status vocabulary', () => {
  it('every value has a label, and the labels are the enumerated set', () => {
    assert.deepEqual(
      STATUS_VALUES.map((v) => STATUS_LABELS[v]),
      ['现行有效', '尚未生效', '已被修改', '部分失效', '失效（废止）', '有效期届满', '规划期已结束', '未知'],
    );
  });
  it('schema.org legal force: a plan period ended and 未知 claim nothing', () => {
    assert.equal(LEGAL_FORCE['in-force'], 'InForce');
    assert.equal(LEGAL_FORCE['partly-repealed'], 'PartiallyInForce');
    assert.equal(LEGAL_FORCE.repealed, 'NotInForce');
    assert.equal(LEGAL_FORCE['plan-ended'], null);
    assert.equal(LEGAL_FORCE.unknown, null);
  });
});

describe('dates', () => {
  const cases: Array<[string, number, string]> = [
    ['2019-05-01', 5, '2024-04-30'],
    ['2020-02-29', 2, '2022-02-28'],
    ['2021-01-01', 1, '2021-12-31'],
  ];
  for (const [from, years, to] of cases) it(`${from} + ${years} years ends ${to}`, () => assert.equal(addYears(from, years), to));
  it('reads as officials write it; a 文号 year reads 2021年', () => {
    assert.equal(formatChineseDate('2021-11-05'), '2021年11月5日');
    assert.equal(formatChineseDate('2021'), '2021年');
    assert.equal(formatChineseDate('2022-01'), '2022年1月'); // a date known to the month (今年1月，…印发)
  });
  it('a label reads back as its status', () => {
    for (const v of STATUS_VALUES) assert.equal(statusOfLabel(STATUS_LABELS[v]), v);
    assert.equal(statusOfLabel('未标明'), null);
  });
  it('a reviewed date may be a month or a 不晚于 bound; one without its reason is reported and left out', () => {
    const warnings: string[] = [];
    const text = [
      '- { id: a, role: notAfter, date: 2022-08-18, reason: republished on that day }',
      "- { id: b, role: published, date: '2022-01', reason: 今年1月 in a 2022 notice }",
      '- { id: c, role: issued, date: 2022-01-05 }',
    ].join('\n');
    const parsed = parseDateCorrections(text, 'dates.yaml', (w) => warnings.push(w));
    assert.deepEqual(
      parsed.map((c) => `${c.id}:${c.role}:${c.date}`),
      ['a:notAfter:2022-08-18', 'b:published:2022-01'],
    );
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^dates\.yaml: entry 3:/);
  });
  it('the date of a document: 成文, else 发布, else 施行', () => {
    assert.equal(documentDate({ issued: '2021-11-05', published: '2021-11-08', effective: null }), '2021-11-05');
    assert.equal(documentDate({ issued: null, published: '2022-10-25', effective: '2022-10-25' }), '2022-10-25');
    assert.equal(documentDate({ issued: null, published: null, effective: '2022-01-01' }), '2022-01-01');
    assert.equal(documentDate({ issued: null, published: null, effective: null }), null);
  });
});

describe('JSON-LD', () => {
  const doc = {
    url: '/docs/x/',
    title: '示例</script><!--办法',
    docNumber: '人社部发〔2021〕86号',
    issuers: ['人力资源社会保障部'],
    dates: { issued: '2021-11-05', published: null, effective: null },
    amended: null,
    kind: '规范性文件',
    genre: '规划',
    jurisdiction: '全国',
    status: 'repealed' as const,
    asOf: '2026-12-01',
  };
  it('Legislation with 文号, date and legal force', () => {
    const ld = legislationJsonLd(doc);
    assert.equal(ld['@type'], 'Legislation');
    assert.equal(ld.legislationIdentifier, '人社部发〔2021〕86号');
    assert.equal(ld.legislationDate, '2021-11-05');
    assert.equal(ld.legislationLegalForce, 'https://schema.org/NotInForce');
  });
  it('no legal force where the status claims none', () => assert.equal('legislationLegalForce' in legislationJsonLd({ ...doc, status: 'unknown' }), false));
  it('`<` is escaped, so the text cannot close the script element', () => {
    const json = scriptJson(legislationJsonLd(doc));
    assert.equal(json.includes('<'), false);
    assert.equal(JSON.parse(json).name, doc.title);
  });
});
