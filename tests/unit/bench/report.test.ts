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

  it('compares the bytes per query at 50× with 1×', () => {
    const text = table(results);
    const one = results.scale.find((s) => s.factor === 1)!.search!.perQueryP50KB;
    const fifty = results.scale.find((s) => s.factor === 50)!.search!.perQueryP50KB;
    assert.ok(text.includes(`(${(fifty / one).toFixed(2)}×)`), 'the 50× line states the ratio');
    const flat = structuredClone(results);
    flat.scale.find((s) => s.factor === 50)!.search!.perQueryP50KB = one * 1.5;
    assert.match(table(flat), /bytes per query ≤ 2× of 1× ✓ \(1\.50×\)/);
  });

  it('leaves out the parts a run skipped', () => {
    const bare = { ...results, search: null, scale: results.scale.filter((s) => s.factor === 1) };
    const text = table(bare);
    assert.ok(!text.includes('| search |'), 'no search table without the search run');
    assert.ok(!text.includes('50× targets'), 'no 50× line without the 50× build');
  });
});
