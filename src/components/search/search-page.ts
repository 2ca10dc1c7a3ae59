/**
 * The search page at work: reads the search from the URL, runs it as the reader types
 * (debounced) or ticks filters, keeps the URL in step (history.replaceState) so the search can
 * be shared, and renders results and filter counts.
 *
 * Pagefind's script and the query vocabulary are loaded from this site only.
 */
import { SearchEngine, type Pagefind, type SearchOutcome } from '../../lib/search/engine.ts';
import { FACETS, UNKNOWN_VALUE, type FacetName } from '../../lib/search/facets.ts';
import { intlCutter, vocabularyCutter, type WordCutter } from '../../lib/search/segment.ts';
import { readState, writeState, type SearchState } from '../../lib/search/state.ts';
import { renderFacetValue, renderResult } from './render.ts';

/** Where Pagefind's bundle and the vocabulary are served. */
const BUNDLE = '/pagefind/pagefind.js';
const VOCABULARY = '/search/words.txt';
/** The other bundles to merge into the first, written with the index. */
const SHARDS = '/pagefind/shards.json';
/** Results shown at first and added by “显示更多”. */
const PAGE_SIZE = 20;
/** Typing pause before a search runs. */
const DEBOUNCE_MS = 250;

/** Wires the search page up (SearchPage.astro). */
export function mountSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('#search-input')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filterSummary = root.querySelector<HTMLElement>('[data-search-filter-summary]')!;
  const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;

  let state: SearchState = readState(new URLSearchParams(location.search));
  input.value = state.q;
  if (FACETS.some((f) => state.filters[f].length > 0)) filters.open = true;

  let engine: Promise<SearchEngine> | null = null;
  let outcome: SearchOutcome | null = null;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const getEngine = () => {
    engine ??= (async () => {
      const [pagefind, shards] = await Promise.all([import(/* @vite-ignore */ BUNDLE) as Promise<Pagefind & PagefindBundle>, loadShards()]);
      // A large corpus is indexed in several bundles (src/lib/search/shards.ts): search them all.
      for (const shard of shards) await pagefind.mergeIndex(shard);
      // Initialised before the first search: Pagefind 1.6 can leave an exact-phrase search
      // that starts during initialisation unanswered (seen with small indexes and merged ones).
      await pagefind.init();
      return new SearchEngine(pagefind, loadCutter);
    })();
    return engine;
  };

  const run = async () => {
    const mine = ++sequence;
    // The search as it was asked: typing may change `state` before the answer arrives.
    const asked = state;
    list.dataset.state = 'loading';
    list.setAttribute('aria-busy', 'true');
    try {
      const found = await (await getEngine()).run(asked);
      const first = [...found.documents, ...(await found.more(PAGE_SIZE))];
      if (mine !== sequence) return;
      outcome = found;
      renderFacets(found, asked);
      list.replaceChildren(...first.map(renderResult));
      status.textContent = statusText(asked, found, first.length);
      more.hidden = found.complete();
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
    const params = writeState(state).toString();
    history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}${location.hash}`);
    clearTimeout(timer);
    if (when === 'now') void run();
    else timer = setTimeout(() => void run(), DEBOUNCE_MS);
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
    const next = await current.more(PAGE_SIZE);
    more.disabled = false;
    if (current !== outcome) return;
    list.append(...next.map(renderResult));
    more.hidden = current.complete();
    status.textContent = statusText(asked, current, list.children.length);
  });

  function renderFacets(found: SearchOutcome, asked: SearchState) {
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
      // A facet that only says nobody knows (效力: 未标明 everywhere) is left out.
      ul.closest('fieldset')!.hidden = values.length === 0 || (values.length === 1 && values[0] === UNKNOWN_VALUE && chosen.length === 0);
    }
    filterSummary.textContent = selected > 0 ? `（已选 ${selected} 项）` : '';
    if (focus) root.querySelector<HTMLInputElement>(`input[name="${focus.name}"][value="${CSS.escape(focus.value)}"]`)?.focus();
  }

  void run();
}

/** What the page needs of Pagefind's bundle beyond the engine's interface. */
interface PagefindBundle {
  mergeIndex(path: string): Promise<void>;
  init(): Promise<void>;
}

/**
 * The bundles to merge: paths on this site, from the list the build wrote. Without it (an older
 * build) the first bundle is searched alone.
 */
async function loadShards(): Promise<string[]> {
  try {
    const response = await fetch(SHARDS);
    if (!response.ok) return [];
    const list: unknown = await response.json();
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && /^\/pagefind\/shard-\d+\/$/.test(p)) : [];
  } catch {
    return [];
  }
}

/** The vocabulary cutter; the browser's segmenter if the vocabulary cannot be loaded. */
async function loadCutter(): Promise<WordCutter> {
  try {
    const response = await fetch(VOCABULARY);
    if (!response.ok) throw new Error(`${VOCABULARY}: ${response.status}`);
    const words = (await response.text()).split('\n').filter(Boolean);
    return vocabularyCutter(new Set(words));
  } catch (error) {
    console.warn('search vocabulary unavailable, using Intl.Segmenter', error);
    return intlCutter();
  }
}

/**
 * The status line. Once every result is shown their number is exact; before, it is the number
 * of matching units, some of which will fold into a more specific one (hence 约).
 */
function statusText(state: SearchState, found: SearchOutcome, shown: number): string {
  if (found.mode === 'idle') return '';
  if (found.mode === 'filters') return `按所选条件列出 ${found.total} 件文件。`;
  const unavailable = found.unavailable() > 0;
  if (shown === 0 && !unavailable) return `没有找到包含“${state.q.trim()}”的条款。`;
  const parts = [found.complete() && !unavailable ? `找到 ${shown} 处。` : `找到约 ${found.total} 处。`];
  if (found.within.length > 0) parts.push(`限于：${found.within.map((t) => `《${t}》`).join('、')}。`);
  if (found.dropped.length > 0) parts.push(`没有同时包含全部词语的条款，以下结果不含：${found.dropped.join('、')}。`);
  // Offline, results whose details were never loaded on this device cannot be shown.
  if (unavailable) parts.push(shown === 0 ? '这些结果没有保存在本机，联网后才能显示。' : '部分结果没有保存在本机，联网后才能显示。');
  return parts.join('');
}
