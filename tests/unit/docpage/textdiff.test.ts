/** Character differences between copies: one line per real kind of difference in the corpus. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { diffChars, diffDisplay, type DiffSegment } from '../../../src/lib/docpage/index.ts';

const show = (segments: DiffSegment[]) => segments.map((s) => (s.op === 'same' ? s.text : s.op === 'del' ? `[-${s.text}]` : `{+${s.text}}`)).join('');

describe('diffChars', () => {
  const cases: Array<[string, string, string]> = [
    // A word changed (rsbf-2021-102, 004_f5df76930213c5c2.txt:116).
    ['创新创造活力', '创新创业活力', '创新创[-造]{+业}活力'],
    // Full-width brackets against half-width ones and a space (zbf-2022-58).
    ['（十一）支持民办培训机构', '(十一) 支持民办培训机构', '[-（]{+(}十一[-）]{+) }支持民办培训机构'],
    // Two characters missing in the copy.
    ['当地特色产业发展状况', '当地特色产业状况', '当地特色产业[-发展]状况'],
    // A shared character stranded between two changes reads as one change.
    ['培训需求', '培养需要', '培[-训需求]{+养需要}'],
    ['', 'abc', '{+abc}'],
    ['abc', 'abc', 'abc'],
  ];
  for (const [a, b, expected] of cases) it(`${a} / ${b} → ${expected}`, () => assert.equal(show(diffChars(a, b)), expected));

  it('keeps each side whole: shared and deleted runs give the canonical text, shared and inserted the copy', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('职', '业', '教', '育', '（', '(', ' ', '一', '。') }),
        fc.string({ unit: fc.constantFrom('职', '业', '教', '育', '（', '(', ' ', '一', '。') }),
        (a, b) => {
          const segments = diffChars(a, b);
          assert.equal(
            segments
              .filter((s) => s.op !== 'ins')
              .map((s) => s.text)
              .join(''),
            a,
          );
          assert.equal(
            segments
              .filter((s) => s.op !== 'del')
              .map((s) => s.text)
              .join(''),
            b,
          );
        },
      ),
    );
  });
});

describe('diffDisplay', () => {
  it('shortens long shared stretches around a change to the context asked for', () => {
    const canonical = '制定出台加强新时代技能人才队伍建设政策措施，持续增强技能人才发展动力和创新创造活力。';
    const copy = '制定出台加强新时代技能人才队伍建设政策措施，持续增强技能人才发展动力和创新创业活力。';
    const { canonical: left, copy: right } = diffDisplay(canonical, copy, 4);
    assert.deepEqual(left, [
      { text: '…', kind: 'gap' },
      { text: '和创新创', kind: 'same' },
      { text: '造', kind: 'changed' },
      { text: '活力。', kind: 'same' },
    ]);
    assert.deepEqual(right.map((s) => s.text).join(''), '…和创新创业活力。');
  });
});
