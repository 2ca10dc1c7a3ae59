/**
 * Import fixtures: one folder per behaviour under tests/fixtures/import/<behaviour>/ with
 * input.txt (written as UTF-8; `encoding.txt` beside it re-encodes it: gb18030, utf-16le-bom,
 * utf-16be, utf-8-bom, crlf, binary), an optional corrections.yaml, and expected.json — the
 * documents, their text, the noise, the paragraph decisions with their evidence and the
 * messages the importer produces. `UPDATE=1` rewrites
 * expected.json; review the diff like code.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { formatMessage, importCorpus } from '../../../src/lib/import/index.ts';
import { READING_ORDER } from '../../../src/lib/import/markdown.ts';

const dir = join(process.cwd(), 'tests/fixtures/import');
const dictionary = readFileSync(join(process.cwd(), 'content/dictionaries/issuers.txt'), 'utf8');
const docNumberIssuers = readFileSync(join(process.cwd(), 'content/dictionaries/docnumber-issuers.txt'), 'utf8');
const jurisdictions = readFileSync(join(process.cwd(), 'content/dictionaries/jurisdictions.txt'), 'utf8');

/** Bytes of a fixture's input in the encoding it asks for. */
function fixtureBytes(text: string, encoding: string): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'crlf':
      return new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
    case 'utf-16le-bom':
      return iconv.encode(text, 'utf-16le', { addBOM: true });
    case 'utf-16be':
      return iconv.encode(text, 'utf-16be');
    case 'binary': {
      // Deterministic junk: a linear congruential generator, not Math.random.
      const out = new Uint8Array(4096);
      let x = 12345;
      for (let i = 0; i < out.length; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        out[i] = x & 0xff;
      }
      return out;
    }
    case 'invalid-utf8': {
      const bytes = Buffer.from(text, 'utf8');
      const at = bytes.indexOf(Buffer.from('@@', 'utf8'));
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xfe, 0xc3]), bytes.subarray(at + 2)]);
    }
    default:
      throw new Error(`unknown fixture encoding ${encoding}`);
  }
}

function summarise(name: string): unknown {
  const folder = join(dir, name);
  const text = readFileSync(join(folder, 'input.txt'), 'utf8');
  const encoding = existsSync(join(folder, 'encoding.txt')) ? readFileSync(join(folder, 'encoding.txt'), 'utf8').trim() : 'utf-8';
  const file = 'input.txt';
  const corrections = existsSync(join(folder, 'corrections.yaml')) ? readFileSync(join(folder, 'corrections.yaml'), 'utf8') : undefined;
  const out = importCorpus({
    sources: new Map([[file, fixtureBytes(text, encoding)]]),
    corrections: new Map(corrections === undefined ? [] : [[file, corrections]]),
    issuerDictionary: dictionary,
    docNumberIssuers,
    jurisdictions,
    existingIds: new Map(),
  });
  const report = out.reports[0]!;
  // What the corpus file says must read back as exactly the source text (Markdown is escaped).
  for (const d of out.documents) {
    const md = out.files.get(`content/policies/${d.id}.md`)!;
    const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(md);
    const read = tree.children
      .filter((n) => n.type !== 'yaml')
      .map((n) => (n.type === 'table' ? { table: n.children.map((r) => r.children.map((c) => toString(c))) } : toString(n)));
    const wrote = d.body.map((b) => {
      if (b.type === 'para') return b.text;
      // A table whose structure was lost is one marked column of its cells in reading order.
      if (!b.recovered) return { table: [READING_ORDER, ...b.rows.flat().filter((c) => c !== '')].map((c) => [c]) };
      return { table: b.rows.map((r) => [...r, ...Array(Math.max(...b.rows.map((x) => x.length)) - r.length).fill('')]) };
    });
    assert.deepEqual(read, wrote, `${name}: ${d.id}.md does not read back as its source text`);
  }
  return {
    encoding: report.encoding,
    fatal: out.fatal,
    documents: out.documents
      .sort((a, b) => a.sources[0]!.startLine - b.sources[0]!.startLine)
      .map((d) => ({
        id: d.id,
        title: d.title,
        docNumber: d.docNumber,
        issuers: d.issuers,
        dates: d.dates,
        kind: d.kind,
        genre: d.genre,
        jurisdiction: d.jurisdiction,
        role: d.role,
        parent: d.parent,
        sources: d.sources.map((s) => `${s.startLine}-${s.endLine}${s.complete ? '' : ' incomplete'}`),
        differences: d.differences.map((x) => `${x.kind} at line ${x.line}: ${x.canonical} | ${x.copy}`),
        body: d.body.map((b) => (b.type === 'para' ? b.text : { table: b.rows })),
      })),
    noise: report.noise.records.map((n) => `${n.line}:${n.column} ${n.kind}: ${n.text}`),
    // The paragraph decisions that are not obvious, with their evidence.
    decisions: report.paragraphs.decisions.map((d) => `${d.line}→${d.next} ${d.kind}: ${d.evidence}`),
    unaccounted: report.unaccounted,
    messages: out.messages.map(formatMessage),
  };
}

describe('import fixtures', () => {
  for (const name of readdirSync(dir).sort()) {
    it(name, () => {
      const got = summarise(name);
      const path = join(dir, name, 'expected.json');
      if (process.env.UPDATE) writeFileSync(path, `${JSON.stringify(got, null, 1)}\n`);
      assert.ok(existsSync(path), `${name}: no expected.json; run with UPDATE=1 and review it`);
      assert.deepEqual(got, JSON.parse(readFileSync(path, 'utf8')));
    });
  }
});
