/**
 * Plugin: GFM tables, and nothing else of GFM. The corpus has tables (rebuilt from flattened
 * ones), but URLs in the text must stay text: remark-gfm's autolink literals would turn
 * `http://…` into link nodes without source positions, and their text would be lost.
 */
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

/** Adds the GFM table syntax to remark-parse. */
export function pstGfmTable(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
