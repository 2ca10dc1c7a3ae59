/**
 * scripts/mine-synonyms.ts: the candidates it reads from real lines of the corpus, and the
 * marking of those already in the thesaurus.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { definitions, inThesaurus, mine, titleShortForms } from '../../../../scripts/mine-synonyms.ts';
import { loadThesaurus } from '../../../../src/lib/search/understand/index.ts';

describe('mine:synonyms', () => {
  const cases: Array<[string, string, string, string]> = [
    ['要更多通过职业教育培训评价组织（以下简称培训评价组织）', '培训评价组织', '职业教育培训评价组织', '以下简称'],
    ['我部决定开展以电子社会保障卡（以下简称电子社保卡）', '电子社保卡', '电子社会保障卡', '以下简称'],
    ['现将《国家职业教育改革实施方案》（以下简称“职教20条”）', '职教20条', '国家职业教育改革实施方案', '以下简称'],
    ['探索符合职业教育和应用型高校特点的教师资格标准和专业技术职务（职称）', '职称', '专业技术职务', '（…）'],
  ];
  for (const [line, short, full, source] of cases) {
    it(`${line.slice(-24)} → ${short} = ${full}`, () => {
      const found = definitions(line).find((c) => c.short === short);
      if (source === '（…）') {
        // 职称 is not made of 专业技术职务's characters: not a short form by shape.
        assert.equal(found, undefined);
        return;
      }
      assert.ok(found, JSON.stringify(definitions(line)));
      assert.equal(found.full, full);
      assert.equal(found.source, source);
      assert.equal(line.slice(found.column - 1, found.column), '（');
    });
  }

  it('pairs a 以下分别简称 list by hand', () => {
    const [c] = definitions('借鉴世界技能大赛和中华人民共和国职业技能大赛（以下分别简称“世赛”、“全国技能大赛”）');
    assert.equal(c!.short, '世赛、全国技能大赛');
    assert.equal(c!.source, '以下分别简称 (pair by hand)');
  });

  it('reads a bracketed short form made of the characters before it (the full form for a person to trim)', () => {
    const [c] = definitions('加快构建职业教育专业教学资源库（资源库）');
    assert.equal(c!.short, '资源库');
    assert.ok(c!.full.endsWith('职业教育专业教学资源库'), c!.full);
  });

  it('shortens titles as people cite them', () => {
    assert.deepEqual(titleShortForms('中华人民共和国职业教育法'), ['职业教育法']);
    assert.ok(titleShortForms('职业教育提质培优行动计划（2020—2023年）').includes('职业教育提质培优行动计划'));
    assert.ok(titleShortForms('国务院关于印发国家职业教育改革实施方案的通知').includes('国家职业教育改革实施方案'));
  });

  it('marks candidates already in synonyms.txt', () => {
    const thesaurus = loadThesaurus(readFileSync('content/dictionaries/synonyms.txt', 'utf8'));
    const all = mine();
    assert.ok(all.some((c) => c.short === '培训评价组织' && inThesaurus(thesaurus, c)));
    assert.ok(all.some((c) => c.source === 'abbreviations.txt' && c.short === '职教法' && inThesaurus(thesaurus, c)));
    assert.ok(
      all.some((c) => !inThesaurus(thesaurus, c)),
      'some candidates are left for review',
    );
    assert.ok(all.every((c) => /^content\/(policies|dictionaries)\//.test(c.where)));
  });
});
