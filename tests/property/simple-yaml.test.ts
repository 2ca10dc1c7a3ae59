/**
 * Properties of the fast frontmatter reader (src/lib/pst/simple-yaml.ts): it covers the corpus,
 * and wherever it answers at all, the answer is what the `yaml` library makes of the same text —
 * `parseDocument(text).toJS()`, deep-equal with the same key order at every level, and the
 * document has no errors. Its only freedom is to give up (`undefined`) and let `yaml` read it.
 * The frontmatters of the corpus and the fixtures are mutated with YAML's trouble-makers
 * (quotes, flow collections, anchors, tags, block scalars, comments, tabs, odd numbers, BOM,
 * NEL, NBSP, U+3000, indented newlines …). A counterexample fast-check finds and shrinks is fixed
 * in simple-yaml.ts (it gives up on that shape) and kept in the list of known cases below.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { readSimpleYaml } from '../../src/lib/pst/simple-yaml.ts';

const runs = Number(process.env.PROPERTY_RUNS ?? 150);

/** The frontmatter block of a Markdown file (between the `---` lines), if it has one. */
function frontmatterOf(path: string): string | undefined {
  return /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1];
}

/** Every `*.md` under `dir`, sorted. */
function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join(dir, file))
    .sort();
}

const corpus = markdownUnder('content/policies').flatMap((path) => {
  const text = frontmatterOf(path);
  return text === undefined ? [] : [{ path, text }];
});
const fixtures = markdownUnder('tests').flatMap((path) => {
  const text = frontmatterOf(path);
  return text === undefined ? [] : [{ path, text }];
});

/**
 * The property: when the fast reader answers, `yaml` reads the text without errors to a
 * deep-equal value with the same key order (JSON text compares the order at every level).
 */
function checkAgrees(text: string): void {
  const fast = readSimpleYaml(text);
  if (fast === undefined) return;
  const doc = parseDocument(text);
  assert.deepEqual(doc.errors.map(String), [], `yaml reports errors where the fast reader answered ${JSON.stringify(fast)}`);
  let reference: unknown;
  try {
    reference = doc.toJS();
  } catch (error) {
    assert.fail(`yaml's toJS throws (${String(error)}) where the fast reader answered ${JSON.stringify(fast)}`);
  }
  assert.ok(isDeepStrictEqual(fast, reference), `fast ${JSON.stringify(fast)} ≠ yaml ${JSON.stringify(reference)}`);
  assert.equal(JSON.stringify(fast), JSON.stringify(reference), 'same key order');
}

/** Tokens YAML gives a meaning to, or that sit at the edges of what a plain scalar may hold. */
const TROUBLE = [
  "'x'",
  '"x"',
  '"',
  "'",
  "''",
  '""',
  '`',
  '\\',
  '\\n',
  '[a]',
  '{a: b}',
  '[',
  ']',
  '{',
  '}',
  ',',
  'a,b',
  '&a ',
  '*a',
  '&',
  '*',
  '!t ',
  '!',
  '!!str ',
  '%',
  '@',
  '? ',
  '?',
  '|',
  '>',
  '>-',
  '|+',
  ' # c',
  '#',
  ' #',
  '\t',
  ' ',
  '  ',
  ':',
  ': ',
  ':x',
  '-',
  '- ',
  '- - ',
  '---',
  '...',
  'null',
  'Null',
  'NULL',
  'true',
  'True',
  'FALSE',
  'no',
  'yes',
  'y',
  '~',
  '0',
  '1',
  '.',
  '00',
  '1e3',
  '0x1',
  '0o7',
  '+1',
  '-1',
  '1.5',
  '.inf',
  '-.Inf',
  '.nan',
  '1_000',
  '12345678901234567890',
  '<<',
  '<<: *a',
  '\ufeff',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u3000',
  '中',
  'a',
  'x: ',
  'key: value',
  '2022-1-1',
  '2022-01-01',
  '2022-01-01T10:00:00Z',
  '12:30',
  '\n',
  '\n  ',
  '\n- ',
  '\n    ',
  '\n  - ',
  '\n\n',
  '\r\n',
];

/** Where to apply an edit: any number, taken modulo the text's size (shrinks towards the start). */
type Edit =
  | { kind: 'insert'; at: number; token: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'deleteLine'; line: number }
  | { kind: 'duplicateLine'; line: number }
  | { kind: 'replaceWord'; word: number; token: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...TROUBLE) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('deleteLine' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('replaceWord' as const), word: fc.nat(), token: fc.constantFrom(...TROUBLE) }),
);

function apply(text: string, e: Edit): string {
  switch (e.kind) {
    case 'insert': {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + e.token + text.slice(at);
    }
    case 'delete': {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + e.length);
    }
    case 'deleteLine':
    case 'duplicateLine': {
      const lines = text.split('\n');
      const at = e.line % lines.length;
      lines.splice(at, 1, ...(e.kind === 'duplicateLine' ? [lines[at]!, lines[at]!] : []));
      return lines.join('\n');
    }
    case 'replaceWord': {
      // A key, a value or part of one: a run of letters, digits and `_`.
      const words = [...text.matchAll(/[A-Za-z0-9_]+/g)];
      const word = words[e.word % Math.max(words.length, 1)];
      if (word?.index === undefined) return text;
      return text.slice(0, word.index) + e.token + text.slice(word.index + word[0].length);
    }
  }
}

/** Small frontmatters of every shape the fast reader takes: shrinking ends at one of these. */
const SMALL = ['id: x', 'a: 1\nb: null\nc: []\nd: ""', 'a:\n  b: 2022-01-01\n  c: true', 'a:\n  - x\n  - y', 'a:\n  - k: v\n    l: 2\n  - k: w'];

const seeds = [...new Set([...SMALL, ...corpus.map((f) => f.text), ...fixtures.map((f) => f.text)])];
const mutated = fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([seed, edits]) => edits.reduce(apply, seed));

describe('simple-yaml: the fast frontmatter reader agrees with yaml', () => {
  it('covers every corpus frontmatter, reading it as yaml does', () => {
    assert.ok(corpus.length > 0, 'content/policies has frontmatter');
    for (const { path, text } of corpus) {
      assert.notEqual(readSimpleYaml(text), undefined, `${path}: the fast path covers the corpus`);
      try {
        checkAgrees(text);
      } catch (error) {
        assert.fail(`${path}: ${String(error)}`);
      }
    }
  });

  it('reads every fixture frontmatter it takes as yaml does', () => {
    // Some fixtures are importer output; many are hand-written with flow sequences
    // (`issuers: [教育部]`) and go to `yaml`, which is what the fallback is for. (The corpus,
    // all importer output, is covered whole: the test above.)
    const covered = fixtures.filter(({ text }) => readSimpleYaml(text) !== undefined);
    assert.ok(covered.length > 0, 'the fast path reads some fixtures');
    for (const { path, text } of fixtures) {
      try {
        checkAgrees(text);
      } catch (error) {
        assert.fail(`${path}: ${String(error)}`);
      }
    }
  });

  it('known counterexamples, shrunk: the fast reader gives up or agrees', () => {
    const cases = [
      // Keys the core schema resolves to null (toJS makes them "") or to a boolean (`True` → "true").
      'null: x',
      'NULL: x\nb: 1',
      'a: 1\nNull: 2',
      'True: x',
      'FALSE: x',
      'a:\n  - null: 1',
      'a:\n  b:\n    TRUE: 1',
    ];
    for (const text of cases) checkAgrees(text);
  });

  it('mutated frontmatters: whenever the fast reader answers, yaml reads the same without errors', () => {
    // A run is a fraction of a millisecond: ten times the import properties' count stays fast.
    fc.assert(fc.property(mutated, checkAgrees), { numRuns: runs * 10 });
  });
});
