/** Reading a finished tree: its units in document order, and the plain text of any node. */
import type { PolicyNode, PolicyParent, Unit } from './types.ts';

/** Called for each unit with its ancestors (root first); return `false` to skip its children. */
export type UnitVisitor = (unit: Unit, ancestors: readonly PolicyParent[]) => void | false;

/**
 * Visits every addressable unit (part, chapter, section, article, clause, item, subitem,
 * outline, table, box, attachment) depth-first in document order.
 *
 * @example
 *   const ids: string[] = [];
 *   visitUnits(tree, (unit) => { ids.push(unit.id); });
 */
export function visitUnits(tree: PolicyParent, visitor: UnitVisitor): void {
  const walk = (parent: PolicyParent, ancestors: PolicyParent[]) => {
    const path = [...ancestors, parent];
    for (const child of parent.children) {
      if ('id' in child && visitor(child, path) === false) continue;
      if ('children' in child) walk(child, path);
    }
  };
  walk(tree, []);
}

/**
 * The text of a node, one source paragraph per line. A labelled unit reads as its label and
 * text (`（一）指导思想。…`); a heading label and its title are joined with U+3000 as in
 * official typesetting (`第一章　总则`, `第三十六条　职业学校…`); table cells are joined with tabs.
 */
export function plainText(node: PolicyNode): string {
  switch (node.type) {
    case 'text':
    case 'tableCell':
    case 'signature':
    case 'dateline':
      return node.text;
    case 'tableRow':
      return node.children.map(plainText).join('\t');
    case 'table':
    case 'policy':
      return lines(node.children.map(plainText));
    case 'clause':
      return lines([node.text, ...node.children.map(plainText)]);
    case 'item':
    case 'subitem':
    case 'outline':
      return lines([node.label + node.text, ...node.children.map(plainText)]);
    case 'article': {
      const head = node.label + (node.heading === null ? '' : `【${node.heading}】`);
      const body = lines(node.children.map(plainText));
      return body === '' ? head : `${head}\u3000${body}`;
    }
    case 'part':
    case 'chapter':
    case 'section':
    case 'box':
    case 'attachment':
      return lines([node.title === '' ? node.label : `${node.label}\u3000${node.title}`, ...node.children.map(plainText)]);
  }
}

function lines(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join('\n');
}
