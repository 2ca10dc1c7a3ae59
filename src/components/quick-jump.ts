/**
 * The quick-jump combobox in the browser: the WAI-ARIA 1.2 combobox pattern with a listbox
 * popup (focus stays in the input, the active option is `aria-activedescendant`).
 *
 * Keys: ↓/↑ move through the options (and open the list), Enter (or the 前往 button) goes to
 * the active option or the first, Esc closes the list (a second Esc clears the input). With no
 * match, the form is submitted as it is: a full-text search for what was typed.
 *
 * Document text is data: options are built with `textContent`, never `innerHTML`.
 */
// The search module itself, not the jump index: the bundle needs no parser or vfile.
import type { JumpIndex } from '../lib/jump/data.ts';
import { createJumper, type Jumper, type JumpResult } from '../lib/jump/search.ts';

/** Wires one quick-jump form (QuickJump.astro). */
export function mountQuickJump(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('[role="combobox"]');
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]');
  const status = form.querySelector<HTMLElement>('[data-quick-jump-status]');
  if (!input || !list || !status) return;

  // On a document page, a clause alone (第三十条) is looked up in that document.
  const currentDoc = /^\/docs\/([^/]+)\//.exec(location.pathname)?.[1] ?? null;
  let jumper: Promise<Jumper> | null = null;
  let results: JumpResult[] = [];
  let active = -1;
  let searched = ''; // the query `results` belong to
  let pending = 0;

  const load = (): Promise<Jumper> =>
    (jumper ??= fetch('/data/jump.json')
      .then((response) => {
        if (!response.ok) throw new Error(`/data/jump.json: HTTP ${response.status}`);
        return response.json() as Promise<JumpIndex>;
      })
      .then(createJumper)
      .catch((error: unknown) => {
        jumper = null; // try again on the next keystroke
        throw error;
      }));

  /** Searches for the input's current value; resolves once `results` are for it. */
  const update = async (): Promise<void> => {
    const query = input.value;
    const ticket = ++pending;
    if (query.trim() === '') {
      show([], query);
      return;
    }
    let found: JumpResult[];
    try {
      found = (await load()).search(query, { currentDoc });
    } catch {
      if (ticket === pending) announce('跳转索引未能加载，回车将进行全文检索。');
      return;
    }
    if (ticket === pending) show(found, query);
  };

  const show = (found: JumpResult[], query: string) => {
    results = found;
    searched = query;
    active = -1;
    list.replaceChildren(...found.map(option));
    setOpen(found.length > 0);
    input.removeAttribute('aria-activedescendant');
    announce(query.trim() === '' ? '' : found.length > 0 ? `${found.length} 个结果，上下方向键选择。` : '没有匹配的文件，回车进行全文检索。');
  };

  const option = (result: JumpResult, index: number): HTMLLIElement => {
    const li = document.createElement('li');
    li.id = `quick-jump-option-${index}`;
    li.className = 'quick-jump-option';
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.url = result.url;
    const title = document.createElement('span');
    title.className = 'quick-jump-title';
    title.textContent = result.type === 'unit' ? `《${result.title}》${result.citation ?? ''}` : result.title;
    const meta = document.createElement('span');
    meta.className = 'quick-jump-meta';
    const facts = [result.docNumber, result.kind, result.year].filter((fact): fact is string => Boolean(fact));
    if (result.type === 'unit' && !result.exact) facts.unshift('未找到所输条款，最接近的是此处');
    meta.textContent = facts.join(' · ');
    li.append(title, meta);
    return li;
  };

  const setOpen = (open: boolean) => {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };

  const setActive = (index: number) => {
    active = index;
    for (const [i, li] of [...list.children].entries()) li.setAttribute('aria-selected', String(i === index));
    const current = list.children[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const announce = (text: string) => {
    status.textContent = text;
  };

  const go = (result: JumpResult | undefined) => {
    if (!result) return;
    setOpen(false);
    location.assign(result.url);
  };

  const move = (step: 1 | -1) => {
    if (results.length === 0) return;
    if (list.hidden) setOpen(true);
    const n = results.length;
    setActive(active === -1 ? (step === 1 ? 0 : n - 1) : (active + step + n) % n);
  };

  input.addEventListener('focus', () => {
    load().catch(() => {}); // reported when a search needs it
  });
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return; // keys that belong to the input method
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Escape':
        if (!list.hidden) setOpen(false);
        else if (input.value !== '') {
          input.value = '';
          show([], '');
        }
        event.preventDefault();
        break;
    }
  });
  // Enter in the input and the 前往 button: the active option, else the first, else a search.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      if (searched !== input.value) await update();
      const chosen = results[active] ?? results[0];
      if (chosen) go(chosen);
      else form.submit(); // submit() fires no submit event: this is the plain GET to /search/
    })();
  });
  input.addEventListener('blur', () => setOpen(false));
  // Pressing an option must not blur the input first (which would close the list).
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const li = (event.target as Element).closest<HTMLLIElement>('[role="option"]');
    const index = li ? [...list.children].indexOf(li) : -1;
    go(results[index]);
  });
  list.addEventListener('mousemove', (event) => {
    const li = (event.target as Element).closest<HTMLLIElement>('[role="option"]');
    const index = li ? [...list.children].indexOf(li) : -1;
    if (index !== -1 && index !== active) setActive(index);
  });
  // A reader (or a test) may type before this script runs: those keystrokes fired no input
  // event here, so search for what the box already holds.
  if (document.activeElement === input && input.value.trim() !== '') void update();
}
