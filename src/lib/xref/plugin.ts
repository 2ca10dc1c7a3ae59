/**
 * Plugin: cross-references as a unified pass over a parsed policy tree. Every citation in the
 * text is resolved against the library and kept on its node (`citations`); a citation that does
 * not resolve (a unit the document lacks, 前款 in a first 款) is a vfile warning at its true
 * `file:line:column` — mapped through the parser's offsets, so Markdown escapes and rejoined
 * lines do not shift it. What the corpus-wide pass needs (the occurrences) goes to `file.data`.
 *
 * @example
 *   unified().use(xrefCitations, { library }).runSync(doc.tree, doc.file)
 */
import type { Transformer } from 'unified';
import { textPosition, type PolicyRoot } from '../pst/index.ts';
import type { Library } from './library.ts';
import { annotateCitations, type CitationWarning, type Occurrence } from './resolve.ts';

declare module 'vfile' {
  interface DataMap {
    /** The citations the xref pass found in the file, with the unit each stands in. */
    xref: { occurrences: Occurrence[]; warnings: CitationWarning[] };
  }
}

/** Options of {@link xrefCitations}. */
export interface XrefOptions {
  library: Library;
}

/** Resolves and records the citations of one document; warns where one does not resolve. */
export function xrefCitations(options: XrefOptions): Transformer<PolicyRoot> {
  return (tree, file) => {
    const result = annotateCitations(tree, options.library, (node, start, end) => textPosition(file, node as never, start, end)?.start);
    for (const w of result.warnings) {
      file.message(`${w.reason} (${w.raw})`, { place: { line: w.line, column: w.column }, ruleId: 'unresolved-citation', source: 'xref' });
    }
    file.data.xref = result;
  };
}
