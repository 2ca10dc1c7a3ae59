/**
 * The thesaurus: its format, its messages (file:line:column), expansion, and the real
 * content/dictionaries/synonyms.txt — clean, every entry with a reason, every entry finding
 * something in the corpus.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expand, loadThesaurus } from '../../../../src/lib/search/understand/index.ts';
import { policyTexts } from './corpus.ts';

const FILE = 'content/dictionaries/synonyms.txt';

describe('loadThesaurus: the format', () => {
  const text = [
    '# header',
    '',
    '技校 = 技工学校 = 技工院校  # reason: short form',
    '学制 ~ 修业年限  # reason: related',
    '读几年, 学几年 -> 学制, 修业年限  # reason: how people ask',
    '钱 ~> 资金, 经费  # reason: broad word',
  ].join('\n');
  const t = loadThesaurus(text, 'x.txt');

  it('reads rings, weak rings and one-way entries', () => {
    assert.equal(t.messages.length, 0);
    assert.deepEqual(
      t.entries.map((e) => [e.from, e.to, e.relation, e.oneWay, e.line]),
      [
        [['技校', '技工学校', '技工院校'], ['技校', '技工学校', '技工院校'], 'same', false, 3],
        [['学制', '修业年限'], ['学制', '修业年限'], 'related', false, 4],
        [['读几年', '学几年'], ['学制', '修业年限'], 'same', true, 5],
        [['钱'], ['资金', '经费'], 'related', true, 6],
      ],
    );
    assert.equal(t.entries[0]!.reason, 'short form');
  });

  it('expands a ring member to the others, never to itself', () => {
    assert.deepEqual(
      expand(t, '技工学校').map((e) => e.text),
      ['技校', '技工院校'],
    );
    assert.deepEqual(
      expand(t, '技校').map((e) => e.relation),
      ['same', 'same'],
    );
  });

  it('expands one-way entries one way only', () => {
    assert.deepEqual(
      expand(t, '学几年').map((e) => [e.text, e.relation]),
      [
        ['学制', 'same'],
        ['修业年限', 'same'],
      ],
    );
    assert.deepEqual(expand(t, '资金'), []);
    assert.deepEqual(
      expand(t, '钱').map((e) => e.relation),
      ['related', 'related'],
    );
  });

  it('keeps the strongest relation when a word is in two entries', () => {
    // 学制 ~ 修业年限, and 读几年 -> 学制, 修业年限: from 学制 only the weak ring applies.
    assert.deepEqual(
      expand(t, '学制').map((e) => [e.text, e.relation]),
      [['修业年限', 'related']],
    );
    const both = loadThesaurus('a = b  # reason: x\na ~ b ~ c  # reason: y\n');
    assert.deepEqual(
      expand(both, 'a').map((e) => [e.text, e.relation]),
      [
        ['b', 'same'],
        ['c', 'related'],
      ],
    );
  });

  it('accepts a BOM, CRLF line ends and full-width commas in lists', () => {
    const u = loadThesaurus('\uFEFF# h\r\n甲，乙 -> 丙  # reason: r\r\n');
    assert.equal(u.messages.length, 0);
    assert.deepEqual(u.entries[0]!.from, ['甲', '乙']);
  });
});

describe('loadThesaurus: malformed lines are messages at file:line:column', () => {
  const cases: Array<[string, string, string]> = [
    ['技校 = 技工学校', 'x.txt:1:10', 'Missing reason'],
    ['技校 = 技工学校  # because', 'x.txt:1:12', 'Missing reason'],
    ['技校 技工学校  # reason: r', 'x.txt:1:1', 'Expected `=`, `~`, `->` or `~>`'],
    ['技校 = 技工学校 ~ 技工院校  # reason: r', 'x.txt:1:11', 'Unexpected mix of `=` and `~`'],
    ['技校 =  = 技工学校  # reason: r', 'x.txt:1:5', 'Empty word'],
    ['技校 = 技工 学校  # reason: r', 'x.txt:1:6', 'Unexpected `技工 学校`'],
    ['技校  # reason: r', 'x.txt:1:1', 'Expected `=`'],
    ['甲 -> 乙 -> 丙  # reason: r', 'x.txt:1:3', 'Unexpected second relation'],
    ['甲, -> 乙  # reason: r', 'x.txt:1:3', 'Empty word'],
    ['甲 = 甲  # reason: r', 'x.txt:1:1', 'Repeated word'],
  ];
  for (const [line, place, reason] of cases) {
    it(`${line} → ${place} ${reason}`, () => {
      const t = loadThesaurus(`${line}\n`, 'x.txt');
      assert.equal(t.entries.length, 0);
      assert.equal(t.messages.length, 1);
      const m = t.messages[0]!;
      assert.equal(`${m.file}:${m.line}:${m.column}`, place);
      assert.ok(m.reason.startsWith(reason), m.reason);
    });
  }

  it('reports a duplicate entry on its own line and keeps the first', () => {
    const t = loadThesaurus('# h\na = b  # reason: x\nb = a  # reason: y\n', 'x.txt');
    assert.equal(t.entries.length, 1);
    assert.equal(String(t.messages[0]), 'x.txt:3:1: Duplicate entry (first on line 2), keeping the first');
  });

  it('keeps the good lines around a bad one', () => {
    const t = loadThesaurus('a = b  # reason: x\nbad\nc = d  # reason: y\n', 'x.txt');
    assert.deepEqual(
      t.entries.map((e) => e.line),
      [1, 3],
    );
    assert.deepEqual(
      t.messages.map((m) => m.line),
      [2],
    );
  });
});

describe(FILE, () => {
  const t = loadThesaurus(readFileSync(FILE, 'utf8'), FILE);

  it('parses without messages', () => {
    assert.deepEqual(t.messages.map(String), []);
    assert.ok(t.entries.length >= 40);
  });

  it('gives every entry a reason of its own words', () => {
    for (const e of t.entries) assert.ok(e.reason.length >= 8, `${FILE}:${e.line}: reason too short`);
  });

  it('finds something in the corpus through every entry', () => {
    const corpus = [...policyTexts().values()].join('\n');
    for (const e of t.entries)
      assert.ok(
        e.to.some((w) => corpus.includes(w)),
        `${FILE}:${e.line}: no word of ${e.to.join(' ')} in content/policies`,
      );
  });

  it('holds the domain truths issue 11 names', () => {
    const same = (a: string, b: string) => expand(t, a).some((x) => x.text === b && x.relation === 'same');
    assert.ok(same('技校', '技工学校') && same('技校', '技工院校'));
    assert.ok(same('世赛', '世界技能大赛') && same('世界技能大赛', '世赛'));
    assert.ok(same('职教法', '职业教育法') && same('老师', '教师') && same('评职称', '职称评审'));
    assert.ok(same('读几年', '学制') && !same('学制', '读几年'));
    // A kind and the whole kind are related, not the same; 技校 is said of the whole kind.
    const related = (a: string, b: string) => expand(t, a).some((x) => x.text === b && x.relation === 'related');
    assert.ok(related('技工学校', '技工院校') && related('技工院校', '技工学校') && related('中专', '中职'));
    assert.ok(same('技校', '技工院校') && !same('技工院校', '技校'));
    // Money words are weak and one way.
    assert.ok(expand(t, '钱').every((x) => x.relation === 'related'));
    assert.ok(!expand(t, '资金').some((x) => x.text === '钱'));
  });
});
