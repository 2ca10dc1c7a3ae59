/**
 * Document ids: ASCII, lowercase, human-readable, derived once and then kept.
 *
 * - With a 文号: issuer-code initials, year, number — 人社部发〔2021〕86号 → `rsbf-2021-86`. When a
 *   notice and the document it issues share the 文号, the document gets the plain id and the
 *   notice `-notice`, because people cite the document.
 * - Without: initials of the title's core (issuers, 关于, 的 dropped) and the year —
 *   中华人民共和国职业教育法 (2022) → `zyjyf-2022`.
 * - News items and speeches: `xw-` and the slug of the reported document's title.
 * - Attachments: the parent's id and `-att-N`.
 *
 * Existing ids are looked up by the document's key first, so re-running the importer (or
 * correcting a typo in the text) never changes an id.
 */
import { pinyin } from 'pinyin-pro';

/** Pinyin initials of Chinese text; ASCII letters and digits kept, everything else dropped. */
export function initials(text: string): string {
  const letters = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return letters
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** 人社部发〔2021〕86号 → rsbf-2021-86 */
export function docNumberSlug(docNumber: string): string | null {
  const m = /^(.+?)〔(\d{4})〕(\d+)号$/.exec(docNumber);
  if (!m) return null;
  return `${initials(m[1]!)}-${m[2]}-${m[3]}`;
}

/** 中华人民共和国职业教育法, 2022 → zyjyf-2022 */
export function titleSlug(title: string, year: string | null): string {
  let core = title
    .replace(/^中华人民共和国/, '')
    .replace(/^.{0,60}?关于/, '')
    .replace(/^印发/, '')
    .replace(/[《》“”"（）()\s\u3000—\-－]/g, '')
    .replace(/的|和|与|及/g, '');
  if (core === '') core = title;
  const slug = initials(core).slice(0, 14) || 'doc';
  return year ? `${slug}-${year}` : slug;
}

/** Make `id` unique among `taken` by suffixing -2, -3, … */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}
