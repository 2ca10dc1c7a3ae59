/** The CSV export: a BOM for Excel, a header, one line per row, fields quoted as RFC 4180 asks. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractSubsidies, toCsv } from '../../../src/lib/subsidy/index.ts';
import { parsePolicy } from '../../../src/lib/pst/index.ts';
import { readFileSync } from 'node:fs';

const path = 'content/policies/yzf-2021-28.md';
const rows = extractSubsidies({ id: 'yzf-2021-28', path, tree: parsePolicy(readFileSync(path, 'utf8'), { path }).tree });

/** A small RFC 4180 reader, enough to read back what toCsv writes. */
function parse(csv: string): string[][] {
  const out: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (out.at(-1)!.push(field), (field = ''));
    else if (c === '\r' && csv[i + 1] === '\n') (out.at(-1)!.push(field), (field = ''), out.push([]), i++);
    else field += c;
  }
  if (out.at(-1)!.length === 0) out.pop();
  return out;
}

describe('toCsv', () => {
  const csv = toCsv(rows);
  it('starts with a byte-order mark and the header', () => {
    assert.ok(csv.startsWith('\uFEFF编号,类别,对象,金额,金额（元）,有金额,'));
  });
  it('reads back to one line per row, with the same ids, texts and amounts', () => {
    const [header, ...lines] = parse(csv.slice(1));
    assert.equal(lines.length, rows.length);
    const col = (name: string) => header!.indexOf(name);
    assert.deepEqual(
      lines.map((l) => l[col('编号')]),
      rows.map((r) => r.id),
    );
    assert.deepEqual(
      lines.map((l) => l[col('原文')]),
      rows.map((r) => r.text),
    );
    const awards = lines.find((l) => l[col('原文')]!.includes('其他全国一类职业技能竞赛'))!;
    assert.equal(awards[col('金额')], '10万元（每人一次性）；5万元（每人一次性）；2万元（每人一次性）');
    assert.equal(awards[col('金额（元）')], '100000；50000；20000');
    assert.equal(awards[col('链接')], '/docs/yzf-2021-28/#s2-5-28');
  });
  it('quotes fields with commas and doubles their quotes', () => {
    const text = rows.find((r) => r.text.includes(','))?.text ?? '';
    if (text) assert.ok(csv.includes(`"${text.replace(/"/gu, '""')}"`));
    assert.ok(csv.includes('“云南省职业技能网络培训平台”'), 'curly quotes are text, not CSV quotes');
  });
});
