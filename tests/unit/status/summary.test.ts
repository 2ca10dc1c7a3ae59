/**
 * The currency report's figures (`npm run status`, `npm run corpus`): dates counted by basis,
 * documents by status, the undated and the 未知 listed with their reasons.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCurrencySummary, summarizeCurrency, type Currency, type DateBasisKind, type StatusValue } from '../../../src/lib/status/index.ts';

function doc(id: string, bases: DateBasisKind[], value: StatusValue, rule = 'a rule'): Currency {
  return {
    id,
    dates: bases.map((kind) => ({ role: 'issued', date: '2021-06-28', basis: { kind, evidence: null } })),
    validity: { from: null, to: null, evidence: null, rule: null },
    status: { value, rule, evidence: null, asOf: '2026-12-01' },
  };
}

describe('summarizeCurrency', () => {
  const docs = [
    doc('a', ['stated', 'stated'], 'in-force'),
    doc('b', ['inherited'], 'plan-ended'),
    doc('c', [], 'unknown', '新闻不是规范性文件'),
    doc('d', ['attested', 'corrected'], 'unknown', '暂行，未写明有效期'),
  ];
  const s = summarizeCurrency(docs, '2026-12-01');

  it('counts every date by its basis, a document with two dates twice', () => {
    assert.deepEqual(s.datesByBasis, { stated: 2, inherited: 1, attested: 1, corrected: 1, cited: 0 });
  });
  it('counts documents by status and the known ones', () => {
    assert.equal(s.statuses['in-force'], 1);
    assert.equal(s.statuses['plan-ended'], 1);
    assert.equal(s.statuses.unknown, 2);
    assert.equal(s.known, 2);
  });
  it('lists the undated documents and the 未知 ones with their reasons', () => {
    assert.equal(s.dated, 3);
    assert.deepEqual(s.undated, ['c']);
    assert.deepEqual(s.unknown, [
      { id: 'c', reason: '新闻不是规范性文件' },
      { id: 'd', reason: '暂行，未写明有效期' },
    ]);
  });
  it('prints the headline with labels and shares', () => {
    const lines = formatCurrencySummary(s);
    assert.equal(lines[0], '效力状态截至 2026-12-01');
    assert.equal(lines[1], 'documents with a date: 3/4 (75.0%)');
    assert.match(lines[2]!, /本文写明 2, 承自所属文件 1/);
    assert.equal(lines[4], 'status other than 未知: 2/4 (50.0%)');
  });
});
