/**
 * Plugin: the YAML frontmatter of the mdast tree → `file.data.pstMeta` (typed). Problems point
 * at the key they concern.
 */
import type { Root as MdastRoot } from 'mdast';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { toPolicyMeta } from './meta.ts';
import { warn } from './messages.ts';
import { pointAt } from './offsets.ts';
import { readSimpleYaml } from './simple-yaml.ts';
import type { PolicyMeta } from './types.ts';

declare module 'vfile' {
  interface DataMap {
    /** The typed frontmatter, set by {@link pstFrontmatter}. */
    pstMeta: PolicyMeta;
  }
}

/** Reads the frontmatter into `file.data.pstMeta`; a missing block is a warning, not an error. */
export function pstFrontmatter(): Transformer<MdastRoot> {
  return (tree, file) => {
    const fallbackId = (file.stem ?? '').toLowerCase();
    const node = tree.children.find((child) => child.type === 'yaml');
    const start = node?.position?.start.offset;
    if (!node || start === undefined || !('value' in node) || typeof node.value !== 'string') {
      warn(file, 'Missing frontmatter, expected a YAML block between `---` lines', pointAt(file, 0), 'frontmatter');
      file.data.pstMeta = toPolicyMeta({}, fallbackId, () => {});
      return;
    }

    // Most frontmatter is the importer's plain `yaml.stringify` output: read that quickly, and
    // take the full YAML parser (with its errors and key ranges) for anything else or when a
    // field has a problem to report.
    const simple = readSimpleYaml(node.value);
    if (simple !== undefined) {
      let clean = true;
      const meta = toPolicyMeta(simple, fallbackId, () => {
        clean = false;
      });
      if (clean) {
        file.data.pstMeta = meta;
        return;
      }
    }

    // The YAML text starts on the line after the opening `---`.
    const base = String(file.value).indexOf('\n', start) + 1;
    const at = (offset: number | undefined) => pointAt(file, base + (offset ?? 0));
    const doc = parseDocument(node.value);
    for (const error of doc.errors) {
      // yaml's message ends with its own YAML-relative line and column: ours are file-relative.
      const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      warn(file, `Invalid YAML in frontmatter: ${reason}`, at(error.pos[0]), 'frontmatter');
    }
    const keyRange = (key: string): number | undefined => {
      if (!isMap(doc.contents)) return undefined;
      const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
      const target = (pair?.value ?? pair?.key) as YamlNode | null | undefined;
      return target?.range?.[0];
    };
    file.data.pstMeta = toPolicyMeta(data(doc), fallbackId, (reason, key) =>
      warn(file, reason, key === undefined ? node.position?.start : at(keyRange(key)), 'frontmatter'),
    );
  };
}

/** What a YAML document holds, as far as it could be read. */
function data(doc: ReturnType<typeof parseDocument>): unknown {
  try {
    return doc.toJS();
  } catch {
    return {};
  }
}

/** The frontmatter parsed earlier in the pipeline, or typed empties for a file without one. */
export function metaOf(file: VFile): PolicyMeta {
  return file.data.pstMeta ?? toPolicyMeta({}, (file.stem ?? '').toLowerCase(), () => {});
}
