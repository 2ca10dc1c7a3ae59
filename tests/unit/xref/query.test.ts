/** Resolving pasted citations against the real corpus: the forms of issue 4, one per line. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { listUnits } from '../../../src/lib/cite/index.ts';
import { loadCorpus } from '../../../src/lib/corpus/index.ts';
import { buildJumpIndex, createJumper, parseAbbreviations, resolveCitation } from '../../../src/lib/jump/index.ts';

const documents = await loadCorpus('content/policies', { warn: () => {} });
const { entries } = parseAbbreviations(readFileSync('content/dictionaries/abbreviations.txt', 'utf8'));
const jumper = createJumper(
  buildJumpIndex(
    documents.map((d) => ({ id: d.id, meta: d.tree.meta, units: listUnits(d.tree) })),
    entries,
  ).index,
);
const resolveQuery = (q: string, _library?: unknown) => resolveCitation(q, jumper);
const library = undefined;

describe('resolveCitation (the quick-jump search)', () => {
  const cases: Array<[string, string | null]> = [
    ['《中华人民共和国职业教育法》第三十六条第二款第三项', '/docs/zyjyf-2022/#art-36-p2-i3'],
    ['《职业教育法》第三十六条', '/docs/zyjyf-2022/#art-36'],
    ['中华人民共和国职业教育法第36条第2款', '/docs/zyjyf-2022/#art-36-p2'],
    ['职教法 30', '/docs/zyjyf-2022/#art-30'],
    ['职教法第三十条', '/docs/zyjyf-2022/#art-30'],
    ['《技工院校教材管理工作实施细则》', '/docs/rstf-2021-12/'],
    ['人社厅发〔2021〕12号', '/docs/rstf-2021-12/'],
    ['人社厅发[2021]12 号', '/docs/rstf-2021-12/'],
    ['人社部发﹝2021﹞86号', '/docs/rsbf-2021-86/'],
    ['《技工教育"十四五"规划》（人社部发〔2021〕86号）三（三）', '/docs/rsbf-2021-86/#s3-3'],
    ['技工学校工作规定第七条', '/docs/lrp-1986-22/#art-7'],
    ['《关于深化技工院校改革 大力发展技工教育的意见》', '/docs/rsbf-2021-30/'],
    ['《中华人民共和国职业教育法》第三百条', '/docs/zyjyf-2022/'],
    ['《求是》', null],
    ['根据《中华人民共和国职业教育法》第三十六条第二款第三项的规定', '/docs/zyjyf-2022/#art-36-p2-i3'],
  ];
  for (const [query, url] of cases) {
    it(query, () => assert.equal(resolveQuery(query, library)[0]?.url ?? null, url));
  }
  it('a unit that does not exist is a warning, never a wrong link', () => {
    const [m] = resolveQuery('《中华人民共和国职业教育法》第三百条', library);
    assert.equal(m!.unitId, null);
    assert.ok(m!.warning, 'a warning names the missing unit');
  });
});

describe('npm run --silent cite', () => {
  it('prints one JSON object with the unit text', () => {
    const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), 'scripts/cite.ts', '《中华人民共和国职业教育法》第三十六条第二款第三项'], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { query: string; matches: Array<{ docId: string; unitId: string; url: string; text: string; title: string }> };
    assert.equal(out.query, '《中华人民共和国职业教育法》第三十六条第二款第三项');
    assert.deepEqual(
      { docId: out.matches[0]!.docId, unitId: out.matches[0]!.unitId, url: out.matches[0]!.url, title: out.matches[0]!.title },
      { docId: 'zyjyf-2022', unitId: 'art-36-p2-i3', url: '/docs/zyjyf-2022/#art-36-p2-i3', title: '中华人民共和国职业教育法' },
    );
    assert.match(out.matches[0]!.text, /^（三）/);
  });
});
