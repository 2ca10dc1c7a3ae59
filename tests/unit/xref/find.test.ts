/** Finding and resolving citations: one line per real phrasing found in the corpus. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readUnitRefs, unitIdOf } from '../../../src/lib/address/index.ts';
import { findCitations } from '../../../src/lib/xref/index.ts';

const summary = (text: string) =>
  findCitations(text).map((f) => {
    const refs = 'refs' in f ? f.refs.map(unitIdOf) : [];
    switch (f.kind) {
      case 'title':
        return `title 《${f.title}》${f.docNumber ? ` ${f.docNumber}` : ''}${refs.length ? ` ${refs.join(',')}` : ''}`;
      case 'docNumber':
        return `docNumber ${f.docNumber}${refs.length ? ` ${refs.join(',')}` : ''}`;
      case 'internal':
        return `internal ${refs.join(',')}`;
      case 'relative':
        return `relative ${f.relation} ${f.count}`;
      case 'alias':
        return `alias ${f.alias}`;
    }
  });

describe('findCitations', () => {
  const cases: Array<[string, string[]]> = [
    ['贯彻《中华人民共和国职业教育法》，', ['title 《中华人民共和国职业教育法》']],
    ['依据《中华人民共和国职业教育法》第三十六条第二款第三项', ['title 《中华人民共和国职业教育法》 art-36-p2-i3']],
    ['《中华人民共和国职业教育法》第36条第2款', ['title 《中华人民共和国职业教育法》 art-36-p2']],
    ['第三十六条之一', []],
    ['按照《职业学校学生实习管理规定》（教职成〔2016〕3号）执行', ['title 《职业学校学生实习管理规定》 教职成〔2016〕3号']],
    ['（人社部发〔2020〕10 号）精神', ['docNumber 人社部发〔2020〕10号']],
    ['按照云人社发[2014]140号文件', ['docNumber 云人社发〔2014〕140号']],
    ['符合本实施细则第十三条（一）（二）（三）及', ['internal art-13-p1-i1,art-13-p1-i2,art-13-p1-i3']],
    ['依照本实施细则第三条、第十一条的具体要求', ['internal art-3,art-11']],
    ['违反本条例第十一条规定的', ['internal art-11']],
    ['依照本法第十条至第十二条', ['internal art-10,art-11,art-12']],
    ['对前款规定的人力资源服务机构', ['relative previous-clause 1']],
    ['前两款规定以外的', ['relative previous-clauses 2']],
    ['本条所称职业学校', ['relative this-article 0']],
    ['具备下列基本条件', []],
    ['违反本条例规定', []],
    [
      '印发的《关于推动现代职业教育高质量发展的意见》（以下简称《意见》），《意见》提出',
      ['title 《关于推动现代职业教育高质量发展的意见》', 'alias 意见', 'title 《意见》'],
    ],
    ['请结合《人民日报》等媒体', ['title 《人民日报》']],
    ['关于印发<现代职业教育质量提升计划资金管理办法>的通知', []],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(summary(text), expected));
});

describe('unit references', () => {
  it('parses Chinese and Arabic numbers, 之一, 款, 项 and 目', () => {
    assert.equal(unitIdOf(readUnitRefs('第三十六条之一')!.paths[0]!), 'art-36-1');
    assert.equal(unitIdOf(readUnitRefs('第一百零五条第二款')!.paths[0]!), 'art-105-p2');
    assert.equal(unitIdOf(readUnitRefs('第十条第（二）项第1目')!.paths[0]!), 'art-10-p1-i2-s1');
    assert.equal(readUnitRefs('依照本法'), null);
  });
});
