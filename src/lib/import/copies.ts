/**
 * Cross-copy paragraph evidence: where a document's canonical text comes from a hard-wrapped
 * (PDF) copy and another copy holds one paragraph per line (a web copy), the web copy's
 * paragraphing wins at every source line end of the canonical text where the two disagree.
 *
 * The two texts are aligned by the 12 characters on either side of a line end (white space
 * ignored); a place the other copy does not hold exactly once is left as the layout decided.
 * A break before a structure marker (第X条, 一、, （一）…) or a table is never joined.
 */
import { matchMarker } from '../pst/patterns.ts';
import { learnLayout } from './layout.ts';
import type { CanonicalDocument } from './merge.ts';
import { appendLine, paragraphLines, paragraphOf, squashedText, type Block, type Decision, type Paragraph } from './paragraphs.ts';

const CONTEXT = 12;

/** The lines of a body, each with the text it contributes. */
function linesOf(body: readonly Block[]): string[] {
  return body.flatMap((b) => (b.type === 'para' ? paragraphLines(b).map((l) => l.text) : []));
}

/** Whether a copy's text is hard-wrapped. */
export function isWrapped(body: readonly Block[]): boolean {
  return learnLayout(linesOf(body)).wrapped;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The web copy whose paragraphing counts as evidence for `d`, if any. */
export function paragraphCopy(d: CanonicalDocument): CanonicalDocument['copies'][number] | undefined {
  if (!isWrapped(d.body)) return undefined;
  return d.copies.slice(1).find((c) => c.body.filter((b) => b.type === 'para').length > 3 && !isWrapped(c.body));
}

/**
 * Re-paragraph `d.body` by its web copy. Returns the decisions taken (each a disagreement with
 * the layout), in source order.
 */
export function applyCopyParagraphs(d: CanonicalDocument): Decision[] {
  const web = paragraphCopy(d);
  if (!web) return [];
  let theirs = '';
  const theirBreaks = new Set<number>();
  for (const b of web.body) {
    theirs += squashedText(b);
    theirBreaks.add(theirs.length);
  }
  // The canonical text, squashed, for the context of each line end.
  const mine = d.body.map(squashedText).join('');
  /** Does the web copy break at squashed offset `o` of the canonical text? null: not aligned. */
  const webBreaks = (o: number): boolean | null => {
    if (o < CONTEXT || o + CONTEXT > mine.length) return null;
    const probe = mine.slice(o - CONTEXT, o + CONTEXT);
    const p = theirs.indexOf(probe);
    if (p === -1 || theirs.indexOf(probe, p + 1) !== -1) return null;
    return theirBreaks.has(p + CONTEXT);
  };
  const evidence = (o: number, breaks: boolean) =>
    `${web.file}:${web.startLine} ${breaks ? 'starts a paragraph' : 'runs on'} at 「${mine.slice(Math.max(0, o - 6), o)}|${mine.slice(o, o + 6)}」`;

  const decisions: Decision[] = [];
  const out: Block[] = [];
  let at = 0;
  for (const b of d.body) {
    if (b.type !== 'para') {
      out.push(b);
      at += squashedText(b).length;
      continue;
    }
    // Break inside the paragraph where the web copy breaks.
    let current: Paragraph | null = null;
    paragraphLines(b).forEach((s, k) => {
      const text = s.text;
      const line = { no: s.line, text, column: s.column, inline: b.inline.filter((r) => r.line === s.line) };
      if (current === null) {
        // The paragraph's first line: join it to the paragraph before if the web copy runs on.
        const prev = out.at(-1);
        const run = k === 0 && prev?.type === 'para' && webBreaks(at) === false && !matchMarker(text) && canJoin(prev.text);
        if (run) {
          decisions.push({ line: prev.lines.at(-1)!, next: s.line, kind: 'join-copy', evidence: evidence(at, false) });
          appendLine(prev, line);
          current = prev;
        } else {
          current = paragraphOf({ ...line, pageStart: k === 0 && b.pageStart });
          out.push(current);
        }
      } else if (webBreaks(at) === true) {
        decisions.push({ line: current.lines.at(-1)!, next: s.line, kind: 'break-copy', evidence: evidence(at, true) });
        current = paragraphOf({ ...line, pageStart: false });
        out.push(current);
      } else {
        appendLine(current, line);
      }
      at += squash(text).length;
    });
  }
  d.body.splice(0, d.body.length, ...out);
  return decisions;
}

/** A paragraph that may run on into the next line: not a date, 文号 or signature line. */
export function canJoin(text: string): boolean {
  return !/(?:\d{1,2}\s*日|号)$/.test(text) && !/^(?:[\u4e00-\u9fa5]{2,20}(?:部|委|局|厅|院|会|办公室|总工会))$/.test(text);
}
