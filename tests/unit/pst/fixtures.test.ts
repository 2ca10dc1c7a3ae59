/**
 * Runs every fixture folder tests/fixtures/pst/<behaviour>/: parses input.md and compares the
 * tree summary with expected.json and the messages with expected-messages.txt. `UPDATE=1`
 * rewrites the expectations; review their diff like code.
 *
 * Each fixture also checks that positions point into the real file: every paragraph's text is
 * what its position covers, once Markdown escapes are undone, and every label is where its
 * unit starts.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parsePolicy, visitUnits, type PolicyNode } from '../../../src/lib/pst/index.ts';
import { formatMessages, summarise } from './summarise.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const root = path.join(repo, 'tests/fixtures/pst');
const update = process.env.UPDATE === '1';

const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

test('there are PST fixtures', () => {
  assert.ok(folders.length > 0);
});

for (const name of folders) {
  const dir = path.join(root, name);
  const input = path.relative(repo, path.join(dir, 'input.md'));
  const markdown = readFileSync(path.join(repo, input), 'utf8');
  const { tree, messages } = parsePolicy(markdown, { path: input });
  const actualTree = summarise(tree);
  const actualMessages = formatMessages(messages, input);

  test(`${name}: tree`, () => {
    const file = path.join(dir, 'expected.json');
    if (update) writeFileSync(file, `${JSON.stringify(actualTree, null, 2)}\n`);
    assert.ok(existsSync(file), `${file} is missing; run with UPDATE=1 and review it`);
    assert.deepEqual(actualTree, JSON.parse(readFileSync(file, 'utf8')));
  });

  test(`${name}: messages`, () => {
    const file = path.join(dir, 'expected-messages.txt');
    if (update) writeFileSync(file, actualMessages.map((line) => `${line}\n`).join(''));
    assert.ok(existsSync(file), `${file} is missing; run with UPDATE=1 and review it`);
    const expected = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line !== '');
    assert.deepEqual(actualMessages, expected);
  });

  test(`${name}: positions point into the file`, () => {
    const at = (node: PolicyNode) => markdown.slice(node.position?.start.offset, node.position?.end.offset);
    const check = (node: PolicyNode) => {
      if (node.type === 'text' || node.type === 'tableCell') assert.equal(unescape(at(node)).trim(), node.text.trim(), input);
      if (node.type === 'dateline') assert.equal(unescape(at(node)).trim(), node.text, input);
      if (node.type === 'clause' && node.position && node.text !== '') {
        assert.ok(unescape(at(node)).startsWith(node.text), `${input}: ${node.id} starts with its text`);
      }
      if ('children' in node) for (const child of node.children) check(child);
    };
    check(tree);
    visitUnits(tree, (unit) => {
      // A 专栏 drawn as a table starts at the table's first pipe.
      if ('label' in unit && unit.position)
        assert.ok(
          unescape(at(unit))
            .replace(/^\|\s*/, '')
            .startsWith(unit.label),
          `${input}: ${unit.id} starts with ${unit.label}`,
        );
    });
  });

  test(`${name}: ids are unique and derived from numbers`, () => {
    const ids: string[] = [];
    visitUnits(tree, (unit) => {
      ids.push(unit.id);
    });
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9_-]+$/);
  });
}

/** Undoes what remark-stringify escapes: backslash escapes and character references. */
function unescape(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
}
