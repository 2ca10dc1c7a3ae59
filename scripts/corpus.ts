/**
 * npm run corpus            — a report for people: documents, uncertain boundaries, merged
 *                             duplicates and their differences, noise removed by kind,
 *                             corrections used, unaccounted lines, problems, and the
 *                             documents' dates counted by basis (as `npm run status` shows them)
 * npm run --silent corpus -- --json
 *                           — the same as one JSON object, for programs
 * Exits non-zero on a fatal problem (an unusable source, an unaccounted line, a corpus file that
 * is out of date with the sources).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkParagraphs, DEFECT_CLASSES, formatMessage, importCorpus, paragraphCopy } from '../src/lib/import/index.ts';
import { formatCurrencySummary, summarizeCurrency } from '../src/lib/status/index.ts';
import { loadSiteForCli, readCorpusInput, ROOT } from './lib-cli.ts';

const out = importCorpus(readCorpusInput());
const stale = [...out.files].filter(([p, text]) => !existsSync(join(ROOT, p)) || readFileSync(join(ROOT, p), 'utf8') !== text).map(([p]) => p);
const uncertain = out.reports.flatMap((r) =>
  r.documents
    .filter((d) => d.start.evidence === null || d.start.evidence === 'body text')
    .map((d) => ({ file: r.file, line: d.startLine, id: d.id, title: d.title, reason: d.start.reason, evidence: d.start.evidence })),
);
const merged = out.documents.filter((d) => d.sources.length > 1).map((d) => ({ id: d.id, title: d.title, copies: d.sources, differences: d.differences }));
const noiseByKind: Record<string, number> = {};
for (const r of out.reports) for (const [k, n] of Object.entries(r.noise.byKind)) noiseByKind[k] = (noiseByKind[k] ?? 0) + n;
const problems = out.messages.filter((m) => m.severity !== 'info');
const fatal = out.fatal || out.reports.some((r) => r.unaccounted.length > 0) || stale.length > 0;
const byKind: Record<string, number> = {};
for (const d of out.documents) byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;

// Paragraph structure: the importer's decisions by kind, and the check's defects by class.
const decisions: Record<string, number> = {};
for (const r of out.reports) for (const [k, n] of Object.entries(r.paragraphs.byKind)) decisions[k] = (decisions[k] ?? 0) + n;
// Each undecided place, and whether a second copy of its document settles it.
const undecided = out.reports.flatMap((r) =>
  r.paragraphs.decisions
    .filter((d) => d.kind.endsWith('-undecided'))
    .map((d) => {
      const doc = out.documents.find((x) => x.copies.some((c) => c.file === r.file && c.startLine <= d.line && d.line <= c.endLine));
      const copy = doc && doc.copies[0]!.file === r.file ? paragraphCopy(doc) : undefined;
      const settled =
        doc && doc.copies[0]!.file !== r.file
          ? `not the canonical copy of ${doc.id}`
          : copy
            ? `settled by the copy at ${copy.file}:${copy.startLine}`
            : 'no second copy: the layout default stands';
      return { file: r.file, ...d, settled };
    }),
);
const defects = checkParagraphs(out.documents);
const defectClasses: Record<string, number> = Object.fromEntries(DEFECT_CLASSES.map((k) => [k, 0]));
for (const d of defects) defectClasses[d.kind] = (defectClasses[d.kind] ?? 0) + 1;
const fullyRight = out.documents.length - new Set(defects.map((d) => d.id)).size;
const spacing: Record<string, number> = {};
let spacedDocs = 0;
for (const r of out.reports) {
  for (const s of r.spacing) {
    spacedDocs++;
    for (const [k, n] of Object.entries(s.removed)) spacing[k] = (spacing[k] ?? 0) + (n ?? 0);
  }
}

// Dates and status, read from the committed corpus (the site model), unless it is out of date.
const currency = stale.length === 0 ? await currencyReport() : null;

const report = {
  documents: out.documents.length,
  byKind,
  sources: out.reports.map((r) => ({
    file: r.file,
    encoding: r.encoding,
    lines: r.lines,
    nonBlankLines: r.nonBlankLines,
    documents: r.documents.length,
    duplicates: r.documents.filter((d) => !d.canonical).length,
    noise: r.noise.byKind,
    corrections: { total: r.corrections.total, used: r.corrections.used.length, unused: r.corrections.unused },
    unaccounted: r.unaccounted,
  })),
  uncertainBoundaries: uncertain,
  merged,
  noiseByKind,
  corrections: { total: out.reports.reduce((n, r) => n + r.corrections.total, 0), used: out.reports.reduce((n, r) => n + r.corrections.used.length, 0) },
  unaccountedLines: out.reports.reduce((n, r) => n + r.unaccounted.length, 0),
  paragraphs: { decisions, undecided, defects: defectClasses, documentsFullyRight: fullyRight, cases: defects },
  spacing: { documents: spacedDocs, removed: spacing },
  currency,
  staleFiles: stale,
  problems: problems.map(formatMessage),
  fatal,
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 1));
} else {
  const p = (s = '') => console.log(s);
  p(
    `职教政策库 corpus: ${report.documents} documents (${Object.entries(byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')})`,
  );
  p();
  p('Sources');
  for (const s of report.sources) {
    p(
      `  ${s.file}  ${s.encoding}, ${s.lines} lines (${s.nonBlankLines} non-blank): ${s.documents} documents (${s.duplicates} duplicate copies), noise ${
        Object.entries(s.noise)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ') || 'none'
      }, corrections ${s.corrections.used}/${s.corrections.total}, unaccounted ${s.unaccounted.length}`,
    );
  }
  p();
  p(`Uncertain boundaries (${uncertain.length}): starts confirmed only by body text, or set by a correction`);
  for (const u of uncertain) p(`  content/sources/${u.file}:${u.line}  ${u.id}  ${u.title}  [${u.reason}${u.evidence ? `, ${u.evidence}` : ''}]`);
  p();
  p(`Merged duplicates (${merged.length})`);
  for (const m of merged) {
    p(`  ${m.id}  ${m.title}`);
    for (const c of m.copies) p(`    ${c.file}:${c.startLine}-${c.endLine}${c.complete ? '' : '  (incomplete copy)'}`);
    for (const d of m.differences.slice(0, 5)) p(`    ${d.kind} at ${d.file}:${d.line}: 「${clip(d.canonical)}」 ≠ 「${clip(d.copy)}」`);
    if (m.differences.length > 5) p(`    … ${m.differences.length - 5} more differences`);
  }
  p();
  p(
    `Paragraph decisions (by kind): ${Object.entries(decisions)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  for (const u of undecided) p(`  content/sources/${u.file}:${u.next}  ${u.kind}: ${u.evidence} — ${u.settled}`);
  p(
    `Paragraph check (layout + copies + text): ${Object.entries(defectClasses)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}; ${fullyRight} of ${out.documents.length} documents fully right`,
  );
  for (const d of defects) p(`  content/sources/${d.file}:${d.line}  ${d.id}  ${d.kind} (${d.evidence}): ${d.detail}`);
  p(
    `Justification spaces removed in ${spacedDocs} documents: ${
      Object.entries(spacing)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'none'
    }`,
  );
  p();
  p(
    `Noise removed: ${Object.entries(noiseByKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  p(`Corrections used: ${report.corrections.used} of ${report.corrections.total}`);
  p(`Unaccounted lines: ${report.unaccountedLines}`);
  p();
  if (currency) for (const line of formatCurrencySummary(currency)) p(line);
  else p(stale.length > 0 ? 'Dates and status: not read, the corpus is out of date' : 'Dates and status: not read (see the note above)');
  if (stale.length > 0) p(`Out of date (run npm run import): ${stale.join(', ')}`);
  if (problems.length > 0) {
    p();
    p(`Problems (${problems.length})`);
    for (const m of problems) p(`  ${formatMessage(m)}`);
  }
}
if (fatal) process.exitCode = 1;

/** The dates and statuses, or null (with a note on stderr) where they cannot be computed: no as-of date outside a git checkout. */
async function currencyReport() {
  try {
    const site = await loadSiteForCli();
    return summarizeCurrency(site.currency.values(), site.asOf);
  } catch (error) {
    console.error(`corpus: dates and status not read: ${(error as Error).message}`);
    return null;
  }
}

function clip(s: string): string {
  const c = [...s];
  return c.length > 40 ? `${c.slice(0, 40).join('')}…` : s;
}
