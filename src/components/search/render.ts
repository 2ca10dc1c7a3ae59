/**
 * Result and facet elements, built with DOM methods only: source text goes in through
 * `textContent` and text nodes, matches as `<mark>` elements and answering phrases as
 * `<strong>`, never through `innerHTML`.
 */
import type { ExcerptPiece } from '../../lib/search/excerpt.ts';
import type { ResultGroup } from '../../lib/search/group.ts';
import type { RankedItem } from '../../lib/search/ranked.ts';
import { statusOfLabel } from '../../lib/vocab/status.ts';

/** An element with a class and, optionally, text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt: text nodes, `<mark>` for the query's words, `<strong>` for the answering phrase. */
export function renderExcerpt(pieces: readonly ExcerptPiece[]): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const piece of pieces) {
    const node = piece.mark ? el('mark', '', piece.text) : document.createTextNode(piece.text);
    if (piece.answer) {
      const strong = el('strong', 'search-answer');
      strong.append(node);
      out.append(strong);
    } else {
      out.append(node);
    }
  }
  return out;
}

/**
 * The document's status badge, the markup of src/components/status/StatusBadge.astro: focusable,
 * its basis in a tooltip shown on hover and focus (status.css) and named by aria-describedby.
 */
let tips = 0;

function statusBadge(item: RankedItem): HTMLSpanElement | null {
  if (!item.status) return null;
  const wrap = el('span', 'status-badge-wrap');
  const badge = el('span', 'status-badge', item.status.label);
  badge.dataset.status = statusOfLabel(item.status.label) ?? 'unknown';
  if (!item.status.basis) {
    wrap.append(badge);
    return wrap;
  }
  const tip = el('span', 'status-tip');
  // A document can head several groups: the id counts, so each stays unique on the page.
  tip.id = `status-tip-r${++tips}`;
  tip.setAttribute('role', 'tooltip');
  tip.append(el('span', 'status-tip-rule', item.status.basis));
  badge.tabIndex = 0;
  badge.setAttribute('aria-describedby', tip.id);
  wrap.append(badge, tip);
  return wrap;
}

/** 文号 · issuers · date. */
function facts(item: RankedItem): string {
  return [item.number, item.issuers, item.date].filter(Boolean).join(' · ');
}

/**
 * One document's results: the document (《title》, its status badge, 文号, date) as a heading, then each clause as
 * a link (its citation) and its excerpt. A document named by the query is one link to it.
 */
export function renderGroup(group: ResultGroup<RankedItem>): HTMLLIElement {
  const first = group.items[0]!;
  const named = first.level === 'doc';
  const li = el('li', 'search-group');
  li.dataset.doc = group.doc;
  if (named) {
    // A document the query names: its title is the first result, its clauses follow.
    li.dataset.level = 'doc';
    const heading = el('p', 'search-group-title');
    heading.append(el('span', 'search-result-badge', '文件'));
    const link = el('a', 'search-result-link');
    link.append(el('span', 'search-result-title', `《${first.title}》`));
    link.href = first.href;
    link.dataset.result = '';
    heading.append(link);
    li.append(heading);
  } else {
    const heading = el('p', 'search-group-title');
    heading.append(el('span', 'search-result-title', `《${first.title}》`));
    li.append(heading);
  }
  const badge = statusBadge(first);
  if (badge) li.firstElementChild!.append(' ', badge);
  if (facts(first)) li.append(el('p', 'search-result-meta muted', facts(first)));
  const clauses = named ? group.items.slice(1) : group.items;
  if (clauses.length === 0) return li;
  const list = el('ol', 'search-group-items');
  for (const item of clauses) {
    const row = el('li', 'search-result');
    row.dataset.level = item.level;
    const link = el('a', 'search-result-link');
    link.href = item.href;
    link.dataset.result = '';
    // The citation alone reads well under its document; a screen reader hears the title too.
    link.append(el('span', 'visually-hidden', `《${item.title}》`), el('span', 'search-result-cite', item.cite || '正文'));
    const head = el('p', 'search-result-heading');
    head.append(link);
    const text = el('p', 'search-result-excerpt');
    text.append(renderExcerpt(item.excerpt));
    row.append(head, text);
    list.append(row);
  }
  li.append(list);
  return li;
}

/** One facet value: a checkbox with its label and count. */
export function renderFacetValue(facet: string, value: string, count: number | null, checked: boolean): HTMLLIElement {
  const li = el('li', 'search-facet-value');
  const label = el('label', '');
  const box = el('input', '');
  box.type = 'checkbox';
  box.name = facet;
  box.value = value;
  box.checked = checked;
  label.append(box, document.createTextNode(` ${value} `));
  if (count !== null) label.append(el('span', 'search-facet-count', String(count)));
  li.append(label);
  return li;
}
