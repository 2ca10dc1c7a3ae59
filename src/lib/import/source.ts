/**
 * Importing one source file: decode → lines → noise → paragraphs → documents, with the source's
 * corrections applied, and an account of every non-blank line (which document, or which noise).
 */
import { findDates } from '../text/index.ts';
import { decodeSource } from './decode.ts';
import { buildDocuments, UNTITLED, type DocumentFacts, type SourceDocument } from './document.ts';
import { splitLines, inkCount } from './lines.ts';
import type { SourceMessage } from './messages.ts';
import { classifyLines, type NoiseKind, type NoiseRecord } from './noise.ts';
import { buildBlocks, sourcePosition, type Decision, type Paragraph } from './paragraphs.ts';
import { documentLayouts } from './layout.ts';
import { findStarts } from './segment.ts';
import type { CorrectionSet } from './corrections.ts';
import type { Dictionaries } from './dictionaries.ts';

/** Where a non-blank source line went. */
export type LineAccount =
  | { line: number; doc: number; part: 'header' | 'body' }
  | { line: number; noise: NoiseKind };

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

/** Import one source file's bytes. */
export function importSource(
  file: string,
  bytes: Uint8Array,
  corrections: CorrectionSet,
  dicts: Dictionaries,
): ImportedSource {
  const decoded = decodeSource(bytes, file);
  const messages = [...decoded.messages];
  if (decoded.fatal) {
    // An unusable file yields no documents; the build fails on it (see `fatal`).
    return { file, encoding: decoded.encoding, lineCount: 0, documents: [], noise: [], accounts: [], unaccounted: [], messages, fatal: true, decisions: [], ink: { source: 0, documents: 0, noise: 0 } };
  }
  const lines = splitLines(decoded.text);
  const use = <T>(pick: (c: CorrectionSet['entries'][number]) => T | undefined) => {
    const out = new Map<number, T>();
    for (const e of corrections.entries) {
      const v = pick(e);
      if (v === undefined) continue;
      if (e.line > lines.length) continue;
      out.set(e.line, v);
      corrections.used.add(e);
    }
    return out;
  };
  const noiseFix = use((e) => (e.noise ? { kind: e.noise, reason: `correction: ${e.reason}` } : undefined));
  const breakAfter = new Set(use((e) => (e.breakAfter ? true : undefined)).keys());
  const joinAfter = new Set(use((e) => (e.joinAfter ? true : undefined)).keys());
  const startAt = use((e) => e.start);
  const notStartAt = new Set(use((e) => (e.notStart ? true : undefined)).keys());

  const classified = classifyLines(lines, noiseFix);
  // Paragraphs twice: a first segmentation tells where documents are, so that each document's
  // own full line width can weigh the join and break decisions of the second.
  const firstBlocks = buildBlocks(classified, { breakAfter, joinAfter });
  const firstStarts = findStarts(firstBlocks, { startAt, notStartAt }).starts.map((s) => firstBlocks[s.block]!.line);
  const textLines = classified.filter((c): c is Extract<(typeof classified)[number], { kind: 'text' }> => c.kind === 'text');
  const decisions: Decision[] = [];
  const blocks = buildBlocks(classified, { breakAfter, joinAfter, layoutOf: documentLayouts(textLines, firstStarts), decisions });
  const { starts, stray } = findStarts(blocks, { startAt, notStartAt });
  const noise: NoiseRecord[] = [];
  for (const c of classified) {
    if (c.kind === 'noise') noise.push(c.record);
    else if (c.kind === 'text') for (const r of c.inline) noise.push(r);
  }
  const strayBlocks = new Set(stray);
  for (const b of stray) {
    for (const no of (blocks[b] as Paragraph).lines) {
      const c = classified[no - 1] as Extract<(typeof classified)[number], { kind: 'text' }>;
      noise.push({ line: no, column: c.column, text: c.text, kind: 'stray-title', reason: 'the web page\'s own heading, repeating the title of the document below it' });
    }
  }
  const kept = blocks.filter((_, i) => !strayBlocks.has(i));
  const keptStarts = starts.map((s) => ({ ...s, block: kept.indexOf(blocks[s.block]!), titleBlocks: s.titleBlocks.map((t) => kept.indexOf(blocks[t]!)), label: s.label === undefined ? undefined : kept.indexOf(blocks[s.label]!) }));
  const documents = buildDocuments(file, kept, keptStarts, dicts);

  // Facts from corrections, keyed by the start line of the document they describe.
  for (const e of corrections.entries) {
    if (!e.set) continue;
    const doc = documents.find((d) => d.startLine === e.line);
    if (!doc) continue;
    corrections.used.add(e);
    applyFacts(doc, e.set, documents);
    doc.corrections.push({ file: corrections.file, line: e.line, fields: Object.keys(e.set), reason: e.reason });
  }
  // 版记 "…2022年10月25日印发" dates the copy's publication when nothing else does.
  for (const r of noise) {
    if (r.kind !== 'imprint' || !/印发$/.test(r.text)) continue;
    const doc = [...documents].reverse().find((d) => d.startLine <= r.line);
    const date = findDates(r.text)[0]?.iso;
    if (doc && date && doc.dates.published === null) doc.dates.published = date;
  }
  // Titles given by a forced start are facts too.
  for (const [line, s] of startAt) {
    const doc = documents.find((d) => d.startLine === line);
    if (!doc) continue;
    if (s.title) doc.title = s.title;
    if (s.issuers) doc.issuers = [...s.issuers];
    const e = corrections.entries.find((x) => x.line === line && x.start)!;
    doc.corrections.push({ file: corrections.file, line, fields: ['start', ...Object.keys(s)], reason: e.reason });
  }

  for (const m of textChecks(file, documents, lines)) messages.push(m);
  for (const d of documents) {
    if (d.title !== UNTITLED) continue;
    messages.push({ file, line: d.startLine, column: 1, reason: 'document without a title: add one in the corrections file (set: { title: … })', ruleId: 'document-untitled', severity: 'warning' });
  }

  const accounts: LineAccount[] = [];
  const where = new Map<number, LineAccount>();
  for (const n of noise) where.set(n.line, { line: n.line, noise: n.kind });
  for (const d of documents) {
    for (const b of d.header) for (const no of b.lines) where.set(no, { line: no, doc: d.index, part: 'header' });
    for (const b of d.body) for (const no of b.lines) where.set(no, { line: no, doc: d.index, part: 'body' });
  }
  const unaccounted: number[] = [];
  for (const c of classified) {
    if (c.kind === 'blank' || (c.kind === 'text' && c.text === '' && c.inline.length === 0 && !where.has(c.no))) continue;
    const a = where.get(c.no);
    if (a) accounts.push(a);
    else unaccounted.push(c.no);
  }
  for (const no of unaccounted) {
    messages.push({ file, line: no, column: 1, reason: 'line is in no document and no noise record', ruleId: 'line-unaccounted', severity: 'error' });
  }
  const docInk = documents.reduce((n, d) => n + [...d.header, ...d.body].reduce((m, b) => m + (b.type === 'para' ? inkCount(b.text) : b.rows.flat().reduce((k, c) => k + inkCount(c), 0)), 0), 0);
  const noiseInk = noise.reduce((n, r) => n + inkCount(r.text), 0);
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
    ink: { source: inkCount(decoded.text), documents: docInk, noise: noiseInk },
  };
}

/** Checks on the text that are worth a message: unclosed 《, a line with no line breaks. */
function textChecks(file: string, documents: readonly SourceDocument[], lines: readonly { no: number; text: string }[]): SourceMessage[] {
  const out: SourceMessage[] = [];
  for (const l of lines) {
    if (l.text.length > 20000) {
      out.push({ file, line: l.no, column: 1, reason: `line is ${l.text.length} characters long with no line break; kept as one paragraph`, ruleId: 'line-very-long', severity: 'warning' });
    }
  }
  for (const d of documents) {
    for (const b of d.body) {
      if (b.type === 'table' && !b.recovered) {
        out.push({ file, line: b.line, column: b.column, reason: `table structure not recovered: its ${b.rows.flat().length} cells are kept in reading order in a marked block`, ruleId: 'table-not-recovered', severity: 'warning' });
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
        out.push({ file, line: pos.line, column: pos.column, reason: `unclosed 《: no 》 before the paragraph ends; the text is kept as it is${more}`, ruleId: 'unclosed-book-title', severity: 'warning' });
      }
    }
  }
  return out;
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
