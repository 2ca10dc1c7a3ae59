/**
 * Every article-structured document of the corpus gives each 条 the number of 款 the printed
 * text has, as counted by reading the sources (tests/corpus/inventory/clauses.json). A phantom
 * 款 (a wrong paragraph split) or a lost one (two paragraphs run together) fails here with the
 * article named.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parsePolicy, visitUnits } from '../../src/lib/pst/index.ts';

interface ClauseInventory {
  documents: Record<string, { source: string; clauses: Record<string, number>; notes?: Record<string, string> }>;
}

const root = process.cwd();
const inventory = JSON.parse(readFileSync(join(root, 'tests/corpus/inventory/clauses.json'), 'utf8')) as ClauseInventory;

/** Article number (with 之N as .N) → number of 款, for one corpus file. */
function clauseCounts(id: string): { mode: string; counts: Map<string, number> } {
  const { tree } = parsePolicy(readFileSync(join(root, 'content/policies', `${id}.md`), 'utf8'));
  const counts = new Map<string, number>();
  visitUnits(tree, (unit) => {
    if (unit.type !== 'article') return;
    const key = unit.zhiyi ? `${unit.number}.${unit.zhiyi}` : String(unit.number);
    counts.set(key, unit.children.filter((c) => c.type === 'clause').length);
  });
  return { mode: tree.mode, counts };
}

describe('款 per 条, as printed', () => {
  it('covers every article-structured document of the corpus', () => {
    const structured = readdirSync(join(root, 'content/policies'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3))
      .filter((id) => clauseCounts(id).mode === 'articles');
    assert.deepEqual(structured.sort(), Object.keys(inventory.documents).sort());
  });

  for (const [id, doc] of Object.entries(inventory.documents)) {
    it(`${id} (${doc.source}): each 条 has the 款 of the printed text`, () => {
      const { counts } = clauseCounts(id);
      assert.deepEqual([...counts.keys()].sort(), Object.keys(doc.clauses).sort(), `${id}: the articles`);
      const wrong = Object.entries(doc.clauses)
        .filter(([n, want]) => counts.get(n) !== want)
        .map(([n, want]) => `第${n}条: ${counts.get(n)} 款, printed ${want}${doc.notes?.[n] ? ` (${doc.notes[n]})` : ''}`);
      assert.deepEqual(wrong, [], `${id}: ${wrong.join('; ')}`);
    });
  }
});
