/** The document header: facts in reading order, unknowns said plainly, dates as officials write them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, headerFacts, relationLabel } from '../../../src/lib/docpage/index.ts';
import { load } from './corpus.ts';

const lines = (id: string) => headerFacts(load(id).tree.meta).map((f) => `${f.term}：${f.value}`);

describe('header facts', () => {
  it('a policy document: 文号, issuer, 成文日期, kind and 文种, status (未知 unless given), jurisdiction', () => {
    assert.deepEqual(lines('rsbf-2021-86'), [
      '文号：人社部发〔2021〕86号',
      '发布机关：人力资源社会保障部',
      '成文日期：2021年11月5日',
      '类别：规范性文件 · 规划',
      '效力：未知',
      '地区：全国',
    ]);
  });

  it('a law: no 文号, all three dates', () => {
    assert.deepEqual(lines('zyjyf-2022'), [
      '发布机关：全国人民代表大会常务委员会',
      '成文日期：2022年4月20日',
      '发布日期：2022年4月20日',
      '施行日期：2022年5月1日',
      '类别：法律 · 法',
      '效力：未知',
      '地区：全国',
    ]);
  });

  it('unknown status, kind and jurisdiction are marked unknown; dates carry their ISO form', () => {
    const meta = { ...load('rsbf-2021-86').tree.meta, kind: null, genre: null, jurisdiction: null };
    const facts = headerFacts(meta);
    assert.deepEqual(
      facts.filter((f) => f.unknown).map((f) => f.term),
      ['类别', '效力', '地区'],
    );
    assert.equal(facts.find((f) => f.term === '成文日期')?.datetime, '2021-11-05');
  });
});

describe('formatDate', () => {
  const cases: Array<[string, string]> = [
    ['2021-11-05', '2021年11月5日'],
    ['1986-01-20', '1986年1月20日'],
    ['2022-12-31', '2022年12月31日'],
    ['2022-01', '2022年1月'],
    ['2021', '2021年'],
  ];
  for (const [iso, expected] of cases) it(`${iso} → ${expected}`, () => assert.equal(formatDate(iso), expected));
});

describe('relationLabel', () => {
  const cases: Array<[Parameters<typeof relationLabel>, string]> = [
    [['parent', 'embedded', 'wrapper'], '印发通知'],
    [['parent', 'embedded', 'news'], '所载报道'],
    [['parent', 'attachment', 'standalone'], '主件'],
    [['child', 'wrapper', 'embedded'], '印发文件'],
    [['child', 'standalone', 'attachment'], '附件'],
    [['child', 'news', 'embedded'], '所附文件'],
  ];
  for (const [args, expected] of cases) it(`${args.join(' ')} → ${expected}`, () => assert.equal(relationLabel(...args), expected));
});
