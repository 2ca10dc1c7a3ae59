/**
 * The benchmark reads phase times from the build log: the lines the corpus loader and the
 * search-index integration print must keep the form scripts/bench/build.ts parses.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phases } from '../../../scripts/bench/build.ts';
import { loadSite } from '../../../src/lib/corpus/index.ts';

const FIXTURE = 'tests/unit/docpage/fixtures/text-is-data/policies';

describe('bench: build phases', () => {
  it('reads the parse time from the line the corpus loader prints', async () => {
    const lines: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void lines.push(args.join(' '));
    try {
      await loadSite(FIXTURE);
    } finally {
      console.log = log;
    }
    const result = phases(lines.join('\n'), 10);
    assert.notEqual(result.parseS, null, `no parse time in:\n${lines.join('\n')}`);
    assert.ok(result.parseS! >= 0 && result.parseS! < 10);
    assert.equal(result.pagefindS, null);
    // Each phase is rounded to 10 ms on its own, so the parts add up to the wall time within that.
    assert.ok(Math.abs(result.astroS! + result.parseS! - 10) <= 0.011, `${result.astroS} + ${result.parseS} ≈ 10`);
  });

  it('splits the wall time into parse, search index and the rest', () => {
    const log = [
      'corpus: 95 documents parsed and cross-referenced in 1250 ms',
      '03:41:19 [zhijiao:search-index] 2125 search records, 6005 vocabulary words, ranked index 425 files in 3400 ms',
      '03:41:19 [build] 732 page(s) built in 17.61s',
    ].join('\n');
    assert.deepEqual(phases(log, 20), { parseS: 1.25, pagefindS: 3.4, astroS: 15.35, pages: 732 });
  });

  it('leaves a phase the log does not state empty rather than guessing', () => {
    assert.deepEqual(phases('[build] 3 page(s) built in 1s', 5), { parseS: null, pagefindS: null, astroS: 5, pages: 3 });
  });
});
