/**
 * The search page at work: reads the search from the URL, runs it as the reader types
 * (debounced) or ticks filters, keeps the URL in step (history.replaceState) so the search can
 * be shared, and renders what the query was understood as, the results grouped by document and
 * the filter counts.
 *
 * The index's table of contents and vocabulary start loading as the page opens, so the first
 * query only waits for its own terms' postings; a typed query's search starts at the keystroke
 * and is shown once the typing pauses. `?engine=bigram` runs the previous engine
 * (Pagefind over character bigrams, words required) for the evaluation's baseline.
 */
import { groupByDocument } from '../../lib/search/group.ts';
import { FACETS, UNKNOWN_VALUE, type FacetName } from '../../lib/search/facets.ts';
import { RankedSearch, type RankedItem, type RankedOutcome } from '../../lib/search/ranked.ts';
import { readState, TYPING_PAUSE_MS, writeState, type SearchState } from '../../lib/search/state.ts';
import { renderFacetValue, renderGroup } from './render.ts';

/** Results shown at first and added by “显示更多”. */
const PAGE_SIZE = 20;

/** What the page needs of an engine. */
export interface PageEngine {
  run(state: SearchState): Promise<RankedOutcome>;
}

/** Wires the search page up (SearchPage.astro). */
export function mountSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('#search-input')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const understoodLine = root.querySelector<HTMLElement>('[data-search-understood]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filterSummary = root.querySelector<HTMLElement>('[data-search-filter-summary]')!;
  const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;

  let state: SearchState = readState(new URLSearchParams(location.search));
  input.value = state.q;
  if (FACETS.some((f) => state.filters[f].length > 0)) filters.open = true;

  const engineParam = new URLSearchParams(location.search).get('engine');
  const engine: Promise<PageEngine> = engineParam === 'bigram' ? import('./legacy.ts').then((m) => m.legacyEngine()) : Promise.resolve(rankedEngine());
  let outcome: RankedOutcome | null = null;
  let shown = 0;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (found: RankedOutcome, items: RankedItem[], asked: SearchState) => {
    list.replaceChildren(...groupByDocument([...found.documents, ...items]).map(renderGroup));
    shown = items.length;
    more.hidden = shown >= found.total;
    status.textContent = statusText(asked, found, shown + found.documents.length);
  };

  // The search for what is typed starts at the keystroke, while the page waits for the typing
  // to pause before it shows anything: by then its postings and texts are usually loaded.
  let started: { key: string; answer: Promise<{ found: RankedOutcome; items: RankedItem[] }> } | null = null;
  const start = (asked: SearchState) => {
    const key = writeState(asked).toString();
    if (started?.key !== key) {
      const answer = (async () => {
        const found = await (await engine).run(asked);
        return { found, items: await found.results(PAGE_SIZE) };
      })();
      // A search overtaken by more typing is dropped; its failure is not an error.
      answer.catch(() => {});
      started = { key, answer };
    }
    return started.answer;
  };

  const run = async () => {
    const mine = ++sequence;
    // The search as it was asked: typing may change `state` before the answer arrives.
    const asked = state;
    list.dataset.state = 'loading';
    list.setAttribute('aria-busy', 'true');
    try {
      const { found, items } = await start(asked);
      if (mine !== sequence) return;
      outcome = found;
      renderFacets(found, asked);
      understoodLine.textContent = found.understood?.label ?? '';
      understoodLine.hidden = !found.understood;
      show(found, items, asked);
    } catch (error) {
      if (mine !== sequence) return;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '检索暂时不可用，请稍后再试。';
      console.warn('search failed', error);
    } finally {
      if (mine === sequence) {
        list.dataset.state = 'ready';
        list.dataset.query = asked.q;
        list.setAttribute('aria-busy', 'false');
      }
    }
  };

  const update = (next: SearchState, when: 'now' | 'debounced') => {
    state = next;
    const params = writeState(state);
    if (engineParam) params.set('engine', engineParam);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    clearTimeout(timer);
    if (when === 'now') void run();
    else {
      void start(state);
      timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
    }
  };

  input.addEventListener('input', () => update({ ...state, q: input.value }, 'debounced'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update({ ...state, q: input.value }, 'now');
  });
  form.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    const facet = box.name as FacetName;
    const values = new Set(state.filters[facet]);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    update({ ...state, filters: { ...state.filters, [facet]: [...values] } }, 'now');
  });
  more.addEventListener('click', async () => {
    const current = outcome;
    const asked = state;
    if (!current) return;
    more.disabled = true;
    const items = await current.results(shown + PAGE_SIZE);
    more.disabled = false;
    if (current !== outcome) return;
    show(current, items, asked);
  });

  function renderFacets(found: RankedOutcome, asked: SearchState) {
    const active = document.activeElement instanceof HTMLInputElement ? document.activeElement : null;
    const focus = active && active.type === 'checkbox' ? { name: active.name, value: active.value } : null;
    let selected = 0;
    for (const facet of FACETS) {
      const ul = root.querySelector<HTMLUListElement>(`[data-facet-values="${facet}"]`)!;
      const counts = found.counts[facet] ?? {};
      const chosen = asked.filters[facet];
      selected += chosen.length;
      const values = [...new Set([...Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0), ...chosen])];
      values.sort(facet === 'year' ? (a, b) => b.localeCompare(a) : (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, 'zh'));
      ul.replaceChildren(...values.map((v) => renderFacetValue(facet, v, counts[v] ?? 0, chosen.includes(v))));
      // A facet that only says nobody knows (效力: 未知 everywhere) is left out.
      ul.closest('fieldset')!.hidden = values.length === 0 || (values.length === 1 && values[0] === UNKNOWN_VALUE && chosen.length === 0);
    }
    filterSummary.textContent = selected > 0 ? `（已选 ${selected} 项）` : '';
    if (focus) root.querySelector<HTMLInputElement>(`input[name="${focus.name}"][value="${CSS.escape(focus.value)}"]`)?.focus();
  }

  void run();
}

/** The ranked search over the site's static index, its table of contents loading at once. */
function rankedEngine(): PageEngine {
  const search = new RankedSearch(async (path) => {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return path.endsWith('.json') ? response.json() : response.text();
  });
  void search.prepare().catch(() => {});
  return search;
}

/**
 * The status line: how many results, and the words no text holds. Results not kept on this
 * device (offline) are counted, not shown.
 */
function statusText(state: SearchState, found: RankedOutcome, shown: number): string {
  if (found.mode === 'idle') return '';
  if (found.mode === 'filters') return `按所选条件列出 ${found.total} 件文件。`;
  const unavailable = found.unavailable() > 0;
  if (shown === 0 && !unavailable) return `没有找到与“${state.q.trim()}”相关的条款。`;
  const parts = [`找到 ${found.total + found.documents.length} 处。`];
  if (found.missing.length > 0) parts.push(`没有找到：${found.missing.join('、')}。`);
  if (unavailable) parts.push(shown === 0 ? '这些结果没有保存在本机，联网后才能显示。' : '部分结果没有保存在本机，联网后才能显示。');
  return parts.join('');
}
