import assert from 'node:assert/strict';
import { test } from 'node:test';
import { excerpt, findTerms, symbols } from '../../../src/lib/search/index.ts';

const term = (text: string) => symbols(text).map((s) => s.value);

const finds: Array<[string, string, string[]]> = [
  ['推进产教融合、校企合作', '教融', ['教融']],
  ['以工代训补贴不计入劳动者每年 3 次培训补贴范围', '每年3次', ['每年 3 次']],
  ['发布《技工教育“十四五”规划》', '技工教育十四五规划', ['技工教育“十四五”规划']],
  ['２０２１年８月', '2021年', ['２０２１年']],
  ['人社部发〔2021〕86号', '人社部发2021 86号', ['人社部发〔2021〕86号']],
  ['职业教育。教育法', '育教', []], // not across a full stop
  ['教育法和教育', '教育', ['教育', '教育']],
];

for (const [text, query, found] of finds) {
  test(`findTerms finds ${query} in ${text} as the reader sees it`, () => {
    assert.deepEqual(
      findTerms(text, [term(query)]).map((r) => text.slice(r.start, r.end)),
      found,
    );
  });
}

test('overlapping matches merge into one range', () => {
  const text = '产教融合型企业';
  assert.deepEqual(findTerms(text, [term('产教融合'), term('融合型企业')]), [{ start: 0, end: 7 }]);
});

test('excerpt marks the matches and keeps short texts whole', () => {
  assert.deepEqual(excerpt('每年5月的第二周为职业教育活动周。', [term('职业教育活动周')]), [
    { text: '每年5月的第二周为', mark: false },
    { text: '职业教育活动周', mark: true },
    { text: '。', mark: false },
  ]);
});

test('excerpt of a long text is a window around the matches with ellipses', () => {
  const text = `${'前文'.repeat(100)}。国家鼓励产教融合型企业发展。${'后文'.repeat(100)}`;
  const pieces = excerpt(text, [term('产教融合型企业')], 40);
  assert.equal(pieces[0]!.text, '…');
  assert.equal(pieces.at(-1)!.text, '…');
  assert.ok(pieces.some((p) => p.mark && p.text === '产教融合型企业'));
  // The window starts at the clause that holds the match.
  assert.equal(pieces[1]!.text.startsWith('国家鼓励'), true);
});

test('excerpt without matches is the opening of the text; source text stays text', () => {
  const text = '<script>alert(1)</script> 与 *星号* 都是普通文字';
  assert.deepEqual(excerpt(text, [term('不存在')]), [{ text, mark: false }]);
});
