/**
 * Properties of the importer and the structure parser over generated input (bounded so CI stays
 * fast): they never throw, and every non-blank character of the input lands in exactly one
 * place — a document's text or the noise report. A counterexample fast-check finds and shrinks
 * becomes a fixture folder in tests/fixtures/import/ (see README).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { importCorpus } from '../../src/lib/import/index.ts';
import { parsePolicy, visitUnits } from '../../src/lib/pst/index.ts';
import { anyText, policySource } from './generators.ts';

const issuerDictionary = readFileSync('content/dictionaries/issuers.txt', 'utf8');
const docNumberIssuers = readFileSync('content/dictionaries/docnumber-issuers.txt', 'utf8');
const jurisdictions = readFileSync('content/dictionaries/jurisdictions.txt', 'utf8');
const runs = Number(process.env.PROPERTY_RUNS ?? 150);

function importBytes(bytes: Uint8Array) {
  return importCorpus({
    sources: new Map([['gen.txt', bytes]]),
    corrections: new Map(),
    issuerDictionary,
    docNumberIssuers,
    jurisdictions,
    existingIds: new Map(),
  });
}

/** The accounting invariant, and that every written file parses with unique unit ids. */
function checkOutput(out: ReturnType<typeof importBytes>): void {
  const r = out.reports[0]!;
  if (out.fatal) return; // an unusable file: no documents, the build fails on it
  assert.deepEqual(r.unaccounted, []);
  assert.equal(r.ink.documents + r.ink.noise, r.ink.source, 'every non-blank character in exactly one place');
  for (const [path, text] of out.files) {
    if (!path.endsWith('.md')) continue;
    const { tree } = parsePolicy(text, { path });
    const ids: string[] = [];
    visitUnits(tree, (u) => {
      ids.push(u.id);
    });
    assert.equal(new Set(ids).size, ids.length, `${path}: unit ids are unique`);
  }
}

describe('importer and parser properties', () => {
  it('policy-like sources from the real grammar: no exception, nothing lost or counted twice', () => {
    fc.assert(
      fc.property(policySource, (text) => checkOutput(importBytes(new TextEncoder().encode(text)))),
      { numRuns: runs },
    );
  });
  it('arbitrary text: no exception, nothing lost or counted twice', () => {
    fc.assert(
      fc.property(anyText, (text) => checkOutput(importBytes(new TextEncoder().encode(text)))),
      { numRuns: runs },
    );
  });
  it('random bytes, and policy text in every supported encoding: no exception', () => {
    const encoded = fc
      .tuple(policySource, fc.constantFrom('gb18030', 'utf-16le', 'utf-16be', 'utf-8'))
      .map(([text, enc]) => iconv.encode(text, enc, { addBOM: enc.startsWith('utf-16') && text.length % 2 === 0 }));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 2000 }), encoded), (bytes) => checkOutput(importBytes(bytes))),
      { numRuns: runs },
    );
  });
  it('policy text in GB18030 and UTF-16 imports to the same documents as in UTF-8', () => {
    fc.assert(
      fc.property(policySource, fc.constantFrom('gb18030', 'utf-16le', 'utf-16be'), (text, enc) => {
        const utf8 = importBytes(new TextEncoder().encode(text));
        const other = importBytes(iconv.encode(text, enc, { addBOM: enc !== 'gb18030' }));
        assert.deepEqual(
          other.documents.map((d) => [d.title, d.body]),
          utf8.documents.map((d) => [d.title, d.body]),
        );
      }),
      { numRuns: Math.ceil(runs / 3) },
    );
  });
});

describe('no super-linear blow-up on long lines', () => {
  // Ratio of the time for 8n characters to the time for n: linear ≈ 8, quadratic ≈ 64. The bound
  // is loose (the machine may be busy); it catches regex backtracking, not slowness.
  const pathological = ['《', '第', '一', '）', '\u3000', '〔2021〕', '本法第', '关于', '职业教育，', 'http://x'];
  for (const unit of pathological) {
    it(`a line of repeated ${JSON.stringify(unit)}`, () => {
      // The fastest of three runs: a busy machine (CI, other processes) only ever adds time.
      const time = (n: number) => {
        const bytes = new TextEncoder().encode(`人力资源社会保障部关于测试的通知\n${unit.repeat(Math.ceil(n / unit.length))}\n`);
        let best = Infinity;
        for (let run = 0; run < 3; run++) {
          const t0 = performance.now();
          checkOutput(importBytes(bytes));
          best = Math.min(best, performance.now() - t0);
        }
        return best;
      };
      time(5_000); // warm up
      const small = Math.max(time(25_000), 20);
      const large = time(200_000);
      assert.ok(large / small < 24, `25k chars: ${small.toFixed(0)} ms, 200k chars: ${large.toFixed(0)} ms`);
    });
  }
});
