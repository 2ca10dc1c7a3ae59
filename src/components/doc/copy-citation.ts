/**
 * Copy citation: a click (or Enter/Space) on a `button[data-copy]` copies the unit's citation
 * (`cite`, in the form last chosen) or its absolute URL (`url`), then says so on the button and
 * in the page's status line; `menu` (格式) opens the page's one citation-form menu beside it.
 *
 * The menu is a WAI-ARIA menu of `menuitemradio`s: it opens with the chosen form focused, ↑/↓,
 * Home and End move, Enter or Space copies in that form and remembers it (localStorage), Escape
 * or Tab closes it and focus returns to 格式. Each item shows the unit in its form.
 *
 * The page root `[data-cite-prefix]` holds the document URL; the button's `[data-cite]` group
 * holds the unit's 公文 citation and id (UnitTools.astro); the menu holds the document's title,
 * 文号 and kind. One listener on the document serves every button. Buttons stay hidden until
 * this script has run (doc.css), so a page without JavaScript shows no dead controls.
 */
import { CITATION_FORM_LABELS, CITATION_FORMS, type CitationForm, type CitedDocument } from '../../lib/address/index.ts';
import type { PolicyKind } from '../../lib/pst/types.ts';
import { citeInForm } from '../../lib/docpage/forms.ts';
import { writeClipboard } from './clipboard.ts';
import { unitTexts } from './unit-texts.ts';

const DONE_MS = 2000;
const STORE = 'zhijiao:citation-form';

const menu = document.querySelector<HTMLElement>('[data-cite-menu]');
const items = menu ? [...menu.querySelectorAll<HTMLButtonElement>('[data-form]')] : [];
const doc: CitedDocument = {
  title: menu?.dataset.title ?? '',
  docNumber: menu?.dataset.docNumber || null,
  kind: (menu?.dataset.kind || null) as PolicyKind | null,
};
/** The button that opened the menu. */
let opener: HTMLButtonElement | null = null;

for (const root of document.querySelectorAll<HTMLElement>('[data-cite-prefix]')) root.dataset.copyReady = '';
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const item = target?.closest<HTMLButtonElement>('[data-cite-menu] [data-form]');
  if (item) return void choose(item);
  const button = target?.closest<HTMLButtonElement>('button[data-copy]');
  if (button?.dataset.copy === 'menu') return button === opener ? close(true) : open(button);
  if (opener && !target?.closest('[data-cite-menu]')) close(false);
  if (button) void copyFor(button, button.dataset.copy === 'url' ? 'url' : chosenForm());
});
menu?.addEventListener('keydown', (event) => {
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const move = (to: number) => items[(to + items.length) % items.length]!.focus();
  if (event.key === 'ArrowDown') move(at + 1);
  else if (event.key === 'ArrowUp') move(at - 1);
  else if (event.key === 'Home') move(0);
  else if (event.key === 'End') move(items.length - 1);
  else if (event.key === 'Escape') close(true);
  else if (event.key === 'Tab') return close(false);
  else return;
  event.preventDefault();
});

function chosenForm(): CitationForm {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORE);
  } catch {
    // Storage may be off (private mode): the 公文 form then.
  }
  return (CITATION_FORMS as readonly string[]).includes(stored ?? '') ? (stored as CitationForm) : 'gongwen';
}

function open(button: HTMLButtonElement): void {
  if (!menu) return;
  if (opener) close(false);
  opener = button;
  const unitCitation = button.closest<HTMLElement>('[data-cite]')?.dataset.cite ?? '';
  const chosen = chosenForm();
  for (const item of items) {
    const form = item.dataset.form as CitationForm;
    item.setAttribute('aria-checked', String(form === chosen));
    item.querySelector<HTMLElement>('[data-sample]')!.textContent = form === 'plain' ? '条文原文，后附出处和链接' : citeInForm(doc, unitCitation, form);
  }
  menu.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  const box = button.getBoundingClientRect();
  const width = menu.offsetWidth;
  menu.style.left = `${Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8)) + window.scrollX}px`;
  menu.style.top = `${box.bottom + 4 + window.scrollY}px`;
  items[CITATION_FORMS.indexOf(chosen)]!.focus();
}

function close(refocus: boolean): void {
  if (!menu || !opener) return;
  menu.hidden = true;
  opener.setAttribute('aria-expanded', 'false');
  if (refocus) opener.focus();
  opener = null;
}

async function choose(item: HTMLButtonElement): Promise<void> {
  const form = item.dataset.form as CitationForm;
  try {
    localStorage.setItem(STORE, form);
  } catch {
    // Not remembered; still copied.
  }
  const button = opener;
  close(true);
  if (button) await copyFor(button, form);
}

async function copyFor(button: HTMLButtonElement, what: CitationForm | 'url'): Promise<void> {
  const group = button.closest<HTMLElement>('[data-cite]');
  const root = button.closest<HTMLElement>('[data-cite-prefix]');
  if (!group || !root) return;
  const unit = group.dataset.unitId ?? '';
  const url = new URL(`${root.dataset.docUrl ?? location.pathname}${unit ? `#${unit}` : ''}`, location.href).href;
  const text = what === 'url' ? url : await citation(root, group, what, url);
  const copied = await writeClipboard(text);
  // The fallback moves focus to a scratch textarea; keyboard users keep their place.
  button.focus();
  const label = what === 'url' ? '链接' : `引文（${CITATION_FORM_LABELS[what]}）`;
  announce(copied ? `已复制${label}：${text}` : `未能自动复制，请手动复制：${text}`, copied);
  if (copied && button.dataset.copy !== 'menu') flash(button);
}

async function citation(root: HTMLElement, group: HTMLElement, form: CitationForm, url: string): Promise<string> {
  const unitCitation = group.dataset.cite ?? '';
  if (form !== 'plain') return citeInForm(doc, unitCitation, form);
  // The clause quoted: its text from the document's unit texts, else the page's own line.
  const unit = group.dataset.unitId ?? '';
  const texts = root.dataset.doc ? await unitTexts(root.dataset.doc) : null;
  const text = (unit ? texts?.units[unit]?.[1] : null) ?? (unit ? (document.getElementById(unit)?.textContent ?? '') : doc.title);
  return citeInForm(doc, unitCitation, 'plain', { text, url });
}

function flash(button: HTMLButtonElement): void {
  const label = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = label;
  button.textContent = '已复制';
  button.classList.add('copied');
  window.setTimeout(() => {
    button.textContent = label;
    button.classList.remove('copied');
  }, DONE_MS);
}

let hideTimer = 0;
function announce(message: string, copied: boolean): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!status) return;
  status.textContent = message;
  status.classList.toggle('failed', !copied);
  status.classList.add('shown');
  window.clearTimeout(hideTimer);
  // A failure stays up longer, so the text can be selected and copied by hand.
  hideTimer = window.setTimeout(() => status.classList.remove('shown'), copied ? DONE_MS * 2 : DONE_MS * 10);
}
