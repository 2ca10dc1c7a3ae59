/**
 * Importing one source file: decode → lines → noise → paragraphs → documents → metadata, with
 * the source's corrections applied, and an account of every non-blank line (which document, or
 * which noise).
 */
import { findDates } from '../text/index.ts';
import { accountLines, inkAccount, type LineAccount } from './accounts.ts';
import { applyCorrectionFacts, correctionPlan, type CorrectionPlan, type CorrectionSet } from './corrections.ts';
import { decodeSource } from './decode.ts';
import type { Dictionaries } from './dictionaries.ts';
import { buildDocuments, UNTITLED, type SourceDocument } from './document.ts';
import { documentLayouts } from './layout.ts';
import { splitLines } from './lines.ts';
import type { SourceMessage } from './messages.ts';
import { classifyLines, type ClassifiedLine, type NoiseRecord } from './noise.ts';
import { buildBlocks, sourcePosition, type Block, type Decision, type Paragraph } from './paragraphs.ts';
import { findStarts, type DocumentStart } from './segment.ts';

export type { LineAccount } from './accounts.ts';

/** The result of importing one source. */
export interface ImportedSource {
  file: string;
  encoding: string;
  /** Number of lines, blank ones included. */
  lineCount: number;
  documents: SourceDocument[];
  noise: NoiseRecord[];
  accounts: LineAccount[];
  /** Non-blank lines that ended up nowhere: must be 0. */
  unaccounted: number[];
  messages: SourceMessage[];
  /** True when the file is unusable; the build must fail. */
  fatal: boolean;
  /** Paragraph join and break decisions that are not obvious, with their evidence. */
  decisions: Decision[];
  /** Non-blank characters in the source, and how many ended in documents and in noise. */
  ink: { source: number; documents: number; noise: number };
}

/**
 * Import one source file's bytes, in named passes: decode → lines → noise → paragraphs →
 * documents → metadata (with the source's corrections) → accounts.
 */
export function importSource(file: string, bytes: Uint8Array, corrections: CorrectionSet, dicts: Dictionaries): ImportedSource {
  const decoded = decodeSource(bytes, file);
  const messages = [...decoded.messages];
  if (decoded.fatal) {
    // An unusable file yields no documents; the build fails on it (see `fatal`).
    return {
      file,
      encoding: decoded.encoding,
      lineCount: 0,
      documents: [],
      noise: [],
      accounts: [],
      unaccounted: [],
      messages,
      fatal: true,
      decisions: [],
      ink: { source: 0, documents: 0, noise: 0 },
    };
  }
  const lines = splitLines(decoded.text);
  const plan = correctionPlan(corrections, lines.length);
  const classified = classifyLines(lines, plan.noise);
  const decisions: Decision[] = [];
  const blocks = paragraphPass(classified, plan, decisions);
  const { starts, stray } = findStarts(blocks, plan);
  const noise = noiseRecords(classified);
  const { kept, keptStarts } = dropStrayTitles(blocks, starts, stray, classified, noise);
  const documents = buildDocuments(file, kept, keptStarts, dicts);
  applyCorrectionFacts(documents, corrections, plan.startAt);
  datePublicationFromImprints(documents, noise);

  for (const m of textChecks(file, documents, lines)) messages.push(m);
  for (const d of documents) {
    if (d.title !== UNTITLED) continue;
    messages.push({
      file,
      line: d.startLine,
      column: 1,
      reason: 'document without a title: add one in the corrections file (set: { title: … })',
      ruleId: 'document-untitled',
      severity: 'warning',
    });
  }
  const { accounts, unaccounted } = accountLines(classified, documents, noise);
  for (const no of unaccounted) {
    messages.push({ file, line: no, column: 1, reason: 'line is in no document and no noise record', ruleId: 'line-unaccounted', severity: 'error' });
  }
  return {
    file,
    encoding: decoded.encoding,
    lineCount: lines.length,
    documents,
    noise,
    accounts,
    unaccounted,
    messages,
    fatal: decoded.fatal,
    decisions,
    ink: inkAccount(decoded.text, documents, noise),
  };
}

/**
 * Paragraphs twice: a first segmentation tells where documents are, so that each document's own
 * full line width can weigh the join and break decisions of the second.
 */
function paragraphPass(classified: readonly ClassifiedLine[], plan: CorrectionPlan, decisions: Decision[]): Block[] {
  const firstBlocks = buildBlocks(classified, plan);
  const firstStarts = findStarts(firstBlocks, plan).starts.map((s) => firstBlocks[s.block]!.line);
  const textLines = classified.filter((c): c is Extract<ClassifiedLine, { kind: 'text' }> => c.kind === 'text');
  return buildBlocks(classified, { ...plan, layoutOf: documentLayouts(textLines, firstStarts), decisions });
}

/** Noise lines and inline noise, in line order. */
function noiseRecords(classified: readonly ClassifiedLine[]): NoiseRecord[] {
  const noise: NoiseRecord[] = [];
  for (const c of classified) {
    if (c.kind === 'noise') noise.push(c.record);
    else if (c.kind === 'text') for (const r of c.inline) noise.push(r);
  }
  return noise;
}

/** A web page's own heading that repeats the title below it is noise; the starts are re-indexed. */
function dropStrayTitles(
  blocks: readonly Block[],
  starts: readonly DocumentStart[],
  stray: readonly number[],
  classified: readonly ClassifiedLine[],
  noise: NoiseRecord[],
): { kept: Block[]; keptStarts: DocumentStart[] } {
  const strayBlocks = new Set(stray);
  for (const b of stray) {
    for (const no of (blocks[b] as Paragraph).lines) {
      const c = classified[no - 1] as Extract<ClassifiedLine, { kind: 'text' }>;
      noise.push({
        line: no,
        column: c.column,
        text: c.text,
        kind: 'stray-title',
        reason: "the web page's own heading, repeating the title of the document below it",
      });
    }
  }
  const kept = blocks.filter((_, i) => !strayBlocks.has(i));
  const at = (i: number) => kept.indexOf(blocks[i]!);
  const keptStarts = starts.map((s) => ({
    ...s,
    block: at(s.block),
    titleBlocks: s.titleBlocks.map(at),
    label: s.label === undefined ? undefined : at(s.label),
  }));
  return { kept, keptStarts };
}

/** 版记 "…2022年10月25日印发" dates the copy's publication when nothing else does. */
function datePublicationFromImprints(documents: readonly SourceDocument[], noise: readonly NoiseRecord[]): void {
  for (const r of noise) {
    if (r.kind !== 'imprint' || !/印发$/.test(r.text)) continue;
    const doc = [...documents].reverse().find((d) => d.startLine <= r.line);
    const date = findDates(r.text)[0]?.iso;
    if (doc && date && doc.dates.published === null) doc.dates.published = date;
  }
}

/** Checks on the text that are worth a message: unclosed 《, a line with no line breaks. */
function textChecks(file: string, documents: readonly SourceDocument[], lines: readonly { no: number; text: string }[]): SourceMessage[] {
  const out: SourceMessage[] = [];
  for (const l of lines) {
    if (l.text.length > 20000) {
      out.push({
        file,
        line: l.no,
        column: 1,
        reason: `line is ${l.text.length} characters long with no line break; kept as one paragraph`,
        ruleId: 'line-very-long',
        severity: 'warning',
      });
    }
  }
  for (const d of documents) {
    for (const b of d.body) {
      if (b.type === 'table' && !b.recovered) {
        out.push({
          file,
          line: b.line,
          column: b.column,
          reason: `table structure not recovered: its ${b.rows.flat().length} cells are kept in reading order in a marked block`,
          ruleId: 'table-not-recovered',
          severity: 'warning',
        });
      }
      if (b.type !== 'para') continue;
      const unclosed: number[] = [];
      for (let i = 0; i < b.text.length; i++) {
        const c = b.text[i];
        if (c === '《') unclosed.push(i);
        else if (c === '》') unclosed.pop();
      }
      // One message per paragraph, at the first unclosed 《 (a line of thousands is one problem).
      if (unclosed.length > 0) {
        const pos = sourcePosition(b, unclosed[0]!);
        const more = unclosed.length > 1 ? ` (${unclosed.length} unclosed in this paragraph)` : '';
        out.push({
          file,
          line: pos.line,
          column: pos.column,
          reason: `unclosed 《: no 》 before the paragraph ends; the text is kept as it is${more}`,
          ruleId: 'unclosed-book-title',
          severity: 'warning',
        });
      }
    }
  }
  return out;
}
