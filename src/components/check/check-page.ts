/**
 * The /check/ page: loads the checker's data once, checks the pasted draft in the browser and
 * writes one result per citation (cloned from the page's `<template>`, text set as text, never
 * as HTML), then fills in each cited clause's text and status as its document's units load.
 */
// Module files, not the index: the page must not bundle the build-side data builder.
import { applySuggestions, contextOf } from '../../lib/check/apply.ts';
import { createChecker, type CheckedCitation, type Checker, type Verdict } from '../../lib/check/check.ts';
import type { CheckData } from '../../lib/check/data.ts';
import { writeClipboard } from '../doc/clipboard.ts';
import { unitTexts } from '../doc/unit-texts.ts';

const VERDICTS: Record<Verdict, string> = { ok: '正确', warning: '需规范', problem: '有问题', external: '库外文件' };

const root = document.querySelector<HTMLElement>('[data-check]');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-check-form]')!;
  const draft = root.querySelector<HTMLTextAreaElement>('#check-draft')!;
  const count = root.querySelector<HTMLElement>('[data-check-count]')!;
  const summary = root.querySelector<HTMLElement>('[data-check-summary]')!;
  const results = root.querySelector<HTMLElement>('[data-check-results]')!;
  const list = root.querySelector<HTMLOListElement>('[data-check-list]')!;
  const item = root.querySelector<HTMLTemplateElement>('[data-check-item]')!;
  const max = Number(root.dataset.max);
  let checker: Promise<Checker> | null = null;
  let last: { text: string; citations: CheckedCitation[] } | null = null;

  const counted = () => (count.textContent = `${draft.value.length.toLocaleString('zh-CN')} / ${max.toLocaleString('zh-CN')} 字`);
  draft.addEventListener('input', counted);
  root.querySelector('[data-check-example]')?.addEventListener('click', () => {
    draft.value = draft.placeholder;
    counted();
    draft.focus();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });

  root.querySelector('[data-check-copy]')?.addEventListener('click', async () => {
    if (!last) return;
    const copied = await writeClipboard(applySuggestions(last.text, last.citations));
    const fixes = last.citations.filter((c) => c.suggestion !== null).length;
    summary.textContent = copied ? `已复制修正后的全文（改正 ${fixes} 处引文）。` : '未能自动复制，请检查浏览器的剪贴板权限。';
  });

  async function run(): Promise<void> {
    const text = draft.value.slice(0, max);
    summary.textContent = '正在核对……';
    checker ??= fetch('/data/check.json')
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<CheckData>;
      })
      .then(createChecker);
    let citations: CheckedCitation[];
    try {
      citations = (await checker).check(text);
    } catch {
      checker = null;
      summary.textContent = '未能载入核对所需的文件目录，请联网后重试。';
      return;
    }
    last = { text, citations };
    list.replaceChildren(...citations.map((c) => render(text, c)));
    results.hidden = citations.length === 0;
    summary.textContent = describe(citations);
  }

  function render(text: string, c: CheckedCitation): HTMLLIElement {
    const li = (item.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
    const field = (name: string) => li.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
    li.dataset.verdict = c.verdict;
    field('verdict').textContent = VERDICTS[c.verdict];
    const { before, cited, after } = contextOf(text, c.start, c.end);
    const mark = document.createElement('mark');
    mark.textContent = cited;
    field('context').append(`…${before}`, mark, `${after}…`);
    field('notes').append(...c.notes.map((n) => Object.assign(document.createElement('li'), { textContent: n })));
    if (c.notes.length === 0) field('notes').remove();
    if (c.suggestion) field('suggestion').textContent = c.suggestion;
    else field('suggestion-row').remove();
    const link = field('link') as HTMLAnchorElement;
    link.href = c.url ?? '/missing/';
    link.textContent = c.docId ? '查看原文' : c.url === '/missing/' ? '未收录的被引文件' : '查看相关文件';
    if (c.docId) void fillClause(c, field('clause'), field('status'));
    else field('clause').remove();
    return li;
  }

  async function fillClause(c: CheckedCitation, clause: HTMLElement, status: HTMLElement): Promise<void> {
    const texts = await unitTexts(c.docId!);
    if (!texts) {
      clause.textContent = '（离线：该文件的条文未缓存）';
      return;
    }
    status.textContent = `效力：${texts.statusLabel}`;
    const unit = c.unitId ? texts.units[c.unitId] : undefined;
    clause.textContent = unit ? `${texts.citePrefix}${unit[0]}：${unit[1]}` : `${texts.citePrefix}`;
  }
}

function describe(citations: readonly CheckedCitation[]): string {
  if (citations.length === 0) return '未找到引文。引文形如《中华人民共和国职业教育法》第三十六条、人社部发〔2021〕86号。';
  const n = (v: Verdict) => citations.filter((c) => c.verdict === v).length;
  return `共找到 ${citations.length} 处引文：${n('ok')} 处正确，${n('warning')} 处需规范，${n('problem')} 处有问题，${n('external')} 处引用库外文件。`;
}
