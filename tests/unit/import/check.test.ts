/**
 * The corpus check (`npm run corpus`) finds each defect class in real phrasings from the
 * sources, and stays quiet on the same text set right: a check that cannot fail proves nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkParagraphs, type DefectClass } from '../../../src/lib/import/check.ts';
import type { CanonicalDocument } from '../../../src/lib/import/merge.ts';
import { paragraphOf, type Block } from '../../../src/lib/import/paragraphs.ts';
import type { TableBlock } from '../../../src/lib/import/tables.ts';

/** A body of one-line paragraphs (numbered from line 1) and tables given as rows. */
function body(items: Array<string | string[][]>): Block[] {
  return items.map((item, k): Block => {
    if (typeof item === 'string') return paragraphOf({ no: k + 1, text: item, column: 1, pageStart: false, inline: [] });
    const table: TableBlock = { type: 'table', rows: item, recovered: true, lines: [k + 1], line: k + 1, column: 1, pageStart: false, inline: [] };
    return table;
  });
}

/** The defect classes the check reports for one document with this body. */
function classes(items: Array<string | string[][]>): DefectClass[] {
  const b = body(items);
  const doc = { id: 'x', copies: [{ file: 'x.txt', startLine: 1, endLine: items.length, body: b }], body: b } as unknown as CanonicalDocument;
  return checkParagraphs([doc]).map((d) => d.kind);
}

const headings = [
  '一、总体要求',
  '（一）指导思想。以习近平新时代中国特色社会主义思想为指导。',
  '二、全面落实立德树人根本任务,准确把握技工教育办学方向',
  '（一）加强党的全面领导。坚持党的教育方针。',
];

describe('the corpus check', () => {
  const cases: Array<[string, Array<string | string[][]>, DefectClass[]]> = [
    [
      'a level-1 heading run into its first sentence (yrsf-2022-15 line 3388)',
      [...headings, '三、全面落实企业主体作用,大力加强校企合作坚持校企合作基本办学制度。'],
      ['glued-heading'],
    ],
    ['the same heading split', [...headings, '三、全面落实企业主体作用,大力加强校企合作', '坚持校企合作基本办学制度。'], []],
    [
      'an item run in after a sentence where the document sets items apart (sswsqjyqgtjgcs line 2555)',
      ['2.建设任务。（1）义务教育学校建设。按照经各省级人民政府审定的标准改善学校条件。', '（2）公办幼儿园建设。支持新建和改扩建公办园。'],
      ['glued-heading'],
    ],
    [
      'a list run in after a colon in a document without item paragraphs (rsbf-2022-62 line 3771)',
      ['1.新建项目应同时满足以下基本条件：（1）具有较强的管理能力。（2）培训场所符合国家规定。'],
      [],
    ],
    [
      'contact lines run together (tdkzzyjndjrdgz-2023 line 3540)',
      ['联系人及电话：', '云南省人力资源和社会保障厅：方玉昕0871-67195734云南省教育厅：余先朝0871-65102713'],
      ['missing-split'],
    ],
    ['contact lines apart', ['联系人及电话：', '云南省人力资源和社会保障厅：方玉昕0871-67195734', '云南省教育厅：余先朝0871-65102713'], []],
    [
      'indicator cells scattered as paragraphs (rsbf-2021-86, source 001 line 1004)',
      ['专栏1：“十四五”时期主要指标', '指标', '2025年', '1. 在校生规模（万人）', '>360', '2. 毕业生就业率（%）', '>97'],
      ['unrebuilt-table'],
    ],
    [
      'the indicator table rebuilt',
      [
        '专栏1：“十四五”时期主要指标',
        [
          ['指标', '2025年'],
          ['1. 在校生规模（万人）', '>360'],
          ['2. 毕业生就业率（%）', '>97'],
        ],
      ],
      [],
    ],
    [
      'a table of one row split off its table (jqxsdgjnrcdwjs-att-1 line 3114)',
      [[['深化技能领域国际交流合作，积极参与技能领域合作项目。', '省科技厅', '省外办，相关省级部门']]],
      ['unrebuilt-table'],
    ],
    [
      "a cell's continuation left after its table (rsbf-2017-90-att-1 line 1536)",
      [
        [
          ['层级', '学历、技能等级要求'],
          ['高级讲师', '具备大学本科及以上学历。技术理论课教师具有相关职业（工种）高级及以上技能操作水平。'],
          ['正高级讲师', '一般应具备大学本科及以上学历或技工院校预备技师（技师）班毕业，受聘高级讲师5年以上。'],
        ],
        '技术理论课教师具有相关职业（工种）技师及以上技能操作水平。',
      ],
      ['unrebuilt-table'],
    ],
    ['a justification space after a figure (rsbf-2020-10 line 476)', ['征集遴选50 家以上面向全国的优质线上职业技能培训平台。'], ['spacing']],
    ['a five-digit figure (tjjgyxgxythjnr-2022 line 5241)', ['工学一体化培养模式，培训 10000 名工学一体化教师。'], ['spacing']],
    ['spaces that carry meaning', ['第二条 技工学校是培养技术工人的中等职业技术学校。', '人力资源社会保障部 财政部', '黎明 010—68553924'], []],
  ];
  for (const [name, items, want] of cases) it(name, () => assert.deepEqual(classes(items), want));
});
