/** The table of contents: 章/节 and articles for laws, two outline levels for policy documents, 专栏 and 附件. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildToc, snippet, type TocEntry } from '../../../src/lib/docpage/index.ts';
import { load } from './corpus.ts';

const flat = (entries: TocEntry[]): TocEntry[] => entries.flatMap((e) => [e, ...flat(e.children)]);
const outline = (entries: TocEntry[], depth = 0): string[] =>
  entries.flatMap((e) => [`${'  '.repeat(depth)}${e.label}${e.title}`, ...outline(e.children, depth + 1)]);

describe('buildToc', () => {
  it('a law: its 8 chapters, each with its articles, 69 in all', () => {
    const toc = buildToc(load('zyjyf-2022').tree);
    assert.deepEqual(
      toc.map((e) => `${e.label}${e.title}`),
      [
        '第一章总则',
        '第二章职业教育体系',
        '第三章职业教育的实施',
        '第四章职业学校和职业培训机构',
        '第五章职业教育的教师与受教育者',
        '第六章职业教育的保障',
        '第七章法律责任',
        '第八章附则',
      ],
    );
    const articles = flat(toc).filter((e) => e.kind === 'article');
    assert.equal(articles.length, 69);
    assert.deepEqual(
      toc[3]!.children.find((e) => e.id === 'art-36'),
      { id: 'art-36', kind: 'article', label: '第三十六条', title: '', children: [] },
    );
  });

  it('a plan: 一、 and （一） with their titles, and each 专栏 under the item it stands in', () => {
    const toc = buildToc(load('rsbf-2021-86').tree);
    assert.deepEqual(outline(toc).slice(0, 8), [
      '一、发展环境',
      '二、总体要求',
      '  （一）指导思想',
      '  （二）主要目标',
      '    专栏1“十四五”时期主要指标',
      '三、推进全面落实立德树人根本任务',
      '  （三）加强党的全面领导',
      '  （四）加强思想政治教育',
    ]);
    assert.deepEqual(
      flat(toc)
        .filter((e) => e.label.startsWith('专栏'))
        .map((e) => e.id),
      ['box-1', 'box-2', 'box-3', 'box-4', 'box-5'],
    );
  });

  it('an untitled item shows its opening words', () => {
    // 关于建立中小学校党组织领导的校长负责制的意见（试行）（一）: a sentence, no short title.
    const toc = buildToc(load('jlzxxxdzzldxzf').tree);
    const s11 = flat(toc).find((e) => e.id === 's1-1');
    assert.equal(s11?.title, '中小学校党组织全面领导学校工作，履行把方向、管大…');
  });

  it('a heading that stood glued to its first sentence is a title again', () => {
    // 技工教育“十四五”规划（十五）: the heading line stands alone since issue 12.
    const toc = buildToc(load('rsbf-2021-86').tree);
    assert.equal(flat(toc).find((e) => e.id === 's6-15')?.title, '加强专业建设、课程开发、教学教研和理论研究');
  });

  it('an attachment inside a document is listed with its title', () => {
    const toc = buildToc(load('rstf-2021-12-notice').tree);
    assert.deepEqual(
      toc.filter((e) => e.label.startsWith('附件')).map((e) => e.id),
      ['att-1'],
    );
  });

  it('every entry of every document links to one of its units', () => {
    for (const file of readdirSync('content/policies')) {
      const { tree, units } = load(file.replace(/\.md$/, ''));
      const ids = new Set(units.map((u) => u.id));
      for (const entry of flat(buildToc(tree))) assert.ok(ids.has(entry.id), `${file}: ${entry.id}`);
    }
  });
});

describe('snippet', () => {
  const cases: Array<[string, string]> = [
    ['加强组织领导。各地要…', '加强组织领导'],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六', '一二三四五六七八九十一二三四五六七八九十一二三四…'],
    ['', ''],
  ];
  for (const [text, expected] of cases) it(`${text || '(empty)'} → ${expected || '(empty)'}`, () => assert.equal(snippet(text), expected));
});
