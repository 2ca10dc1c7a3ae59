/**
 * The citable units of a document, flattened in document order: what the document page, the
 * per-article pages, the search index, the quick-jump box and the citation resolver all need
 * to know about a unit — its id, label, Chinese citation, plain text and the top-level unit
 * (article or top-level outline item) whose page it lives on.
 */
import { plainText, unitLabel, visitUnits, type PolicyParent, type PolicyRoot, type Unit } from '../pst/index.ts';
import { toChineseNumeral } from '../text/index.ts';

/** One addressable unit of a document. */
export interface UnitEntry {
  /** The unit's id in the document (`art-36-p2-i3`, `s2-3`, `att-1-s2`). */
  id: string;
  type: Unit['type'];
  /** Its own label: 第三十六条, 第二款, 第（三）项, 二、, （三）, 专栏2, 附件1. */
  label: string;
  /** Short heading where the unit has one: 总则 of 第一章, 指导思想 of （一）指导思想。, a box's title. */
  heading: string | null;
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
  const out: UnitEntry[] = [];
  visitUnits(tree, (unit, ancestors) => {
    const units = ancestors.filter((a): a is Unit & PolicyParent => 'id' in a);
    // The outermost unit of the chain that has a page of its own.
    const page = [...units, unit].find((u) => {
      const at = ancestors.indexOf(u as PolicyParent);
      return isPageUnit(u, at === -1 ? ancestors : ancestors.slice(0, at));
    });
    out.push({
      id: unit.id,
      type: unit.type,
      label: unitLabel(unit),
      heading: headingOf(unit),
      citation: citationPath(unit, units),
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

/**
 * The citation of a unit inside its document, as officials write it:
 * - articles: 第三十六条第二款第三项第1目, with 第一款 left out when the article has a single 款;
 * - outlines: 二（三）1.（2）;
 * - in an attachment: 附件1 before the rest; a box on its own, numbered through the document:
 *   专栏2, 专栏2第1项.
 * Chapters, sections and parts cite as 第一章 etc.; a table as 表1.
 */
function citationPath(unit: Unit, ancestors: readonly Unit[]): string {
  // A 专栏 is numbered through the whole document: cite it on its own (专栏2第1项).
  const boxAt = ancestors.findIndex((a) => a.type === 'box');
  const chain = boxAt === -1 ? [...ancestors, unit] : [...ancestors.slice(boxAt), unit];
  const inBox = chain[0]?.type === 'box';
  let out = '';
  for (let i = 0; i < chain.length; i++) {
    const u = chain[i]!;
    const last = i === chain.length - 1;
    switch (u.type) {
      case 'attachment':
        out += `附件${u.number}`;
        break;
      case 'part':
      case 'chapter':
      case 'section':
        // Articles are numbered through the whole law: 第三十六条, not 第三章第三十六条.
        if (last) out += unitLabel(u);
        break;
      case 'article':
        out += unitLabel(u);
        break;
      case 'clause': {
        // 第一款 is left out when the article has only one 款.
        const article = chain[i - 1];
        const single = article?.type === 'article' && article.children.length === 1;
        if (!single) out += `第${cn(u.number)}款`;
        break;
      }
      case 'item':
        out += `第${cn(u.number)}项`;
        break;
      case 'subitem':
        out += `第${u.number}目`;
        break;
      case 'outline':
        if (inBox && u.level === 3) out += `第${u.number}项`;
        else out += u.level === 1 ? cn(u.number) : u.level === 2 ? `（${cn(u.number)}）` : u.level === 3 ? `${u.number}.` : `（${u.number}）`;
        break;
      case 'box':
        out += unitLabel(u);
        break;
      case 'table':
        out += unitLabel(u);
        break;
    }
  }
  return out;
}

function cn(n: number): string {
  return toChineseNumeral(n) ?? String(n);
}
