/** The bench's table states each figure beside its target, with ✓ or ✗ from the figures. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { table, type Results } from '../../../scripts/bench/report.ts';

const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Results;
const row = (text: string, measure: string) => text.split('\n').find((line) => line.startsWith(`| ${measure} |`)) ?? '';

describe('bench report', () => {
  it('marks a target met or missed from the figure', () => {
    const slow = structuredClone(results);
    slow.pipeline.parse.mbPerS = 3.6;
    assert.match(row(table(slow), 'parse throughput'), /≥ 10 MB\/s ✗ \|$/);
    const fast = structuredClone(results);
    fast.pipeline.parse.mbPerS = 12.5;
    assert.match(row(table(fast), 'parse throughput'), /12\.5 MB\/s .* ≥ 10 MB\/s ✓ \|$/);
  });

  it('states the machine and the date the figures were measured on', () => {
    const first = table(results).split('\n')[0]!;
    assert.ok(first.startsWith(`Measured ${results.date.slice(0, 10)} on ${results.machine.cores} × `), first);
  });

  it('compares the bytes per query at a larger corpus with 1×, first and later queries', () => {
    const larger = results.scale.find((s) => s.factor > 1)!;
    const one = results.scale.find((s) => s.factor === 1)!.search!.ours;
    const text = table(results);
    const line = text.split('\n').find((l) => l.startsWith(`${larger.factor}× targets`)) ?? '';
    assert.ok(line.includes(`first query ${(larger.search!.ours.firstKB / one.firstKB).toFixed(2)}×`), line);
    const grown = structuredClone(results);
    const big = grown.scale.find((s) => s.factor === larger.factor)!.search!.ours;
    big.firstKB = one.firstKB * 1.5;
    big.ownKB = one.ownKB * 1.2;
    big.perQueryMeanKB = one.perQueryMeanKB * 4;
    assert.match(table(grown), /bytes per query ≤ 2× of 1× ✓ \(first query 1\.50×, its own bytes 1\.20×; later queries on an open page 4\.00×, not judged\)/);
    big.ownKB = one.ownKB * 2.5;
    assert.match(table(grown), /bytes per query ≤ 2× of 1× ✗ \(first query 1\.50×, its own bytes 2\.50×/);
  });

  it('states the search targets with the bare Pagefind page of the same run as the baseline', () => {
    const text = table(results);
    const fresh = row(text, 'fresh browser opening /search/?q=…, ms to results (p50 / p95)');
    assert.match(fresh, /Pagefind out of the box: [\d.]+ \/ [\d.]+ ms \| sooner than Pagefind out of the box [✓✗] \|$/);
    const slow = structuredClone(results);
    const ours = slow.search!.engines.find((e) => e.engine === 'ours')!;
    ours.warm.ms.p95 = 51;
    assert.match(row(table(slow), 'warm query, ms to results (p50 / p95)'), /p95 ≤ 50 ms ✗ \|$/);
    ours.cold.bytes.p95 = 200 * 1024;
    assert.match(row(table(slow), 'first query, fresh browser, kB gzip (p50 / p95)'), /200\.0 kB \| p95 ≤ 200 kB ✓ \|$/);
  });

  it('leaves out the parts a run skipped', () => {
    const bare = { ...results, search: null, scale: results.scale.filter((s) => s.factor === 1) };
    const text = table(bare);
    assert.ok(!text.includes('| search | doc R@5 | clause R@5 |'), 'no search table without the search run');
    assert.ok(!text.includes('| fresh browser opening'), 'no search targets without the search run');
    assert.ok(!/^\d+× targets/m.test(text), 'no scale targets without a larger corpus');
  });
});
