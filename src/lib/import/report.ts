/**
 * The import report of one source: every non-blank line accounted for (which document, or
 * which kind of noise), the noise removed with reasons, corrections used, messages. Written as
 * `content/reports/<stem>.json` beside the corpus and read by `npm run corpus`.
 */
import type { CanonicalDocument } from './merge.ts';
import type { SourceMessage } from './messages.ts';
import type { NoiseRecord } from './noise.ts';
import type { ImportedSource, LineAccount } from './source.ts';
import type { CorrectionSet } from './corrections.ts';
import type { Decision } from './paragraphs.ts';
import type { SpacingKind } from './spacing.ts';

/** A run of consecutive accounted lines with the same destination. */
export type AccountRange = { from: number; to: number; doc: string; part: 'header' | 'body' } | { from: number; to: number; noise: string };

/** The report of one source. */
export interface SourceReport {
  file: string;
  sha256: string;
  encoding: string;
  lines: number;
  nonBlankLines: number;
  documents: Array<{
    id: string;
    title: string;
    startLine: number;
    endLine: number;
    role: string;
    /** Why the importer starts a document here and what confirmed it (文号, addressee, body text…). */
    start: { reason: string; evidence: string | null };
    /** Whether this copy gave the canonical text, or is a duplicate of it. */
    canonical: boolean;
  }>;
  noise: { total: number; byKind: Record<string, number>; records: NoiseRecord[] };
  corrections: { total: number; used: Array<{ line: number; reason: string }>; unused: Array<{ line: number; reason: string }> };
  accounts: AccountRange[];
  unaccounted: number[];
  /**
   * Paragraph join and break decisions that are not obvious (a sentence ending at the margin, a
   * heading, a numbered item, the other copy's paragraphing), counted by kind, each with its
   * evidence.
   */
  paragraphs: { byKind: Record<string, number>; decisions: Decision[] };
  /** PDF justification spaces removed, per document whose canonical text comes from this source. */
  spacing: Array<{ id: string; removed: Partial<Record<SpacingKind, number>> }>;
  ink: ImportedSource['ink'];
  messages: SourceMessage[];
}

/** Build a source's report; `docIds` maps the source's document index to its canonical id. */
export function sourceReport(
  src: ImportedSource,
  sha256: string,
  docIds: readonly string[],
  canonical: ReadonlyMap<string, CanonicalDocument>,
  corrections: CorrectionSet,
  copyDecisions: readonly Decision[] = [],
  spacing: SourceReport['spacing'] = [],
): SourceReport {
  const decisions = [...src.decisions, ...copyDecisions].sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind));
  const decisionKinds: Record<string, number> = {};
  for (const d of decisions) decisionKinds[d.kind] = (decisionKinds[d.kind] ?? 0) + 1;
  const byKind: Record<string, number> = {};
  for (const n of src.noise) byKind[n.kind] = (byKind[n.kind] ?? 0) + 1;
  return {
    file: src.file,
    sha256,
    encoding: src.encoding,
    lines: src.lineCount,
    nonBlankLines: src.accounts.length + src.unaccounted.length,
    documents: src.documents.map((d, i) => {
      const id = docIds[i]!;
      const c = canonical.get(id);
      const first = c?.copies[0];
      const isBase = first?.file === src.file && first.startLine === d.startLine;
      return {
        id,
        title: d.title,
        startLine: d.startLine,
        endLine: d.endLine,
        role: d.role,
        start: { reason: d.startReason, evidence: d.startEvidence },
        canonical: isBase,
      };
    }),
    noise: { total: src.noise.length, byKind: sortKeys(byKind), records: [...src.noise].sort((a, b) => a.line - b.line) },
    corrections: {
      total: corrections.entries.length,
      used: corrections.entries.filter((e) => corrections.used.has(e)).map((e) => ({ line: e.line, reason: e.reason })),
      unused: corrections.entries.filter((e) => !corrections.used.has(e)).map((e) => ({ line: e.line, reason: e.reason })),
    },
    accounts: ranges(src.accounts, docIds),
    unaccounted: src.unaccounted,
    paragraphs: { byKind: sortKeys(decisionKinds), decisions },
    spacing,
    ink: src.ink,
    messages: src.messages,
  };
}

function ranges(accounts: readonly LineAccount[], docIds: readonly string[]): AccountRange[] {
  const sorted = [...accounts].sort((a, b) => a.line - b.line);
  const out: AccountRange[] = [];
  for (const a of sorted) {
    const last = out.at(-1);
    if ('noise' in a) {
      if (last && 'noise' in last && last.noise === a.noise && last.to < a.line) last.to = a.line;
      else out.push({ from: a.line, to: a.line, noise: a.noise });
    } else {
      const id = docIds[a.doc]!;
      if (last && 'doc' in last && last.doc === id && last.part === a.part) last.to = a.line;
      else out.push({ from: a.line, to: a.line, doc: id, part: a.part });
    }
  }
  return out;
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
