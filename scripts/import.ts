/**
 * npm run import            — split the sources in content/sources into documents and write
 *                             content/policies/<id>.md and content/reports/<stem>.json
 * npm run import -- --check — write nothing; exit 1 if the committed corpus differs from what
 *                             the importer would write (CI runs this)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatMessage, importCorpus } from '../src/lib/import/index.ts';
import { readCorpusInput, ROOT } from './lib-cli.ts';

const check = process.argv.includes('--check');
const quiet = process.argv.includes('--quiet');
const started = performance.now();
const out = importCorpus(readCorpusInput());

for (const m of out.messages) {
  if (m.severity === 'info' && !process.argv.includes('--verbose')) continue;
  if (quiet && m.severity !== 'error') continue;
  console.error(formatMessage(m));
}

// Files the importer owns: every content/policies/*.md and content/reports/*.json.
const owned = new Set<string>();
for (const dir of ['content/policies', 'content/reports']) {
  if (!existsSync(join(ROOT, dir))) continue;
  for (const name of readdirSync(join(ROOT, dir))) if (/\.(md|json)$/.test(name)) owned.add(`${dir}/${name}`);
}
const stale = [...owned].filter((p) => !out.files.has(p));
const changed = [...out.files].filter(([p, text]) => !existsSync(join(ROOT, p)) || readFileSync(join(ROOT, p), 'utf8') !== text).map(([p]) => p);

const unaccounted = out.reports.reduce((n, r) => n + r.unaccounted.length, 0);
const summary = `${out.documents.length} documents from ${out.reports.length} sources; ${out.reports.reduce((n, r) => n + r.noise.total, 0)} noise lines removed; ${unaccounted} unaccounted lines; ${((performance.now() - started) / 1000).toFixed(1)} s`;

// Unit ids this run removes or renames (a phantom 款 gone, a glued heading split off).
for (const [id, c] of out.unitChanges) {
  for (const [old, to] of Object.entries(c.removed)) console.log(`import: ${id}#${old} removed; its old URL lands on #${to} (renamedUnits)`);
  for (const [old, to] of Object.entries(c.renamed)) console.log(`import: ${id}#${old} now names other text; its old text is in #${to}`);
}

if (check) {
  if (changed.length === 0 && stale.length === 0) {
    console.log(`import --check: the committed corpus is up to date (${summary})`);
  } else {
    for (const p of changed) console.error(`import --check: ${p} differs from what the importer writes`);
    for (const p of stale) console.error(`import --check: ${p} would be deleted`);
    console.error(`import --check: ${changed.length + stale.length} files out of date; run \`npm run import\` and commit the result`);
    process.exitCode = 1;
  }
} else {
  for (const [p, text] of out.files) {
    mkdirSync(dirname(join(ROOT, p)), { recursive: true });
    if (changed.includes(p)) writeFileSync(join(ROOT, p), text);
  }
  for (const p of stale) rmSync(join(ROOT, p));
  console.log(`import: ${summary}; ${changed.length} files written, ${stale.length} removed`);
}
if (out.fatal || unaccounted > 0) process.exitCode = 1;
