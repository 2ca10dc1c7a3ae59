import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { parsePolicy, type PolicyRoot } from '../pst/index.ts';

/** One parsed policy document of the corpus. */
export interface PolicyDocument {
  /** The document id: the file name without `.md` (`rsbf-2021-86`). */
  id: string;
  /** The file it was read from, relative to the working directory when possible. */
  path: string;
  /** The structure tree; `tree.meta` is the frontmatter. */
  tree: PolicyRoot;
  /** What the parser reported about the file. */
  messages: VFileMessage[];
  /** The parsed file: later passes (cross-references) report at places in it. */
  file?: VFile;
}

/** Options for {@link loadCorpus}. */
export interface LoadOptions {
  /** Where warnings go, one line each; `console.warn` by default. */
  warn?: (line: string) => void;
}

/** The corpus directory: `$POLICY_DIR`, else `content/policies`. */
export function defaultPolicyDir(): string {
  return process.env.POLICY_DIR ?? 'content/policies';
}

/**
 * Reads and parses every `<id>.md` in `dir` and returns the documents sorted by id.
 *
 * Parser messages are printed as `file:line:column: reason` so a reader of the build log can
 * jump to the place; they do not stop the load. A missing directory does, since a site without
 * its corpus is a configuration mistake, not a document problem.
 */
export async function loadCorpus(dir: string = defaultPolicyDir(), options: LoadOptions = {}): Promise<PolicyDocument[]> {
  const warn = options.warn ?? ((line: string) => console.warn(line));
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new Error(`Cannot read the policy corpus at ${dir} (set POLICY_DIR to choose another)`, {
      cause: error,
    });
  }

  const ids = names
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
  return Promise.all(
    ids.map(async (id): Promise<PolicyDocument> => {
      const source = path.join(dir, `${id}.md`);
      const file = displayPath(source);
      const { tree, messages, file: vfile } = parsePolicy(await readFile(source, 'utf8'), { path: file });
      for (const message of messages) warn(formatMessage(message, file));
      if (tree.meta.id !== id) warn(`${file}:1:1: Unexpected id \`${tree.meta.id}\`, expected \`${id}\` (the file name)`);
      return { id, path: file, tree, messages, file: vfile };
    }),
  );
}

/**
 * Formats a message as `file:line:column: reason`, the form editors and terminals link.
 *
 * @example
 *   formatMessage(message, 'content/policies/a.md') // 'content/policies/a.md:45:1: Unexpected …'
 */
export function formatMessage(message: VFileMessage, file: string): string {
  return `${message.file || file}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`;
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
