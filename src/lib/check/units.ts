/**
 * The unit part of a citation in a draft, right after 《Title》（文号）: 第三十六条第二款第三项
 * and lists (xref reads those), or an outline path 二（三）1. / 附件1二 / 专栏2第1项, which
 * running text puts straight after a policy document's title. Resolved against the cited
 * document's units as the quick jump resolves them.
 */
import { formatClauseRef, parseClauseRef } from '../jump/clause.ts';
import { resolveClause, type CitedUnit } from '../jump/resolve.ts';
import { toChineseNumeral } from '../text/index.ts';
import { parseArticleRefs, unitIdOf, type UnitRef } from '../xref/unitref.ts';

const CN = '[一二三四五六七八九十]+';
/**
 * An outline path at the start of the text. A bare 二 must be followed by （, punctuation or the
 * end, so 《意见》一系列 is not 一.
 */
const OUTLINE = new RegExp(
  `^(?:附件[0-9]+)?(?:专栏[0-9]+(?:第[0-9]+项)?)?(?:${CN}(?=[（(、，。；：,;:\\s]|$)、?)?(?:[（(]${CN}[)）])?(?:[0-9]+[.．](?![0-9]))?(?:[（(][0-9]+[)）])?`,
);

/** The units a citation names, as written and as resolved. */
export interface CitedUnits {
  /** The unit part as written. */
  raw: string;
  /** One entry per unit named, in order: its id if the document has it, else null. */
  units: Array<{ id: string | null; named: string; likely?: CitedUnit }>;
}

/** The unit part at the start of `after` (the text following the title and 文号), if any. */
export function unitPartAt(after: string): { length: number; articles: UnitRef[] | null } | null {
  const articles = parseArticleRefs(after);
  if (articles) return { length: articles.length, articles: articles.refs };
  const outline = OUTLINE.exec(after)?.[0].replace(/、$/, '') ?? '';
  return outline === '' ? null : { length: outline.length, articles: null };
}

/**
 * Resolves a unit part against a document's units (`[id, citation]`). An article reference
 * must name an existing id; an outline path must resolve exactly.
 */
export function resolveUnits(raw: string, articles: UnitRef[] | null, units: readonly CitedUnit[]): CitedUnits {
  const ids = new Set(units.map((u) => u.id));
  if (articles) return { raw, units: articles.map((ref) => ({ id: ids.has(unitIdOf(ref)) ? unitIdOf(ref) : null, named: articleCitation(ref) })) };
  const ref = parseClauseRef(raw);
  const match = ref ? resolveClause(ref, units) : null;
  if (!ref || !match || match.exact) return { raw, units: [{ id: match?.id ?? null, named: raw }] };
  // 二（三） where （三） sits under 三 (numbering runs through the document): the unit meant.
  const likely = match.citation.endsWith(formatClauseRef(ref.slice(-1))) ? { id: match.id, citation: match.citation } : undefined;
  return { raw, units: [{ id: null, named: raw, ...(likely ? { likely } : {}) }] };
}

/** 第七十条, 第三十六条之一第二款第三项: how a reference names its unit, for messages. */
export function articleCitation(ref: UnitRef): string {
  return `第${cn(ref.article)}条${ref.zhiyi ? `之${cn(ref.zhiyi)}` : ''}${ref.clause ? `第${cn(ref.clause)}款` : ''}${ref.item ? `第${cn(ref.item)}项` : ''}${ref.subitem ? `第${ref.subitem}目` : ''}`;
}

function cn(n: number): string {
  return toChineseNumeral(n) ?? String(n);
}
