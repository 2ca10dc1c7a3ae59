/**
 * The xref plugin reports an unresolved citation where it stands in the `.md` file: the true
 * line and column, through Markdown escapes and the article label, with the file's real path.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMessage } from '../../../src/lib/corpus/index.ts';
import { parsePolicy } from '../../../src/lib/pst/index.ts';
import { buildLibrary, crossReference } from '../../../src/lib/xref/index.ts';

const PATH = 'tests/somewhere/law.md';
const markdown = `---
id: law
title: 中华人民共和国职业教育法
kind: 法律
---

第一条　为了推动职业教育高质量发展，制定本法。

第二条　职业学校\\*应当\\*依法办学；违反本法第三百条的，依法处理。
`;

describe('xref plugin', () => {
  const parsed = parsePolicy(markdown, { path: PATH });
  const doc = { id: 'law', tree: parsed.tree, file: parsed.file };
  const x = crossReference([doc], buildLibrary([doc]));

  it('puts the warning at the first character of the citation in the file', () => {
    const line = markdown.split('\n').findIndex((l) => l.includes('本法第三百条')) + 1;
    const column = markdown.split('\n')[line - 1]!.indexOf('本法第三百条') + 1;
    assert.deepEqual(
      x.warnings.map((w) => [w.line, w.column]),
      [[line, column]],
    );
  });

  it('is a vfile message printed with the file path the document was read from', () => {
    const messages = parsed.file.messages.filter((m) => m.source === 'xref');
    assert.equal(messages.length, 1);
    assert.match(formatMessage(messages[0]!, 'unused.md'), /^tests\/somewhere\/law\.md:9:\d+: .*art-300.*\(本法第三百条\)$/);
    assert.equal(messages[0]!.ruleId, 'unresolved-citation');
  });
});
