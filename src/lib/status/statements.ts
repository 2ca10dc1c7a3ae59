/**
 * The text of a document as statements a status can rest on: every paragraph with the unit
 * that holds it and the citations the cross-referencer found in it, including what stands
 * outside any unit — the 题注 under the title, the signature and the date line — which is where
 * most dates are written.
 */
import type { PolicyRoot } from '../pst/index.ts';
import { splitSentences } from '../subsidy/sentences.ts';
import type { Citation } from '../xref/index.ts';
import type { Evidence } from './types.ts';

/** One paragraph: the unit that holds it (null outside any unit), its kind and its line. */
export interface Statement {
  unit: string | null;
  /** `dateline` for the date closing a text, `signature`, else `text`. */
  kind: 'text' | 'dateline' | 'signature';
  /** Whether it stands in the document's own body (not in an attachment). */
  body: boolean;
  text: string;
  line: number | null;
  citations: readonly Citation[];
}

interface AnyNode {
  type: string;
  id?: string;
  text?: string;
  citations?: Citation[];
  children?: AnyNode[];
  position?: { start: { line: number } };
}

/**
 * Every statement of a document in document order. Unit titles (第一章 总则) are not
 * statements; a 款's, an outline item's, a paragraph's, a table cell's text is.
 */
export function statementsOf(tree: PolicyRoot): Statement[] {
  const out: Statement[] = [];
  const walk = (node: AnyNode, unit: string | null, body: boolean) => {
    const here = typeof node.id === 'string' ? node.id : unit;
    const inBody = body && node.type !== 'attachment';
    if (typeof node.text === 'string' && node.text.trim() !== '' && node.type !== 'policy') {
      const kind = node.type === 'dateline' || node.type === 'signature' ? node.type : 'text';
      out.push({ unit: here, kind, body: inBody, text: node.text, line: node.position?.start.line ?? null, citations: node.citations ?? [] });
    }
    for (const child of node.children ?? []) walk(child, here, inBody);
  };
  walk(tree as unknown as AnyNode, null, true);
  return out;
}

/** The sentence of `text` around offset `at` (ending punctuation included). */
export function sentenceAt(text: string, at: number): string {
  const sentence = splitSentences(text).find((s) => s.start <= at && at < s.end);
  return sentence?.text ?? text.trim();
}

/** The sentence of a statement around offset `at`, as evidence: the document, unit and line that hold it. */
export function evidenceOf(docId: string, s: Statement, at: number): Evidence {
  return { docId, unit: s.unit, sentence: sentenceAt(s.text, Math.max(0, at)), line: s.line };
}
