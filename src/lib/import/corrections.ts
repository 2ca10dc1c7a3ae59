/**
 * Corrections: facts the source text lacks and boundary decisions the importer cannot infer,
 * kept beside the untouched source as `content/sources/<stem>.corrections.yaml`. Each entry
 * names a source line, what to do there, and why. The import report counts every entry used,
 * and an entry that matched nothing is a warning, so stale corrections do not pile up.
 */
import { parse } from 'yaml';
import type { DocumentFacts, SourceDocument } from './document.ts';
import type { NoiseKind } from './noise.ts';
import type { SourceMessage } from './messages.ts';

/** One correction. Exactly one of set / start / notStart / breakAfter / joinAfter / noise. */
export interface Correction {
  line: number;
  reason: string;
  /** Facts for the document that starts at `line`. */
  set?: DocumentFacts;
  /** A document starts at `line` (with this title when the text has none). */
  start?: { title?: string; issuers?: string[] };
  /** No document starts at `line`, although it looks like a title. */
  notStart?: boolean;
  /** The paragraph ends after `line`. */
  breakAfter?: boolean;
  /** `line` continues into the next line. */
  joinAfter?: boolean;
  /** `line` is noise of this kind. */
  noise?: NoiseKind | 'other';
}

/** Corrections of one source, with bookkeeping of which were used. */
export interface CorrectionSet {
  file: string;
  entries: Correction[];
  used: Set<Correction>;
}

const ACTIONS = ['set', 'start', 'notStart', 'breakAfter', 'joinAfter', 'noise'] as const;

/** Parse a corrections file; malformed entries become messages, not exceptions. */
export function parseCorrections(text: string, file: string, source: string): { set: CorrectionSet; messages: SourceMessage[] } {
  const messages: SourceMessage[] = [];
  const entries: Correction[] = [];
  let data: unknown;
  try {
    data = parse(text) ?? [];
  } catch (error) {
    const e = error as { message: string; linePos?: Array<{ line: number; col: number }> };
    messages.push({
      file,
      line: e.linePos?.[0]?.line ?? 1,
      column: e.linePos?.[0]?.col ?? 1,
      reason: `corrections file is not valid YAML: ${e.message.split('\n')[0]}`,
      ruleId: 'corrections-yaml',
      severity: 'error',
    });
    return { set: { file: source, entries, used: new Set() }, messages };
  }
  if (!Array.isArray(data)) {
    messages.push({ file, line: 1, column: 1, reason: 'corrections file must be a YAML list of entries', ruleId: 'corrections-shape', severity: 'error' });
    return { set: { file: source, entries, used: new Set() }, messages };
  }
  data.forEach((raw, i) => {
    const e = raw as Partial<Correction> & Record<string, unknown>;
    const where = `entry ${i + 1}`;
    const bad = (reason: string) =>
      messages.push({ file, line: 1, column: 1, reason: `${where}: ${reason}`, ruleId: 'corrections-entry', severity: 'warning' });
    if (typeof e.line !== 'number' || e.line < 1) return bad('needs a positive `line`');
    if (typeof e.reason !== 'string' || e.reason.trim() === '') return bad('needs a `reason`');
    const actions = ACTIONS.filter((a) => e[a] !== undefined);
    if (actions.length !== 1) return bad(`needs exactly one of ${ACTIONS.join(', ')}`);
    entries.push(e as Correction);
  });
  return { set: { file: source, entries, used: new Set() }, messages };
}

/** Messages for corrections that matched nothing. */
export function unusedCorrections(set: CorrectionSet, file: string): SourceMessage[] {
  return set.entries
    .filter((e) => !set.used.has(e))
    .map((e) => ({
      file,
      line: 1,
      column: 1,
      reason: `correction for line ${e.line} was not used (${e.reason})`,
      ruleId: 'corrections-unused',
      severity: 'warning' as const,
    }));
}

/** What a source's corrections ask of the passes, by source line. */
export interface CorrectionPlan {
  noise: Map<number, { kind: NoiseKind | 'other'; reason: string }>;
  breakAfter: Set<number>;
  joinAfter: Set<number>;
  startAt: Map<number, { title?: string; issuers?: string[] }>;
  notStartAt: Set<number>;
}

/** Sort a source's corrections by what they do; each one that applies is marked used. */
export function correctionPlan(corrections: CorrectionSet, lineCount: number): CorrectionPlan {
  const use = <T>(pick: (c: Correction) => T | undefined) => {
    const out = new Map<number, T>();
    for (const e of corrections.entries) {
      const v = pick(e);
      if (v === undefined || e.line > lineCount) continue;
      out.set(e.line, v);
      corrections.used.add(e);
    }
    return out;
  };
  return {
    noise: use((e) => (e.noise ? { kind: e.noise, reason: `correction: ${e.reason}` } : undefined)),
    breakAfter: new Set(use((e) => (e.breakAfter ? true : undefined)).keys()),
    joinAfter: new Set(use((e) => (e.joinAfter ? true : undefined)).keys()),
    startAt: use((e) => e.start),
    notStartAt: new Set(use((e) => (e.notStart ? true : undefined)).keys()),
  };
}

/** Facts from corrections (set, and the title of a forced start), keyed by a document's start line. */
export function applyCorrectionFacts(documents: SourceDocument[], corrections: CorrectionSet, startAt: CorrectionPlan['startAt']): void {
  for (const e of corrections.entries) {
    if (!e.set) continue;
    const doc = documents.find((d) => d.startLine === e.line);
    if (!doc) continue;
    corrections.used.add(e);
    applyFacts(doc, e.set, documents);
    doc.corrections.push({ file: corrections.file, line: e.line, fields: Object.keys(e.set), reason: e.reason });
  }
  for (const [line, s] of startAt) {
    const doc = documents.find((d) => d.startLine === line);
    if (!doc) continue;
    if (s.title) doc.title = s.title;
    if (s.issuers) doc.issuers = [...s.issuers];
    const e = corrections.entries.find((x) => x.line === line && x.start)!;
    doc.corrections.push({ file: corrections.file, line, fields: ['start', ...Object.keys(s)], reason: e.reason });
  }
}

function applyFacts(doc: SourceDocument, f: DocumentFacts, all: readonly SourceDocument[]): void {
  if (f.title !== undefined) doc.title = f.title;
  if (f.docNumber !== undefined) doc.docNumber = f.docNumber;
  if (f.issuers !== undefined) doc.issuers = [...f.issuers];
  if (f.dates) doc.dates = { ...doc.dates, ...f.dates };
  if (f.kind !== undefined) doc.kind = f.kind;
  if (f.genre !== undefined) doc.genre = f.genre;
  if (f.jurisdiction !== undefined) doc.jurisdiction = f.jurisdiction;
  if (f.role !== undefined) doc.role = f.role;
  if (f.parentLine !== undefined) {
    doc.parent = f.parentLine === null ? null : (all.find((d) => d.startLine === f.parentLine)?.index ?? doc.parent);
  }
}
