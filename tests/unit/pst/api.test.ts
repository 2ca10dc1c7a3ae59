import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePolicy, plainText, unitLabel, visitUnits, type Article, type PolicyRoot, type Unit } from '../../../src/lib/pst/index.ts';

const FRONT = '---\nid: t\ntitle: 测试\nstatus: valid\n---\n\n';

function units(tree: PolicyRoot): Unit[] {
  const found: Unit[] = [];
  visitUnits(tree, (unit) => {
    found.push(unit);
  });
  return found;
}

const hostile: Array<[string, string]> = [
  ['an empty file', ''],
  ['no frontmatter', '第一条　为了推动职业教育高质量发展，制定本法。'],
  ['broken YAML', '---\nid: [unclosed\ntitle: : :\n---\n\n正文。'],
  ['a YAML list instead of a mapping', '---\n- a\n- b\n---\n\n正文。'],
  ['frontmatter only', '---\nid: x\n---\n'],
  ['control characters', '\u0000\u0001\uffff\ud800'],
  ['labels with nothing after them', `${FRONT}附件\n\n专栏\n\n第一条\n\n（一）\n\n一、\n\n第一章`],
  ['a table only', `${FRONT}| a |\n| - |\n| b |`],
  ['deep Markdown', `${FRONT}> > > - - - **_~~x~~_**\n\n<div>\n\n    code\n\n[a]: http://x`],
  ['a date line first', `${FRONT}2021年8月9日\n\n第一条　正文。`],
  ['a box and an article together', `${FRONT}专栏1：标题\n\n第一条　正文。\n\n第二条　正文。`],
];

for (const [name, markdown] of hostile) {
  test(`parsePolicy does not throw on ${name}`, () => {
    const { tree, messages } = parsePolicy(markdown, { path: 'content/policies/x.md' });
    assert.equal(tree.type, 'policy');
    assert.ok(Array.isArray(messages));
    for (const message of messages) assert.equal(message.ruleId === 'internal-error', false, message.reason);
    for (const unit of units(tree)) assert.match(unit.id, /^[a-z0-9_-]+$/);
  });
}

test('a file without frontmatter gets a warning at 1:1 and its id from the file name', () => {
  const { tree, messages } = parsePolicy('正文。', { path: 'content/policies/zyjyf-2022.md' });
  assert.equal(tree.meta.id, 'zyjyf-2022');
  assert.deepEqual(
    messages.map((m) => `${m.file}:${m.line}:${m.column}: ${m.ruleId}`),
    ['content/policies/zyjyf-2022.md:1:1: frontmatter'],
  );
});

test('frontmatter is typed: invalid values become empty, unknown keys are kept', () => {
  const { tree } = parsePolicy(
    '---\nid: a-1\ntitle: 标题\nkind: 法规\nstatus: active\ndates:\n  issued: 2021/11/05\n  effective: 2022-05-01\nsources:\n  - file: 001.txt\n    startLine: 3\nextra: kept\n---\n\n正文。',
  );
  assert.deepEqual(
    { kind: tree.meta.kind, dates: tree.meta.dates, extra: tree.meta.extra, sources: tree.meta.sources },
    {
      kind: null,
      dates: { issued: null, published: null, effective: '2022-05-01' },
      extra: 'kept',
      sources: [{ file: '001.txt', startLine: 3, endLine: null, complete: false }],
    },
  );
});

test('mode comes from the content: paragraph-initial 第X条, not the metadata', () => {
  const law = parsePolicy(`${FRONT}第一条　正文。\n\n第二条　正文。`).tree;
  const notice = parsePolicy('---\nid: t\ngenre: 法\n---\n\n一、总体要求\n\n第一条规定的事项，按本通知执行。').tree;
  assert.equal(law.mode, 'articles');
  assert.equal(notice.mode, 'outline');
});

test('a lone 第X条 paragraph in an outline document stays text', () => {
  const { tree } = parsePolicy(`${FRONT}一、总体要求\n\n第一条　按原规定执行。\n\n二、工作要求`);
  assert.deepEqual(
    units(tree).map((unit) => unit.id),
    ['s1', 's2'],
  );
  assert.equal(plainText(tree), '一、总体要求\n第一条　按原规定执行。\n二、工作要求');
});

const labels: Array<[string, string, string]> = [
  ['第三十六条　正文。', 'art-36', '第三十六条'],
  ['第三十六条之一　正文。', 'art-36-1', '第三十六条之一'],
  ['第一条　正文。\n\n第二款。', 'art-1-p2', '第二款'],
  ['第一条　正文：\n\n(三)有章程；', 'art-1-p1-i3', '第（三）项'],
  ['第一条　正文：\n\n（一）有：\n\n1．教室；', 'art-1-p1-i1-s1', '第1目'],
  ['第一章　总则', 'ch-1', '第一章'],
  ['二、总体要求', 's2', '二、'],
  ['一、总体要求\n\n(三)指导思想', 's1-3', '（三）'],
  ['一、甲\n\n（一）乙\n\n1.丙\n\n(1)丁', 's1-1-1-1', '（1）'],
  ['专栏 3 标题', 'box-3', '专栏3'],
  ['| a |\n| - |', 'tbl-1', '表1'],
];

for (const [body, id, label] of labels) {
  test(`unitLabel of ${id} is ${label}`, () => {
    const { tree } = parsePolicy(FRONT + body);
    const unit = units(tree).find((candidate) => candidate.id === id);
    assert.ok(
      unit,
      `${id} in ${units(tree)
        .map((u) => u.id)
        .join(' ')}`,
    );
    assert.equal(unitLabel(unit), label);
  });
}

test('unitLabel of an attachment is 附件N', () => {
  const { tree } = parsePolicy(`${FRONT}正文。\n\n附件2\n\n名单`);
  assert.deepEqual(
    units(tree).map((unit) => [unit.id, unitLabel(unit)]),
    [['att-2', '附件2']],
  );
});

test('plainText reads an article as its label and its 款, one paragraph per line', () => {
  const { tree } = parsePolicy(
    `${FRONT}第一条　职业学校的设立，应当符合下列基本条件：\n\n（一）有组织机构和章程；\n\n1\\. 有教室；\n\n设立中等职业学校，由县级以上地方人民政府审批。`,
  );
  const article = tree.children[0] as Article;
  assert.equal(
    plainText(article),
    '第一条\u3000职业学校的设立，应当符合下列基本条件：\n（一）有组织机构和章程；\n1.有教室；\n设立中等职业学校，由县级以上地方人民政府审批。',
  );
});

test('visitUnits gives ancestors and skips children when the visitor returns false', () => {
  const { tree } = parsePolicy(`${FRONT}第一章　总则\n\n第一条　正文。\n\n第二章　附则\n\n第二条　正文。`);
  const seen: string[] = [];
  visitUnits(tree, (unit, ancestors) => {
    seen.push(`${ancestors.map((a) => a.type).join('>')}:${unit.id}`);
    if (unit.id === 'ch-2') return false;
  });
  assert.deepEqual(seen, ['policy:ch-1', 'policy>chapter:art-1', 'policy>chapter>article:art-1-p1', 'policy:ch-2']);
});

test('messages point at the paragraph, in file order', () => {
  const { messages } = parsePolicy(`${FRONT}第一条　甲。\n\n第三条　乙。\n\n第三条　丙。`, { path: 'p.md' });
  assert.deepEqual(
    messages.map((m) => `${m.file}:${m.line}:${m.column}: ${m.ruleId}`),
    ['p.md:9:1: numbering-skip', 'p.md:11:1: duplicate-id'],
  );
});

test('positions survive escapes and hard-wrapped lines', () => {
  const { tree } = parsePolicy(`${FRONT}第一条　关于\\*星号\\*的规定，\n   另起一行。\n\n第二条　正文。`);
  const clause = (tree.children[0] as Article).children[0];
  assert.equal(clause?.text, '关于*星号*的规定，\n另起一行。');
  assert.deepEqual(
    [clause?.position?.start, clause?.position?.end].map((p) => p && `${p.line}:${p.column}:${p.offset}`),
    ['7:5:43', '8:9:64'], // 43 is the offset of 关, 64 just past the last 。,
  );
});
