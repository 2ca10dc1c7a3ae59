/**
 * The pages of single units (`/docs/<id>/<unit>/`): one per article and per top-level outline
 * item, in document order, each with what its page shows around the text — the headings above
 * it (第二章 职业教育体系 › 第一节 职业学校教育), its neighbours, a title and a description for
 * search results and link previews.
 */
import { isPageUnit, type UnitEntry } from '../cite/index.ts';
import { visitUnits, type PolicyParent, type PolicyRoot, type Unit } from '../pst/index.ts';

/** A unit that has a page of its own. */
export interface PageUnit {
  node: Unit;
  entry: UnitEntry;
  /** The titled units it stands in (编, 章, 节, 附件), outermost first: `第二章　职业教育体系`. */
  trail: Array<{ id: string; text: string }>;
  /** The page units before and after it in the document, or `null` at either end. */
  prev: UnitEntry | null;
  next: UnitEntry | null;
}

/**
 * Every page unit of a document, in document order. `units` is `listUnits(tree)`.
 *
 * @example
 *   pageUnits(zyjyf, units).find((p) => p.entry.id === 'art-36')?.prev?.id // 'art-35'
 */
export function pageUnits(tree: PolicyRoot, units: readonly UnitEntry[]): PageUnit[] {
  const entries = new Map(units.map((u) => [u.id, u]));
  const found: Array<Omit<PageUnit, 'prev' | 'next'>> = [];
  visitUnits(tree, (unit, ancestors) => {
    if (!isPageUnit(unit, ancestors)) return;
    const entry = entries.get(unit.id);
    if (entry) found.push({ node: unit, entry, trail: trail(ancestors) });
    // Nothing under a page unit has a page of its own.
    return false;
  });
  return found.map((page, i) => ({ ...page, prev: found[i - 1]?.entry ?? null, next: found[i + 1]?.entry ?? null }));
}

function trail(ancestors: readonly PolicyParent[]): PageUnit['trail'] {
  return ancestors.flatMap((a) =>
    a.type === 'part' || a.type === 'chapter' || a.type === 'section' || a.type === 'attachment'
      ? [{ id: a.id, text: a.title ? `${a.label}\u3000${a.title}` : a.label }]
      : [],
  );
}

/**
 * How a page unit is named in its page's title and heading: its label as a citation writes it
 * and its heading, after the attachment it stands in.
 *
 * @example pageUnitName(art36)     // '第三十六条'
 * @example pageUnitName(s2)        // '二、总体要求'
 * @example pageUnitName(att1s2)    // '附件1 二、…'
 */
export function pageUnitName(entry: Pick<UnitEntry, 'type' | 'label' | 'heading' | 'citation'>): string {
  const attachment = /^附件\d+/u.exec(entry.citation)?.[0];
  const label = attachment ? `${attachment} ${entry.label}` : entry.label;
  if (!entry.heading) return label;
  return entry.type === 'article' ? `${label}【${entry.heading}】` : `${label}${entry.heading}`;
}

/**
 * A unit's text as a one-line description: paragraphs run together as Chinese prose does,
 * white space collapsed, cut at `max` characters with `…`.
 *
 * @example
 *   oneLine('第三十六条　职业学校应当依法办学，依据章程自主管理。\n职业学校在办学中可以开展下列活动：', 20)
 *   // '第三十六条 职业学校应当依法办学，依据…'
 */
export function oneLine(text: string, max = 150): string {
  const flat = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('')
    .replace(/[\s\u3000]+/gu, ' ');
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}
