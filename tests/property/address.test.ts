/**
 * The unit-address round trip over the whole corpus: for every unit of every document, each
 * citation form written by src/lib/address reads back to the same unit — the unit part through
 * `parseUnitPath`/`unitIdOf`, the whole citation through the resolver people use (`npm run cite`,
 * the quick jump). A 款 that is its article's only one is cited as the article, so it reads back
 * as the article (the same text).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { CITATION_FORMS, formatCitation, formatUnitPath, parseUnitPath, unitIdOf, type UnitPath } from '../../src/lib/address/index.ts';
import { listUnits, type UnitEntry } from '../../src/lib/cite/index.ts';
import { loadCorpus, type PolicyDocument } from '../../src/lib/corpus/index.ts';
import { buildJumpIndex, createJumper, parseAbbreviations, resolveCitation, type Jumper } from '../../src/lib/jump/index.ts';

/** The id a citation of `path` names: a sole 款 is cited as its article. */
function citedId(unit: UnitEntry): string {
  const last = unit.path.at(-1);
  return last?.type === 'clause' && last.sole ? unitIdOf(unit.path.slice(0, -1)) : unit.id;
}

/** Units a citation can name: duplicated numbering (`_2`) is ambiguous in print too. */
function citable(unit: UnitEntry): boolean {
  return !/_\d+$/.test(unit.id);
}

describe('unit addresses: format → parse → the same id, for every unit of the corpus', () => {
  let documents: PolicyDocument[] = [];
  let units = new Map<string, UnitEntry[]>();
  let jumper: Jumper;
  before(async () => {
    documents = await loadCorpus(undefined, { warn: () => {} });
    units = new Map(documents.map((d) => [d.id, listUnits(d.tree)]));
    const { entries } = parseAbbreviations(readFileSync('content/dictionaries/abbreviations.txt', 'utf8'));
    jumper = createJumper(
      buildJumpIndex(
        documents.map((d) => ({ id: d.id, meta: d.tree.meta, units: units.get(d.id)! })),
        entries,
      ).index,
    );
  });

  it('the id of every unit is the id of its address', () => {
    const wrong: string[] = [];
    let count = 0;
    for (const [doc, list] of units)
      for (const u of list.filter(citable)) {
        count++;
        if (unitIdOf(u.path) !== u.id) wrong.push(`${doc}#${u.id}: address gives ${unitIdOf(u.path)}`);
      }
    assert.ok(count > 1000, `the corpus has units (${count})`);
    assert.deepEqual(wrong, []);
  });

  for (const numerals of ['chinese', 'arabic'] as const) {
    it(`every unit's citation with ${numerals} numerals reads back to its id`, () => {
      const wrong: string[] = [];
      for (const [doc, list] of units)
        for (const u of list.filter(citable)) {
          const text = formatUnitPath(u.path, numerals);
          const back: UnitPath | null = parseUnitPath(text);
          const id = back ? unitIdOf(back) : null;
          // A bare number reads as an outline item in a citation, as 第N条 never is bare.
          if (id !== citedId(u)) wrong.push(`${doc}#${u.id}: ${text} → ${id}`);
        }
      assert.deepEqual(wrong.slice(0, 20), []);
    });
  }

  for (const form of CITATION_FORMS.filter((f) => f !== 'plain')) {
    it(`every article and outline item cited in the ${form} form resolves to it`, () => {
      const wrong: string[] = [];
      for (const d of documents) {
        const meta = d.tree.meta;
        // Every 4th article or outline item of each document (the unit part of every unit is
        // checked above): the resolver is the quick-jump search, too slow for 2,000 per form.
        const sample = units.get(d.id)!.filter((u) => citable(u) && (u.type === 'article' || u.type === 'outline'));
        for (const [k, u] of sample.entries()) {
          if (k % 4 !== 0) continue;
          const citation = formatCitation(meta, u.path, form);
          const top = resolveCitation(citation, jumper)[0];
          if (top?.docId !== d.id || top.unitId !== citedId(u))
            wrong.push(`${citation} → ${top ? `${top.docId}#${top.unitId}` : 'nothing'} (want ${d.id}#${citedId(u)})`);
        }
      }
      assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} citations resolve elsewhere`);
    });
  }
});
