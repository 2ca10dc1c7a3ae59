/** Resolution inside a document: 前款, 前两款, 本条, 本法第X条, short names, a unit that does not exist. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePolicy, type PolicyRoot } from '../../../src/lib/pst/index.ts';
import { buildLibrary, crossReference, type Citation } from '../../../src/lib/xref/index.ts';

const law = parsePolicy(`---
id: law
title: 中华人民共和国职业教育法
kind: 法律
---

第一条　为了推动职业教育高质量发展，制定本法。

第二条　职业学校应当依法办学。

依照前款规定设立的学校，适用本条的规定。

前两款规定以外的机构，依照本法第一条执行；违反本法第三百条的，依法处理。
`).tree;
const notice = parsePolicy(`---
id: notice
title: 人力资源社会保障部关于贯彻实施新修订的职业教育法的通知
docNumber: 人社部函〔2022〕53号
---

各地要贯彻《中华人民共和国职业教育法》（以下简称《职教法》），落实《职教法》第二条第二款的规定，参照《关于推动现代职业教育高质量发展的意见》。
`).tree;

function citations(tree: PolicyRoot): Citation[] {
  const out: Citation[] = [];
  const walk = (n: { citations?: Citation[]; children?: unknown[] }) => {
    out.push(...(n.citations ?? []));
    for (const c of n.children ?? []) walk(c as typeof n);
  };
  walk(tree as never);
  return out;
}

const docs = [
  { id: 'law', tree: law },
  { id: 'notice', tree: notice },
];
const x = crossReference(docs, buildLibrary(docs));
const target = (c: Citation) =>
  c.target.type === 'document' ? `${c.target.docId}#${c.target.unitId ?? ''}${c.more.length ? `+${c.more.join(',')}` : ''}` : c.target.type;

describe('resolution inside a document', () => {
  it('前款 is the previous 款 of the same article, 前两款 the two before, 本条 the article', () => {
    assert.deepEqual(
      citations(law).map((c) => `${c.raw} → ${target(c)}`),
      ['前款 → law#art-2-p1', '本条 → law#art-2', '前两款 → law#art-2-p1+art-2-p2', '本法第一条 → law#art-1', '本法第三百条 → unresolved'],
    );
  });
  it('a unit that does not exist is a warning with its place, never a link', () => {
    assert.equal(x.warnings.length, 1);
    assert.match(x.warnings[0]!.reason, /art-300/);
    assert.equal(x.warnings[0]!.docId, 'law');
    assert.ok(x.warnings[0]!.line > 1 && x.warnings[0]!.column > 1);
  });
  it('a short name defined with 以下简称 resolves later uses, with their units', () => {
    assert.deepEqual(
      citations(notice).map((c) => `${c.raw} → ${target(c)}`),
      ['《中华人民共和国职业教育法》 → law#', '《职教法》第二条第二款 → law#art-2-p2', '《关于推动现代职业教育高质量发展的意见》 → external'],
    );
  });
  it('backlinks record who cites which unit', () => {
    assert.deepEqual(
      x.citedBy
        .get('law')
        ?.get('art-2-p2')
        ?.map((p) => p.docId),
      ['notice'],
    );
  });
});
