/**
 * npm run --silent cite -- "<text>"
 *
 * Resolves a citation as people write or paste it — with the quick-jump search, so the box on
 * every page and this command give the same answer — and prints one JSON object:
 * { "query": "…", "matches": [ { "docId", "title", "unitId", "url", "text" } ] }, best first;
 * `url` is relative to the site root, `text` the unit's plain text (the document's title when
 * the citation names no unit). Exits 1 when nothing matches.
 */
import { readFileSync } from 'node:fs';
import { listUnits } from '../src/lib/cite/index.ts';
import { loadCorpus } from '../src/lib/corpus/index.ts';
import { buildJumpIndex, createJumper, parseAbbreviations, resolveCitation } from '../src/lib/jump/index.ts';

const query = process.argv.slice(2).join(' ');
if (query.trim() === '') {
  console.error('usage: npm run --silent cite -- "《中华人民共和国职业教育法》第三十六条第二款第三项"');
  process.exit(2);
}
const documents = await loadCorpus(undefined, { warn: () => {} });
const units = new Map(documents.map((d) => [d.id, listUnits(d.tree)]));
const { entries } = parseAbbreviations(readFileSync('content/dictionaries/abbreviations.txt', 'utf8'));
const { index } = buildJumpIndex(documents.map((d) => ({ id: d.id, meta: d.tree.meta, units: units.get(d.id)! })), entries);
const matches = resolveCitation(query, createJumper(index)).map((m) => {
  const unit = m.unitId ? units.get(m.docId)!.find((u) => u.id === m.unitId) : undefined;
  return { docId: m.docId, title: m.title, unitId: m.unitId, url: m.url, text: unit ? unit.text : m.title, ...(m.warning ? { warning: m.warning } : {}) };
});
console.log(JSON.stringify({ query, matches }, null, 1));
if (matches.length === 0) process.exitCode = 1;
