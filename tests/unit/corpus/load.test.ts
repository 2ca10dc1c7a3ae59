import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { VFileMessage } from 'vfile-message';
import { formatMessage, loadCorpus } from '../../../src/lib/corpus/index.ts';

const frontmatter = (id: string) =>
  `---\nid: ${id}\ntitle: 测试\ndocNumber: null\nissuers: []\nkind: 规范性文件\nstatus: valid\nrole: standalone\nparent: null\nsources: []\n---\n\n第一条　正文。\n`;

test('loadCorpus returns the documents sorted by id, whatever the directory order', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'corpus-'));
  try {
    for (const id of ['b-2', 'a-10', 'a-1']) await writeFile(path.join(dir, `${id}.md`), frontmatter(id));
    await writeFile(path.join(dir, 'README.txt'), 'not a document');
    const docs = await loadCorpus(dir, { warn: () => {} });
    assert.deepEqual(
      docs.map((doc) => doc.id),
      ['a-1', 'a-10', 'b-2'],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('loadCorpus warns, as file:line:column, when the frontmatter id is not the file name', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'corpus-'));
  try {
    await writeFile(path.join(dir, 'right-id.md'), frontmatter('wrong-id'));
    const warnings: string[] = [];
    const [doc] = await loadCorpus(dir, { warn: (line) => warnings.push(line) });
    assert.equal(doc?.id, 'right-id');
    assert.ok(
      warnings.some((line) => /right-id\.md:1:1: Unexpected id `wrong-id`, expected `right-id`/.test(line)),
      warnings.join('\n'),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('loadCorpus fails for a missing corpus directory, naming it', async () => {
  await assert.rejects(loadCorpus('tests/fixtures/site/no-such-dir'), /tests\/fixtures\/site\/no-such-dir/);
});

test('formatMessage prints file:line:column: reason', () => {
  const message = new VFileMessage('Unexpected `第三十六条`, expected an article number', {
    place: { line: 45, column: 3 },
  });
  assert.equal(formatMessage(message, 'content/policies/a.md'), 'content/policies/a.md:45:3: Unexpected `第三十六条`, expected an article number');
});
