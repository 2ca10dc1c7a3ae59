/**
 * Corrections: facts the source text lacks and boundary decisions the importer cannot infer,
 * kept beside the untouched source as `content/sources/<stem>.corrections.yaml`. Each entry
 * names a source line, what to do there, and why. The import report counts every entry used,
 * and an entry that matched nothing is a warning, so stale corrections do not pile up.
 */
import { parse } from 'yaml';
import type { DocumentFacts } from './document.ts';
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
    messages.push({ file, line: e.linePos?.[0]?.line ?? 1, column: e.linePos?.[0]?.col ?? 1, reason: `corrections file is not valid YAML: ${e.message.split('\n')[0]}`, ruleId: 'corrections-yaml', severity: 'error' });
    return { set: { file: source, entries, used: new Set() }, messages };
  }
  if (!Array.isArray(data)) {
    messages.push({ file, line: 1, column: 1, reason: 'corrections file must be a YAML list of entries', ruleId: 'corrections-shape', severity: 'error' });
    return { set: { file: source, entries, used: new Set() }, messages };
  }
  data.forEach((raw, i) => {
    const e = raw as Partial<Correction> & Record<string, unknown>;
    const where = `entry ${i + 1}`;
    const bad = (reason: string) => messages.push({ file, line: 1, column: 1, reason: `${where}: ${reason}`, ruleId: 'corrections-entry', severity: 'warning' });
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
    .map((e) => ({ file, line: 1, column: 1, reason: `correction for line ${e.line} was not used (${e.reason})`, ruleId: 'corrections-unused', severity: 'warning' as const }));
}
