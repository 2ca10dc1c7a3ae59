/**
 * The paragraphs a unit holds itself, not through a unit below it: a 款's text, an outline
 * item's text, a plain paragraph under either, a table cell. Each sentence of the corpus is in
 * exactly one of them, so a rule found in it belongs to the most specific unit that says it.
 */
import { visitUnits, type PolicyParent, type PolicyRoot, type Unit } from '../pst/index.ts';

/** One paragraph and the unit that holds it. */
export interface UnitParagraph {
  /** The unit the rule will link to: the holder, or its article when that has a single 款. */
  unit: Unit;
  /** The units above it, outermost first. */
  ancestors: Unit[];
  /** The text as in the file (a label such as （一） is not part of it). */
  text: string;
  /** The unit's heading when the paragraph opens with it (`完善经费补贴政策` of `(一)完善经费补贴政策。…`). */
  heading: string | null;
  /** The paragraph's line in the policy file, or `null` for a generated node. */
  line: number | null;
}

/**
 * Every paragraph of a document with the unit that holds it, in document order. Titles of
 * chapters, boxes and attachments are left out: they name a subject, they do not rule.
 *
 * @example
 *   unitParagraphs(tree).find((p) => p.text.includes('5000元'))?.unit.id // 's5-1'
 */
export function unitParagraphs(tree: PolicyRoot): UnitParagraph[] {
  const out: UnitParagraph[] = [];
  visitUnits(tree, (unit, parents) => {
    const ancestors = parents.filter((p): p is Unit & PolicyParent => 'id' in p);
    const holder = linkTarget(unit, ancestors);
    const push = (text: string, line: number | null, heading: string | null = null) => {
      if (text.trim() !== '') out.push({ unit: holder.unit, ancestors: holder.ancestors, text, heading, line });
    };
    switch (unit.type) {
      case 'clause':
      case 'item':
      case 'subitem':
        push(unit.text, unit.position?.start.line ?? null);
        break;
      case 'outline':
        push(unit.text, unit.position?.start.line ?? null, unit.heading);
        break;
      case 'table':
        for (const row of unit.children) {
          for (const cell of row.children) push(cell.text, cell.position?.start.line ?? row.position?.start.line ?? null);
        }
        return;
      default:
        break;
    }
    for (const child of unit.children) {
      if (child.type === 'text') push(child.text, child.position?.start.line ?? null);
    }
  });
  return out;
}

/** A 款 that is its article's only one, with no 项 below it, links to the article (第二十七条). */
function linkTarget(unit: Unit, ancestors: Unit[]): { unit: Unit; ancestors: Unit[] } {
  const article = ancestors.at(-1);
  if (unit.type === 'clause' && article?.type === 'article' && article.children.length === 1) {
    if (!unit.children.some((child) => child.type === 'item' || child.type === 'subitem')) {
      return { unit: article, ancestors: ancestors.slice(0, -1) };
    }
  }
  return { unit, ancestors };
}
