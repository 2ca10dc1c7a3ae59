/**
 * Result and facet elements, built with DOM methods only: source text goes in through
 * `textContent` and text nodes, matches as `<mark>` elements, never through `innerHTML`.
 */
import type { ExcerptPiece } from '../../lib/search/excerpt.ts';
import type { ResultItem } from '../../lib/search/engine.ts';

/** An element with a class and, optionally, text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt: text nodes and `<mark>` elements. */
export function renderExcerpt(pieces: readonly ExcerptPiece[]): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const piece of pieces) out.append(piece.mark ? el('mark', '', piece.text) : document.createTextNode(piece.text));
  return out;
}

/**
 * One result: a single link (《title》citation) to the unit, a line with the 文号, issuers and
 * date, and the excerpt.
 */
export function renderResult(item: ResultItem): HTMLLIElement {
  const li = el('li', 'search-result');
  li.dataset.level = item.level;
  const link = el('a', 'search-result-link');
  link.href = item.href;
  link.append(el('span', 'search-result-title', `《${item.title}》`));
  if (item.cite) link.append(el('span', 'search-result-cite', item.cite));
  const heading = el('p', 'search-result-heading');
  if (item.level === 'doc') heading.append(el('span', 'search-result-badge', '文件'));
  heading.append(link);
  li.append(heading);

  const facts = [item.number, item.issuers, item.date].filter(Boolean).join(' · ');
  if (facts) li.append(el('p', 'search-result-meta muted', facts));
  if (item.level !== 'doc') {
    const text = el('p', 'search-result-excerpt');
    text.append(renderExcerpt(item.excerpt));
    li.append(text);
  }
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
