/**
 * The address of a unit of a parsed document: the steps a citation names, derived from the
 * unit and its ancestors in the policy syntax tree. A 专栏 or a table is numbered through its
 * attachment (or the document), so the outline items around it are not part of its address; a
 * 款 is `sole` when its article has no other.
 */
import type { PolicyParent, Unit } from '../pst/types.ts';
import type { UnitPath, UnitStep } from './types.ts';

/**
 * The address of `unit`, given its ancestors outermost first (as `visitUnits` passes them).
 *
 * @example unitPathOf(item, [root, chapter, article, clause]) // article 36 › clause 2 › item 3
 */
export function unitPathOf(unit: Unit, ancestors: readonly PolicyParent[]): UnitPath {
  const chain = [...ancestors.filter((a): a is Unit & PolicyParent => 'id' in a), unit];
  // A box or table starts its own numbering scope under the attachment.
  const scoped = chain.findLastIndex((u) => u.type === 'box' || u.type === 'table');
  const from = scoped === -1 ? 0 : scoped;
  const steps: UnitStep[] = [];
  if (scoped > 0 && chain[0]!.type === 'attachment') steps.push(step(chain[0]!, chain, 0)!);
  for (let i = from; i < chain.length; i++) {
    const s = step(chain[i]!, chain, i);
    if (s) steps.push(s);
  }
  return steps;
}

function step(u: Unit, chain: readonly Unit[], i: number): UnitStep | null {
  switch (u.type) {
    case 'article':
      return { type: 'article', number: u.number, zhiyi: u.zhiyi };
    case 'clause': {
      const article = chain[i - 1];
      const sole = article?.type === 'article' && article.children.filter((c) => c.type === 'clause').length === 1;
      return sole ? { type: 'clause', number: u.number, sole: true } : { type: 'clause', number: u.number };
    }
    case 'outline':
      return { type: 'outline', level: u.level, number: u.number };
    case 'attachment':
    case 'part':
    case 'chapter':
    case 'section':
    case 'item':
    case 'subitem':
    case 'box':
    case 'table':
      return { type: u.type, number: u.number };
  }
}
