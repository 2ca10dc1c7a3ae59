/**
 * Plugin: mdast → a flat PST of `text` paragraphs and `table`s, one per Markdown block, with
 * the Markdown escapes undone and an offset map kept for every text.
 *
 * The corpus writes source text through remark-stringify, so a well-formed file is paragraphs
 * and GFM tables only. Any other Markdown (a list, a heading, raw HTML, emphasis) means the
 * source was not escaped: it is kept as the literal text of the file, with a warning.
 */
import type { Root as MdastRoot, PhrasingContent, RootContent as MdastContent, TableRow as MdastRow } from 'mdast';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { warn } from './messages.ts';
import { alignSource, joinSourceTexts, positionOf, rawSource, setSourceText, type SourceText } from './offsets.ts';
import { metaOf } from './plugin-frontmatter.ts';
import type { PolicyRoot, Table, TableCell, TableRow, Text } from './types.ts';

/** Turns the mdast tree into a flat `policy` root (mode and nesting come later). */
export function pstBlocks(): Transformer<MdastRoot, PolicyRoot> {
  return (tree, file) => {
    const root: PolicyRoot = { type: 'policy', meta: metaOf(file), mode: 'outline', children: [] };
    if (tree.position) root.position = tree.position;
    for (const block of tree.children) root.children.push(...convert(block, file));
    return root;
  };
}

function convert(block: MdastContent, file: VFile): Array<Text | Table> {
  switch (block.type) {
    case 'yaml':
      return [];
    case 'paragraph':
      return [text(inline(block.children, file), file)];
    case 'table': {
      const table: Table = { type: 'table', id: '', number: 0, align: block.align ?? [], children: block.children.map((row) => tableRow(row, file)) };
      if (block.position) table.position = block.position;
      return [table];
    }
    case 'list':
      // `1. …` would be a list only if the importer forgot to escape it; keep each item as written.
      unexpected(block, file);
      return block.children.flatMap((item) => (item.position ? [raw(item, file)] : []));
    default:
      unexpected(block, file);
      return block.position ? [raw(block, file)] : [];
  }
}

function tableRow(row: MdastRow, file: VFile): TableRow {
  const node: TableRow = {
    type: 'tableRow',
    children: row.children.map((cell): TableCell => {
      // A cell's mdast position includes its pipe and padding; the text's own is more useful.
      const source = inline(cell.children, file);
      const out: TableCell = { type: 'tableCell', text: source.text };
      if (source.text !== '') out.position = positionOf(file, source);
      else if (cell.position) out.position = cell.position;
      return out;
    }),
  };
  if (row.position) node.position = row.position;
  return node;
}

function text(source: SourceText, file: VFile): Text {
  const node: Text = { type: 'text', text: source.text, position: positionOf(file, source) };
  setSourceText(node, source);
  return node;
}

/** A block kept as its literal bytes in the file. */
function raw(block: { position?: MdastContent['position'] }, file: VFile): Text {
  const start = block.position?.start.offset ?? 0;
  const end = block.position?.end.offset ?? start;
  return text(rawSource(String(file.value), start, end), file);
}

/** The text of inline content: text nodes un-escaped, anything else as written in the file. */
function inline(children: readonly PhrasingContent[], file: VFile): SourceText {
  const value = String(file.value);
  const parts = children.flatMap((child): SourceText[] => {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) return [];
    if (child.type === 'text') return [alignSource(child.value, value.slice(start, end), start)];
    unexpected(child, file);
    return [rawSource(value, start, end)];
  });
  return parts.length > 0 ? joinSourceTexts(parts) : { text: '', offsets: [0] };
}

function unexpected(node: MdastContent | PhrasingContent, file: VFile): void {
  warn(
    file,
    `Unexpected Markdown ${node.type}, expected plain text (the corpus escapes Markdown syntax); kept as written`,
    node.position,
    'unexpected-markdown',
  );
}
