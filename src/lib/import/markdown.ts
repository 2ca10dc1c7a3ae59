/**
 * Writing a canonical document as Markdown with YAML frontmatter (docs/corpus-format.md).
 * The body goes through remark-stringify, so Markdown or HTML syntax in source text is escaped
 * and parses back to the same literal text.
 */
import type { Root, RootContent, Table, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';
import type { CanonicalDocument } from './merge.ts';
import type { Block } from './paragraphs.ts';

const processor = unified().use(remarkGfm).use(remarkStringify, { fences: true, bullet: '-', rule: '-' });

/** The frontmatter object, in the documented key order. */
export function frontmatter(doc: CanonicalDocument): Record<string, unknown> {
  return {
    id: doc.id,
    key: doc.key,
    title: doc.title,
    docNumber: doc.docNumber,
    issuers: doc.issuers,
    dates: doc.dates,
    kind: doc.kind,
    genre: doc.genre,
    jurisdiction: doc.jurisdiction,
    role: doc.role,
    parent: doc.parent,
    sources: doc.sources,
    differences: doc.differences,
    corrections: doc.corrections,
    ...(Object.keys(doc.renamedUnits).length > 0 ? { renamedUnits: doc.renamedUnits } : {}),
  };
}

/** The header of a table whose structure could not be recovered (the import reports where). */
export const READING_ORDER = '〔表格结构未能恢复：以下单元格按阅读顺序排列〕';

/** Markdown body of blocks. */
export function bodyMarkdown(blocks: readonly Block[]): string {
  const root: Root = { type: 'root', children: blocks.map(toMdast) };
  return processor.stringify(root);
}

/** The whole file. */
export function documentFile(doc: CanonicalDocument): string {
  const yaml = stringify(frontmatter(doc), { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n\n${bodyMarkdown(doc.body)}`;
}

function toMdast(block: Block): RootContent {
  if (block.type === 'para') return { type: 'paragraph', children: [{ type: 'text', value: block.text }] };
  if (!block.recovered) {
    // Structure lost: one clearly marked column with the cells in reading order.
    const cells = [READING_ORDER, ...block.rows.flat().filter((c) => c !== '')];
    const children: TableRow[] = cells.map((c) => ({ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: c }] }] }));
    return { type: 'table', align: [null], children };
  }
  const width = Math.max(...block.rows.map((r) => r.length));
  const rows: TableRow[] = block.rows.map((r) => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i) => ({ type: 'tableCell', children: r[i] ? [{ type: 'text', value: r[i]! }] : [] })),
  }));
  const table: Table = { type: 'table', align: Array.from({ length: width }, () => null), children: rows };
  return table;
}
