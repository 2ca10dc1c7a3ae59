/** The provenance panel: sources and lines, incomplete copies, differences located in the text, corrections. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineRange, provenance } from '../../../src/lib/docpage/index.ts';
import { load } from './corpus.ts';

const of = (id: string) => {
  const { tree, units } = load(id);
  return provenance(tree.meta, units);
};

describe('provenance', () => {
  it('rsbf-2021-86: three source files with their lines, the truncated copy marked, its difference found in （二十一）', () => {
    const p = of('rsbf-2021-86');
    assert.deepEqual(
      p.sources.map((s) => [s.file, s.lines, s.complete]),
      [
        ['000_2aae24af02a76c31.txt', '第 3760–4311 行', false],
        ['001_5538f58a8fd1bf1e.txt', '第 991–1101 行', true],
        ['002_2afc9cd3f38cc851.txt', '第 20–412 行', true],
      ],
    );
    assert.equal(p.incomplete, 1);
    assert.equal(p.differences.length, 1);
    const [d] = p.differences;
    assert.deepEqual(
      [d!.kind, d!.kindLabel, d!.file, d!.line, d!.unit, d!.display],
      ['truncated', '抄本截断', '000_2aae24af02a76c31.txt', 4303, { id: 's7-21', citation: '七（二十一）' }, null],
    );
  });

  it('a changed word is located in the deepest unit that holds it and marked character by character', () => {
    const p = of('rsbf-2021-102');
    const d = p.differences.find((x) => x.line === 116);
    assert.equal(d?.kindLabel, '文字不同');
    assert.equal(d?.unit?.citation, '三（四）');
    assert.deepEqual(
      d?.display?.canonical.filter((s) => s.kind === 'changed').map((s) => s.text),
      ['造'],
    );
    assert.deepEqual(
      d?.display?.copy.filter((s) => s.kind === 'changed').map((s) => s.text),
      ['业'],
    );
    // A sentence that runs over an outline heading and the next item is found in their parent.
    assert.equal(p.differences.find((x) => x.line === 192)?.unit?.citation, '第五部分');
  });

  it('corrections name the facts they set in Chinese and keep their reasons', () => {
    const p = of('zyjyf-2022');
    assert.equal(p.corrections.length, 1);
    assert.deepEqual(p.corrections[0]!.fields, ['标题', '类别', '文种', '发布机关', '日期']);
    assert.match(p.corrections[0]!.reason, /without title or header/);
  });

  it('three copies that agree have nothing else to report', () => {
    const p = of('rsbf-2021-82');
    assert.deepEqual([p.sources.length, p.incomplete, p.differences.length, p.corrections.length], [3, 0, 0, 0]);
  });
});

describe('lineRange', () => {
  const cases: Array<[number | null, number | null, string]> = [
    [3760, 4311, '第 3760–4311 行'],
    [12, 12, '第 12 行'],
    [12, null, '第 12 行'],
    [null, null, ''],
  ];
  for (const [start, end, expected] of cases) it(`${start}–${end} → ${expected || '(empty)'}`, () => assert.equal(lineRange(start, end), expected));
});
