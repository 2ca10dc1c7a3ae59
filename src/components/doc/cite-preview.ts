/**
 * Citation previews (CitePreview.astro): a citation link to a unit of the library shows the
 * unit's text and its document's status on hover (after a short pause) and on keyboard focus;
 * Escape, leaving the link or moving focus hides it. The link is described by the tooltip
 * (`aria-describedby`) while it shows, so screen readers read the clause too. Text is set as
 * text, never as HTML.
 */
import { unitTexts } from './unit-texts.ts';

const HOVER_MS = 250;
const MAX_CHARS = 400;

const tip = document.querySelector<HTMLElement>('[data-cite-preview]');
if (tip) setUp(tip);

function setUp(tip: HTMLElement): void {
  const citation = tip.querySelector<HTMLElement>('[data-preview-citation]')!;
  const status = tip.querySelector<HTMLElement>('[data-preview-status]')!;
  const text = tip.querySelector<HTMLElement>('[data-preview-text]')!;
  let current: HTMLAnchorElement | null = null;
  let timer = 0;

  const target = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.cite:not(.cite-external)') : null);

  document.addEventListener('mouseover', (event) => {
    const link = target(event);
    if (!link || link === current) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void show(link), HOVER_MS);
  });
  document.addEventListener('mouseout', (event) => {
    const link = target(event);
    if (!link) return;
    window.clearTimeout(timer);
    if (link === current && document.activeElement !== link) hide();
  });
  document.addEventListener('focusin', (event) => {
    const link = target(event);
    if (link) void show(link);
    else if (current) hide();
  });
  document.addEventListener('focusout', (event) => {
    if (target(event) === current) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current) hide();
  });

  async function show(link: HTMLAnchorElement): Promise<void> {
    const cited = parse(link);
    if (!cited) return;
    if (current && current !== link) hide();
    current = link;
    const texts = await unitTexts(cited.docId);
    if (current !== link) return; // moved on while loading
    if (!texts) {
      citation.textContent = link.textContent ?? '';
      status.textContent = '';
      text.textContent = '（离线：该文件的条文未缓存）';
    } else {
      const unit = cited.unitId ? texts.units[cited.unitId] : undefined;
      citation.textContent = `${texts.citePrefix}${unit?.[0] ?? ''}`;
      status.textContent = `效力：${texts.statusLabel}`;
      // The whole document cited: its opening unit.
      const body = unit?.[1] ?? Object.values(texts.units)[0]?.[1] ?? texts.title;
      text.textContent = body.length > MAX_CHARS ? `${body.slice(0, MAX_CHARS)}……` : body;
    }
    tip.hidden = false;
    link.setAttribute('aria-describedby', tip.id);
    place(link);
  }

  function hide(): void {
    current?.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  }

  /** Below the link, kept inside the viewport (CSSOM styles are allowed by the CSP; style attributes in markup are not). */
  function place(link: HTMLAnchorElement): void {
    const box = link.getBoundingClientRect();
    const width = Math.min(tip.offsetWidth, document.documentElement.clientWidth - 16);
    const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
    const below = box.bottom + 6;
    const above = box.top - tip.offsetHeight - 6;
    const top = below + tip.offsetHeight > window.innerHeight && above > 0 ? above : below;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  }
}

/** `/docs/<id>/#<unit>` or `/docs/<id>/<page>/` → the cited document and unit. */
function parse(link: HTMLAnchorElement): { docId: string; unitId: string | null } | null {
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin) return null;
  const m = /^\/docs\/([^/]+)\/(?:([^/]+)\/)?$/.exec(url.pathname);
  if (!m) return null;
  const hash = decodeURIComponent(url.hash.slice(1));
  return { docId: m[1]!, unitId: hash || m[2] || null };
}
