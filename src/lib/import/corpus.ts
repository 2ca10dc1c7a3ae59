/**
 * The whole import: every source in a folder → canonical documents with stable ids → the files
 * of the curated corpus (content/policies/<id>.md) and one report per source
 * (content/reports/<stem>.json). Pure: reading and writing files is the CLI's job.
 */
import { createHash } from 'node:crypto';
import { parseCorrections, unusedCorrections, type CorrectionSet } from './corrections.ts';
import { docNumberSlug, titleSlug, uniqueId } from './ids.ts';
import { parseDictionaries } from './dictionaries.ts';
import { applyCopyParagraphs } from './copies.ts';
import { splitGluedOutline } from './inline.ts';
import { documentFile } from './markdown.ts';
import { carriedRenames, unitChanges, type UnitChanges } from './units.ts';
import { normalizeBodySpacing, type SpacingKind } from './spacing.ts';
import type { Decision } from './paragraphs.ts';
import { documentKey, mergeDocuments, type CanonicalDocument } from './merge.ts';
import type { SourceMessage } from './messages.ts';
import { sourceReport, type SourceReport } from './report.ts';
import { importSource, type ImportedSource } from './source.ts';

/** Inputs of an import, already read from disk. */
export interface CorpusInput {
  /** Source files: name (e.g. 000_x.txt) → bytes. */
  sources: ReadonlyMap<string, Uint8Array>;
  /** Corrections files by source name (000_x.txt → YAML text). */
  corrections: ReadonlyMap<string, string>;
  /** content/dictionaries/issuers.txt */
  issuerDictionary: string;
  /** content/dictionaries/docnumber-issuers.txt (文号 code → issuing body); absent: none known */
  docNumberIssuers?: string;
  /** content/dictionaries/jurisdictions.txt (provinces); absent: every document is 全国 */
  jurisdictions?: string;
  /** Ids already in use: document key → id (from the current content/policies). */
  existingIds: ReadonlyMap<string, string>;
  /** The current content/policies files by id: the units a re-import removes are listed. */
  existingFiles?: ReadonlyMap<string, string>;
}

/** What an import produces. */
export interface CorpusOutput {
  documents: CanonicalDocument[];
  /** Files to write, by path relative to the repository root. */
  files: Map<string, string>;
  reports: SourceReport[];
  messages: SourceMessage[];
  /** Units this run removed or renamed, by document id (empty when the corpus was up to date). */
  unitChanges: Map<string, UnitChanges>;
  /** A source could not be used at all. */
  fatal: boolean;
}

/** Run the import over all sources. */
export function importCorpus(input: CorpusInput): CorpusOutput {
  const dict = parseDictionaries({ issuers: input.issuerDictionary, docNumberIssuers: input.docNumberIssuers ?? '', jurisdictions: input.jurisdictions ?? '' });
  const messages: SourceMessage[] = [];
  const imported: ImportedSource[] = [];
  const sets = new Map<string, CorrectionSet>();
  const names = [...input.sources.keys()].sort();
  for (const name of names) {
    const yamlPath = `content/sources/${name.replace(/\.[^.]+$/, '')}.corrections.yaml`;
    const parsed = parseCorrections(input.corrections.get(name) ?? '[]', yamlPath, name);
    for (const m of parsed.messages) messages.push(m);
    sets.set(name, parsed.set);
    const src = importSource(name, input.sources.get(name)!, parsed.set, dict);
    imported.push(src);
    for (const m of src.messages) messages.push({ ...m, file: `content/sources/${m.file}` });
    for (const m of unusedCorrections(parsed.set, yamlPath)) messages.push(m);
  }
  const bySource = new Map(imported.map((s) => [s.file, s.documents] as const));
  const documents = mergeDocuments(bySource);
  // The web copy's paragraphing wins over the layout's where both exist.
  const copyDecisions = new Map<string, Decision[]>();
  // Then items and headings run together inside one line are split on the document's evidence.
  for (const d of documents) {
    const inline = splitGluedOutline(d);
    const taken = [...applyCopyParagraphs(d), ...inline.decisions];
    if (taken.length > 0) copyDecisions.set(d.copies[0]!.file, [...(copyDecisions.get(d.copies[0]!.file) ?? []), ...taken]);
    for (const m of inline.messages) messages.push({ ...m, file: `content/sources/${m.file}` });
  }
  assignIds(documents, input.existingIds);
  // PDF justification spaces, recorded per document in the report of its canonical copy.
  const spacing = new Map<string, Array<{ id: string; removed: Partial<Record<SpacingKind, number>> }>>();
  for (const d of documents) {
    const removed = normalizeBodySpacing(d.body);
    if (Object.keys(removed).length === 0) continue;
    const file = d.copies[0]!.file;
    spacing.set(file, [...(spacing.get(file) ?? []), { id: d.id, removed }]);
  }

  const byId = new Map(documents.map((d) => [d.id, d] as const));
  const idOfCopy = new Map<string, string>();
  for (const d of documents) for (const c of d.copies) idOfCopy.set(`${c.file}:${c.startLine}`, d.id);

  const files = new Map<string, string>();
  const unitChangesById = new Map<string, UnitChanges>();
  for (const d of [...documents].sort((a, b) => a.id.localeCompare(b.id))) {
    const before = input.existingFiles?.get(d.id);
    // Unchanged since the last import: its renames stand as they are.
    d.renamedUnits = before === undefined ? {} : carriedRenames(before);
    if (before !== undefined && documentFile(d) === before) {
      files.set(`content/policies/${d.id}.md`, before);
      continue;
    }
    d.renamedUnits = {};
    const changes = unitChanges(before, documentFile(d));
    d.renamedUnits = changes.removed;
    if (Object.keys(changes.removed).length + Object.keys(changes.renamed).length > 0) unitChangesById.set(d.id, changes);
    files.set(`content/policies/${d.id}.md`, documentFile(d));
  }
  const reports: SourceReport[] = [];
  for (const src of imported) {
    const docIds = src.documents.map((d) => idOfCopy.get(`${src.file}:${d.startLine}`)!);
    const report = sourceReport(
      src,
      sha256(input.sources.get(src.file)!),
      docIds,
      byId,
      sets.get(src.file)!,
      copyDecisions.get(src.file) ?? [],
      (spacing.get(src.file) ?? []).sort((a, b) => a.id.localeCompare(b.id)),
    );
    reports.push(report);
    files.set(`content/reports/${src.file.replace(/\.[^.]+$/, '')}.json`, `${JSON.stringify(report, null, 1)}\n`);
  }
  return { documents, files, reports, messages, unitChanges: unitChangesById, fatal: imported.some((s) => s.fatal) };
}

/**
 * Ids: kept from the existing corpus by key; new ones derived from the 文号 or title. A notice
 * and the document it issues share a 文号: the document gets the plain id, the notice `-notice`.
 */
function assignIds(documents: CanonicalDocument[], existing: ReadonlyMap<string, string>): void {
  const taken = new Set<string>();
  for (const d of documents) {
    const id = existing.get(d.key);
    if (id && !taken.has(id)) {
      d.id = id;
      taken.add(id);
    }
  }
  const byKey = new Map(documents.map((d) => [d.key, d] as const));
  const order: Record<string, number> = { embedded: 0, standalone: 1, news: 2, speech: 3, wrapper: 4, attachment: 5 };
  const pending = documents.filter((d) => d.id === '').sort((a, b) => order[a.role]! - order[b.role]! || a.key.localeCompare(b.key));
  // Attachments need their parent's id: parents first.
  for (const d of pending.filter((x) => x.role !== 'attachment')) {
    const year = (d.dates.issued ?? d.dates.published ?? d.dates.effective)?.slice(0, 4) ?? null;
    const fromNumber = d.docNumber ? docNumberSlug(d.docNumber) : null;
    // News items and speeches: xw- and the reported document's title (…印发《Y》 → Y).
    const reported = /印发《([^《》]+)》$/.exec(d.title)?.[1];
    const news = d.role === 'news' || d.role === 'speech';
    let id = news ? `xw-${titleSlug(reported ?? d.title, year)}` : (fromNumber ?? titleSlug(d.title, year));
    // A notice is named after the document it issues (which is processed first): X-notice.
    const child = d.role === 'wrapper' ? documents.find((x) => x.parentKey === d.key && x.role === 'embedded' && x.id !== '') : undefined;
    if (child) id = `${child.id}-notice`;
    else if (!news && fromNumber && taken.has(fromNumber)) id = titleSlug(d.title, year);
    d.id = uniqueId(id, taken);
    taken.add(d.id);
  }
  for (const d of documents) {
    d.parent = d.parentKey ? (byKey.get(d.parentKey)?.id ?? null) : null;
  }
  const counters = new Map<string, number>();
  for (const d of pending
    .filter((x) => x.role === 'attachment')
    .sort((a, b) => a.sources[0]!.file.localeCompare(b.sources[0]!.file) || a.sources[0]!.startLine - b.sources[0]!.startLine)) {
    const year = (d.dates.issued ?? d.dates.published)?.slice(0, 4) ?? null;
    const base = d.parent ?? titleSlug(d.title, year);
    const n = (counters.get(base) ?? 0) + 1;
    counters.set(base, n);
    d.id = uniqueId(d.parent ? `${base}-att-${n}` : base, taken);
    taken.add(d.id);
  }
  for (const d of documents) d.parent = d.parentKey ? (byKey.get(d.parentKey)?.id ?? null) : null;
  void documentKey;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
