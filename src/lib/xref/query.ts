/**
 * Resolving a pasted citation or a typed reference to documents and units — one implementation
 * for the `cite` command and the quick-jump box:
 *
 *   《中华人民共和国职业教育法》第三十六条第二款第三项   → zyjyf-2022 #art-36-p2-i3
 *   人社厅发[2021]12号                                 → the 细则 that notice issues
 *   职教法 30 / 职教法第三十条                         → #art-30
 *   技工教育“十四五”规划 二（三）                       → #s2-3
 */
import { findCitations } from './find.ts';
import { titleKey, type Library, type LibraryDocument } from './library.ts';
import { parseArticleRefs, parseOutlineRef, unitIdOf } from './unitref.ts';

/** One answer to a query. */
export interface QueryMatch {
  docId: string;
  title: string;
  unitId: string | null;
  /** `/docs/<id>/` or `/docs/<id>/#<unit>`. */
  url: string;
  /** Set when the query names a unit the document does not have (第三百条): never a wrong link. */
  warning?: string;
}

/**
 * The unit if it exists. Outline items numbered through the document (（一）…（二十三） across
 * 一、…七、) are also found by their own number: 二（三） → the only （三）, s3-3.
 */
function existing(doc: LibraryDocument, unit: string): string | null {
  if (doc.units.has(unit)) return unit;
  const m = /^s\d+-(\d+)((?:-\d+)*)$/.exec(unit);
  if (!m) return null;
  const candidates = [...doc.units].filter((id) => new RegExp(`^s\\d+-${m[1]}${m[2]}$`).test(id));
  return candidates.length === 1 ? candidates[0]! : null;
}

/** Resolve a query, best match first; an empty list when nothing matches. */
export function resolveQuery(query: string, library: Library): QueryMatch[] {
  const text = query.trim();
  if (text === '') return [];
  // 1. A citation in the usual written form: 《title》…, or a 文号.
  for (const f of findCitations(text)) {
    if (f.kind !== 'title' && f.kind !== 'docNumber') continue;
    const doc = f.kind === 'title' ? (library.byTitleText(f.title) ?? (f.docNumber ? library.byDocNumber(f.docNumber) : undefined)) : library.byDocNumber(f.docNumber);
    if (!doc) continue;
    const rest = text.slice(f.end);
    const unit = f.refs.length > 0 ? unitIdOf(f.refs[0]!) : unitFrom(rest);
    return [match(doc, unit)];
  }
  // 2. A document name (title, short title, abbreviation) followed by a unit: 职教法 30.
  const compact = titleKey(text.replace(/^《|》/g, ''));
  let best: { doc: LibraryDocument; length: number } | null = null;
  for (const doc of library.documents.values()) {
    for (const name of names(doc)) {
      if (name.length > 0 && compact.startsWith(name) && (!best || name.length > best.length)) best = { doc, length: name.length };
    }
  }
  if (best) return [match(best.doc, unitFrom(compact.slice(best.length)))];
  // 3. Part of a title: every document whose title contains the text, shortest title first.
  return [...library.documents.values()]
    .filter((d) => titleKey(d.title).includes(compact))
    .sort((a, b) => a.title.length - b.title.length)
    .slice(0, 10)
    .map((d) => match(d, null));

  function match(doc: LibraryDocument, unit: string | null): QueryMatch {
    const unitId = unit === null ? null : existing(doc, unit);
    const m: QueryMatch = { docId: doc.id, title: doc.title, unitId, url: unitId ? `/docs/${doc.id}/#${unitId}` : `/docs/${doc.id}/` };
    if (unit !== null && unitId === null) m.warning = `${doc.title} has no unit ${unit}`;
    return m;
  }
}

/** The names a document is looked up by, as title keys. */
function names(doc: LibraryDocument): string[] {
  const out = [titleKey(doc.title), ...doc.shortTitles.map(titleKey)];
  const m = /^.{2,80}?(关于.+)$/.exec(doc.title);
  if (m) out.push(titleKey(m[1]!));
  return out;
}

/** A unit named after the document: 第三十条, 30, 第36条第2款, 二（三）. */
function unitFrom(rest: string): string | null {
  const r = rest.replace(/^[\s\u3000,，:：]+/, '');
  if (r === '') return null;
  const refs = parseArticleRefs(r);
  if (refs) return unitIdOf(refs.refs[0]!);
  const arabic = /^(\d{1,3})(?:条)?(?:[.\-\s](\d{1,2}))?(?:[.\-\s](\d{1,2}))?$/.exec(r);
  if (arabic) {
    let id = `art-${arabic[1]}`;
    if (arabic[2]) id += `-p${arabic[2]}`;
    if (arabic[3]) id += `-i${arabic[3]}`;
    return id;
  }
  const outline = parseOutlineRef(r);
  return outline ? outline.id : null;
}
