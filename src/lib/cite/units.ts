/**
 * The citable units of a document, flattened in document order: what the document page, the
 * per-article pages, the search index, the quick-jump box and the citation resolver all need
 * to know about a unit — its id, label, Chinese citation, plain text and the top-level unit
 * (article or top-level outline item) whose page it lives on.
 */
import { plainText, unitLabel, visitUnits, type PolicyParent, type PolicyRoot, type Unit } from '../pst/index.ts';
import { formatUnitPath, unitPathOf, type UnitPath } from '../address/index.ts';

/** One addressable unit of a document. */
export interface UnitEntry {
  /** The unit's id in the document (`art-36-p2-i3`, `s2-3`, `att-1-s2`). */
  id: string;
  type: Unit['type'];
  /** Its own label: 第三十六条, 第二款, 第（三）项, 二、, （三）, 专栏2, 附件1. */
  label: string;
  /** Short heading where the unit has one: 总则 of 第一章, 指导思想 of （一）指导思想。, a box's title. */
  heading: string | null;
  /** The unit's address (src/lib/address): what every citation form writes. */
  path: UnitPath;
  /** The citation after the document title: 第三十六条第二款第三项, 二（三）, 附件1二. */
  citation: string;
  /** The unit's text, one paragraph per line (its label included). */
  text: string;
  /** Id of the enclosing unit, or null at the top. */
  parent: string | null;
  /** Id of the top-level unit whose own page (/docs/<doc>/<top>/) shows this unit, or null. */
  page: string | null;
  /** Nesting depth among units, 0 at the top. */
  depth: number;
}

const listed = new WeakMap<PolicyRoot, UnitEntry[]>();

/** Units that get a page of their own: articles, and top-level outline items. */
export function isPageUnit(unit: Unit, ancestors: readonly PolicyParent[]): boolean {
  if (unit.type === 'article') return true;
  if (unit.type !== 'outline') return false;
  // A top-level outline item: no outline above it (chapters, attachments and boxes may be).
  return !ancestors.some((a) => a.type === 'outline' || a.type === 'box');
}

/**
 * The units of a parsed document.
 *
 * @example
 *   const units = listUnits(tree);
 *   units.find((u) => u.id === 'art-36-p2-i3')?.citation // '第三十六条第二款第三项'
 */
export function listUnits(tree: PolicyRoot): UnitEntry[] {
  // Pages, data files, search records, subsidies and the jump index all list the same trees.
  const known = listed.get(tree);
  if (known) return known;
  const out: UnitEntry[] = [];
  listed.set(tree, out);
  visitUnits(tree, (unit, ancestors) => {
    const units = ancestors.filter((a): a is Unit & PolicyParent => 'id' in a);
    // The outermost unit of the chain that has a page of its own.
    const page = [...units, unit].find((u) => {
      const at = ancestors.indexOf(u as PolicyParent);
      return isPageUnit(u, at === -1 ? ancestors : ancestors.slice(0, at));
    });
    const path = unitPathOf(unit, ancestors);
    out.push({
      id: unit.id,
      type: unit.type,
      label: unitLabel(unit),
      heading: headingOf(unit),
      path,
      citation: formatUnitPath(path),
      text: plainText(unit),
      parent: units.at(-1)?.id ?? null,
      page: page?.id ?? null,
      depth: units.length,
    });
  });
  return out;
}

function headingOf(unit: Unit): string | null {
  switch (unit.type) {
    case 'part':
    case 'chapter':
    case 'section':
    case 'box':
    case 'attachment':
      return unit.title || null;
    case 'article':
    case 'outline':
      return unit.heading;
    default:
      return null;
  }
}
