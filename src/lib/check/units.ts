/**
 * The unit part of a citation in a draft, right after 《Title》（文号）: 第三十六条第二款第三项
 * and lists (read by src/lib/address), or an outline path 二（三）1. / 附件1二 / 专栏2第1项 /
 * 第二部分, which running text puts straight after a policy document's title. Resolved against
 * the cited document's units as the quick jump resolves them.
 */
import { formatUnitPath } from '../address/format.ts';
import { unitIdOf } from '../address/id.ts';
import { parseUnitPath } from '../address/parse.ts';
import { readUnitRefs } from '../address/read.ts';
import type { UnitPath } from '../address/types.ts';
import { resolveClause, type CitedUnit } from '../jump/resolve.ts';

const CN = '[一二三四五六七八九十]+';
/**
 * An outline path at the start of the text (address's running-text reader takes articles
 * only). A bare 二 must be followed by （, punctuation or the end, so 《意见》一系列 is not 一.
 */
const OUTLINE = new RegExp(
  `^(?:附件[0-9]+)?(?:专栏[0-9]+(?:第[0-9]+项)?)?(?:第${CN}部分|${CN}(?=[（(、，。；：,;:\\s]|$)、?)?(?:[（(]${CN}[)）])?(?:[0-9]+[.．](?![0-9]))?(?:[（(][0-9]+[)）])?`,
);

/** One unit a citation names: its id if the document has it, how the draft names it, and the unit likely meant. */
export interface NamedUnit {
  id: string | null;
  named: string;
  likely?: CitedUnit;
}

/** The unit part at the start of `after` (the text following the title and 文号), if any. */
export function unitPartAt(after: string): { length: number; articles: UnitPath[] | null } | null {
  const articles = readUnitRefs(after);
  if (articles) return { length: articles.length, articles: articles.paths };
  const outline = OUTLINE.exec(after)?.[0].replace(/、$/, '') ?? '';
  return outline === '' ? null : { length: outline.length, articles: null };
}

/**
 * Resolves a unit part against a document's units (`[id, citation]`). An article reference
 * must name an existing id; an outline path must resolve exactly — where it names a number
 * that sits elsewhere (二（三） for 三（三）, numbering running through the document), the
 * unit meant is given as `likely`.
 */
export function resolveUnits(raw: string, articles: UnitPath[] | null, units: readonly CitedUnit[]): NamedUnit[] {
  const ids = new Set(units.map((u) => u.id));
  if (articles) return articles.map((path) => ({ id: ids.has(unitIdOf(path)) ? unitIdOf(path) : null, named: formatUnitPath(path) }));
  const path = parseUnitPath(raw);
  const match = path ? resolveClause(path, units) : null;
  if (!path || !match || match.exact) return [{ id: match?.id ?? null, named: raw }];
  const likely = match.citation.endsWith(formatUnitPath(path.slice(-1))) ? { id: match.id, citation: match.citation } : undefined;
  return [{ id: null, named: raw, ...(likely ? { likely } : {}) }];
}
