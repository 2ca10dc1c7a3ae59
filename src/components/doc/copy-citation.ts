/**
 * Copy citation: a click (or Enter/Space) on a `button[data-copy]` copies the unit's citation
 * (`cite`) or its absolute URL (`url`), then says so on the button and in the page's status line.
 *
 * The page root `[data-cite-prefix]` holds the document's part of the citation and its URL; the
 * button's `[data-cite]` group holds the unit's part and id (see UnitTools.astro). One listener
 * on the document serves every button. Buttons stay hidden until this script has run (doc.css),
 * so a page without JavaScript shows no dead controls.
 */

import { writeClipboard } from './clipboard.ts';

const DONE_MS = 2000;

for (const root of document.querySelectorAll<HTMLElement>('[data-cite-prefix]')) root.dataset.copyReady = '';
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy]') : null;
  if (button) void copyFor(button);
});

async function copyFor(button: HTMLButtonElement): Promise<void> {
  const group = button.closest<HTMLElement>('[data-cite]');
  const root = button.closest<HTMLElement>('[data-cite-prefix]');
  if (!group || !root) return;
  const unit = group.dataset.unitId ?? '';
  const what = button.dataset.copy === 'url' ? 'url' : 'cite';
  const text =
    what === 'url'
      ? new URL(`${root.dataset.docUrl ?? location.pathname}${unit ? `#${unit}` : ''}`, location.href).href
      : `${root.dataset.citePrefix ?? ''}${group.dataset.cite ?? ''}`;
  const copied = await writeClipboard(text);
  // The fallback moves focus to a scratch textarea; keyboard users keep their place.
  button.focus();
  announce(copied ? `已复制${what === 'url' ? '链接' : '引文'}：${text}` : `未能自动复制，请手动复制：${text}`, copied);
  if (copied) flash(button);
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
