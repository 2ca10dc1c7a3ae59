/**
 * Plugin: a table whose header row is one `专栏N …` cell (the rest empty) is a 专栏 drawn as a
 * table, the way recovered PDF layouts come out. It becomes a `box` holding the table without
 * that row; nesting then keeps the box open over the paragraphs that follow it, as for a
 * 专栏 paragraph.
 */
import type { Transformer } from 'unified';
import { matchMarker } from './patterns.ts';
import type { Box, PolicyRoot, RootContent, Table } from './types.ts';

/** Turns 专栏-headed tables into boxes. */
export function pstBoxTables(): Transformer<PolicyRoot> {
  return (tree) => {
    tree.children = tree.children.map((node): RootContent => (node.type === 'table' ? (asBox(node) ?? node) : node));
  };
}

function asBox(table: Table): Box | null {
  const [header, ...rows] = table.children;
  const [first, ...others] = header?.children ?? [];
  if (!header || !first || others.some((cell) => cell.text.trim() !== '')) return null;
  const marker = matchMarker(first.text);
  if (marker?.kind !== 'box') return null;
  const box: Box = {
    type: 'box',
    id: '',
    number: marker.number ?? 0,
    label: first.text.slice(marker.labelStart, marker.labelEnd),
    title: marker.rest.trim(),
    children: [],
  };
  if (table.position) box.position = table.position;
  if (rows.length > 0) {
    const rest: Table = { ...table, children: rows };
    const start = rows[0]?.position?.start;
    if (table.position && start) rest.position = { start, end: table.position.end };
    box.children.push(rest);
  }
  return box;
}
