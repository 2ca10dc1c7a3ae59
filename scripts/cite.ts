/**
 * npm run --silent cite -- "<text>"
 * npm run --silent cite -- --stdin < citations.txt
 *
 * Resolves a citation as people write or paste it — with the quick-jump search, so the box on
 * every page and this command give the same answer — and prints one JSON object:
 * { "query": "…", "matches": [ { "docId", "title", "unitId", "url", "text" } ] }, best first;
 * `url` is relative to the site root, `text` the unit's plain text (the document's title when
 * the citation names no unit). Exits 1 when nothing matches.
 *
 * With --stdin, each non-blank line of standard input is one citation and each gets one JSON
 * object on one line (JSON Lines), in input order; the exit code is 0 — a citation that does not
 * resolve is data (`"matches": []`), for batch checks.
 */
import { readFileSync } from 'node:fs';
import { listUnits } from '../src/lib/cite/index.ts';
import { buildJumpIndex, createJumper, resolveCitation } from '../src/lib/jump/index.ts';
import { loadSiteForCli } from './lib-cli.ts';

const args = process.argv.slice(2);
const batch = args.includes('--stdin');
const query = args.filter((a) => a !== '--stdin').join(' ');
if (!batch && query.trim() === '') {
  console.error('usage: npm run --silent cite -- "《中华人民共和国职业教育法》第三十六条第二款第三项"  (or -- --stdin, one citation per line)');
  process.exit(2);
}
const { documents, abbreviations } = await loadSiteForCli(); // its build-log lines go to stderr, not into the answer
const units = new Map(documents.map((d) => [d.id, listUnits(d.tree)]));
const { index } = buildJumpIndex(
  documents.map((d) => ({ id: d.id, meta: d.tree.meta, units: units.get(d.id)! })),
  abbreviations,
);
const jumper = createJumper(index);

function resolve(text: string) {
  return resolveCitation(text, jumper).map((m) => {
    const unit = m.unitId ? units.get(m.docId)!.find((u) => u.id === m.unitId) : undefined;
    return { docId: m.docId, title: m.title, unitId: m.unitId, url: m.url, text: unit ? unit.text : m.title, ...(m.warning ? { warning: m.warning } : {}) };
  });
}

if (batch) {
  for (const line of readFileSync(0, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    console.log(JSON.stringify({ query: line.trim(), matches: resolve(line.trim()) }));
  }
} else {
  const matches = resolve(query);
  console.log(JSON.stringify({ query, matches }, null, 1));
  if (matches.length === 0) process.exitCode = 1;
}
