/**
 * The accounting invariant: every non-blank source line ends up in exactly one place — a
 * document's header or body, or a noise record — and every non-blank character too (spaces are
 * layout, not text, so removing justification spaces keeps it).
 */
import type { SourceDocument } from './document.ts';
import { inkCount } from './lines.ts';
import type { ClassifiedLine, NoiseKind, NoiseRecord } from './noise.ts';
import type { Block } from './paragraphs.ts';

/** Where a non-blank source line went. */
export type LineAccount = { line: number; doc: number; part: 'header' | 'body' } | { line: number; noise: NoiseKind };

/** Each non-blank line's destination, and the lines that have none (must be empty). */
export function accountLines(
  classified: readonly ClassifiedLine[],
  documents: readonly SourceDocument[],
  noise: readonly NoiseRecord[],
): { accounts: LineAccount[]; unaccounted: number[] } {
  const where = new Map<number, LineAccount>();
  for (const n of noise) where.set(n.line, { line: n.line, noise: n.kind });
  for (const d of documents) {
    for (const b of d.header) for (const no of b.lines) where.set(no, { line: no, doc: d.index, part: 'header' });
    for (const b of d.body) for (const no of b.lines) where.set(no, { line: no, doc: d.index, part: 'body' });
  }
  const accounts: LineAccount[] = [];
  const unaccounted: number[] = [];
  for (const c of classified) {
    if (c.kind === 'blank' || (c.kind === 'text' && c.text === '' && c.inline.length === 0 && !where.has(c.no))) continue;
    const a = where.get(c.no);
    if (a) accounts.push(a);
    else unaccounted.push(c.no);
  }
  return { accounts, unaccounted };
}

/** Non-blank characters of a block. */
export function blockInk(b: Block): number {
  return b.type === 'para' ? inkCount(b.text) : b.rows.flat().reduce((k, c) => k + inkCount(c), 0);
}

/** Non-blank characters in the source, in its documents and in its noise. */
export function inkAccount(
  text: string,
  documents: readonly SourceDocument[],
  noise: readonly NoiseRecord[],
): { source: number; documents: number; noise: number } {
  const docs = documents.reduce((n, d) => n + [...d.header, ...d.body].reduce((m, b) => m + blockInk(b), 0), 0);
  return { source: inkCount(text), documents: docs, noise: noise.reduce((n, r) => n + inkCount(r.text), 0) };
}
