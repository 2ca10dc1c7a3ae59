/**
 * The parser: remark (parse, frontmatter, GFM) for Markdown, then one small plugin per step.
 * The same processor serves the loader, the scripts and the tests.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { toPolicyMeta } from './meta.ts';
import { warn } from './messages.ts';
import { pstBlocks } from './plugin-blocks.ts';
import { pstBoxTables } from './plugin-box-tables.ts';
import { pstClassify } from './plugin-classify.ts';
import { pstClosing } from './plugin-closing.ts';
import { pstGfmTable } from './plugin-gfm-table.ts';
import { pstFrontmatter } from './plugin-frontmatter.ts';
import { pstHeadings } from './plugin-headings.ts';
import { pstIds } from './plugin-ids.ts';
import { pstNest } from './plugin-nest.ts';
import { pstNumbering } from './plugin-numbering.ts';
import type { PolicyRoot } from './types.ts';

/** Options for {@link parsePolicy}. */
export interface ParseOptions {
  /** The file's path, used in messages (`content/policies/x.md:12:1: …`) and as a fallback id. */
  path?: string;
}

/** What {@link parsePolicy} returns: the tree and every message about the file. */
export interface ParseResult {
  tree: PolicyRoot;
  messages: VFileMessage[];
  /** The file, for later passes over the tree that report at places in it (xref). */
  file: VFile;
}

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(pstGfmTable)
  .use(pstFrontmatter)
  .use(pstBlocks)
  .use(pstBoxTables)
  .use(pstClassify)
  .use(pstClosing)
  .use(pstNest)
  .use(pstHeadings)
  .use(pstIds)
  .use(pstNumbering)
  .freeze();

/**
 * Parses one corpus file (`content/policies/<id>.md`, docs/corpus-format.md) into a policy
 * syntax tree. Never throws on bad input: problems are warnings in `messages` (in file order),
 * and the tree is the best reading of the file.
 *
 * @example
 *   const { tree, messages } = parsePolicy(markdown, { path: 'content/policies/zyjyf-2022.md' });
 */
export function parsePolicy(markdown: string, options: ParseOptions = {}): ParseResult {
  const file = new VFile({ value: markdown, ...(options.path ? { path: options.path } : {}) });
  let tree: PolicyRoot;
  try {
    tree = processor.runSync(processor.parse(file), file);
  } catch (error) {
    // A bug in a plugin must not take the build down with it: report it and return the meta.
    warn(file, `Cannot parse structure: ${error instanceof Error ? error.message : String(error)}`, undefined, 'internal-error');
    tree = { type: 'policy', meta: file.data.pstMeta ?? toPolicyMeta({}, file.stem ?? '', () => {}), mode: 'outline', children: [] };
  }
  return { tree, messages: [...file.messages].sort(byPlace), file };
}

/** Messages in file order (plugins report in pipeline order); stable for equal places. */
function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
