/**
 * A passage pasted from a text finds the text it came from, even when it holds a character the
 * query understanding reads as a modal and drops (国家发展改革委会同… pasted as 国家发展改革委会):
 * the part as typed is a phrase run of its own, so the record holding all of it verbatim gains
 * the phrase bonus over the many that hold only 国家发展改革委.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { memoryIndex, memorySearch } from '../../../scripts/eval/ranked-node.ts';
import { listUnits } from '../../../src/lib/cite/index.ts';
import { loadCorpus } from '../../../src/lib/corpus/index.ts';
import { phraseRuns, readState, type RankedSearch, type UnderstoodQuery } from '../../../src/lib/search/index.ts';

let search: RankedSearch;
before(async () => {
  search = memorySearch(await memoryIndex());
});

async function understood(q: string): Promise<UnderstoodQuery> {
  const outcome = await search.run(readState(new URLSearchParams({ q })));
  return outcome.understood!;
}

describe('phraseRuns', () => {
  const cases: Array<[string, string[]]> = [
    // the modal 会 is dropped; the part without it and the part as typed are both runs
    ['国家发展改革委会', ['国家发展改革委', '国家发展改革委会']],
    // a question: the part as typed holds its question words, a run no text holds verbatim, harmless
    ['学徒补贴多少钱', ['学徒补贴', '学徒补贴多少钱']],
    // nothing dropped, each part one word: no run
    ['学徒 补贴', []],
  ];
  for (const [q, expected] of cases) {
    it(q, async () => {
      const runs = phraseRuns(await understood(q)).map((r) => r.join(''));
      assert.deepEqual(runs.sort(), expected.sort());
    });
  }
});

describe('a pasted passage holding a dropped modal', () => {
  it('国家发展改革委会 (of 国家发展改革委会同有关部门…) lists the clause holding it first', async () => {
    const outcome = await search.run(readState(new URLSearchParams({ q: '国家发展改革委会' })));
    assert.ok(outcome.understood?.dropped.includes('会'), 'the understanding drops 会');
    const holders = (await loadCorpus(undefined, { warn: () => {} }))
      .filter((d) => listUnits(d.tree).some((u) => u.text.replace(/\s+/g, '').includes('国家发展改革委会')))
      .map((d) => d.id);
    assert.equal(holders.length, 1, `one document holds it: ${holders.join(' ')}`);
    const [first] = await outcome.results(1);
    assert.equal(first?.doc, holders[0]);
  });
});
