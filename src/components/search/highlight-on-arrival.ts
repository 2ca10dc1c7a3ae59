/**
 * Marks the search terms a result link carries (`/docs/<id>/?hl=职业教育活动周#art-12-p3`) in
 * the unit the link points to, or in the page's main text when it points to no unit. Matching
 * is the search's own (symbols.ts): full-width digits, spaces and quotes inside a phrase
 * match as they did in the search.
 *
 * Text is split and wrapped in `<mark>` elements with DOM methods; nothing is parsed as HTML.
 */
import { findTerms } from '../../lib/search/excerpt.ts';
import { HIGHLIGHT_PARAM } from '../../lib/search/state.ts';
import { symbols } from '../../lib/search/symbols.ts';

/** Marks beyond this many are not made: a term on every line of a long page helps nobody. */
const MAX_MARKS = 200;
/** Elements whose text is not the document's: controls, scripts, existing marks. */
const SKIP = 'script, style, noscript, template, button, select, textarea, input, mark, [data-no-highlight]';

/** Highlights the terms of the current URL; returns how many places were marked. */
export function highlightOnArrival(doc: Document = document): number {
  const params = new URLSearchParams(doc.location.search);
  const terms = params
    .getAll(HIGHLIGHT_PARAM)
    .map((term) => symbols(term).map((s) => s.value))
    .filter((values) => values.length > 0);
  if (terms.length === 0) return 0;
  const id = decodeURIComponent(doc.location.hash.slice(1));
  const target = (id && doc.getElementById(id)) || doc.querySelector('main');
  if (!target) return 0;
  const count = markTerms(target, terms);
  if (count > 0) target.setAttribute('data-search-target', '');
  return count;
}

/** Wraps every occurrence of the terms in the text under `root` in `<mark class="search-hit">`. */
export function markTerms(root: Element, terms: ReadonlyArray<readonly string[]>): number {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);

  let count = 0;
  for (const node of nodes) {
    const ranges = findTerms(node.data, terms);
    // From the end, so earlier offsets stay valid as the node is split.
    for (const range of ranges.reverse()) {
      if (count >= MAX_MARKS) return count;
      const hit = node.splitText(range.start);
      hit.splitText(range.end - range.start);
      const mark = doc.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      count++;
    }
  }
  return count;
}
