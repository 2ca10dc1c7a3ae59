/**
 * npm run --silent cite -- "<text>"
 *
 * Resolves a citation as people write or paste it and prints one JSON object:
 * { "query": "…", "matches": [ { "docId", "title", "unitId", "url", "text" } ] }, best first;
 * `url` is relative to the site root, `text` the unit's plain text (the document's title when
 * the citation names no unit). Exits 1 when nothing matches.
 */

import { listUnits } from '../src/lib/cite/index.ts';
import { loadCorpus } from '../src/lib/corpus/index.ts';
import { buildLibrary, resolveQuery } from '../src/lib/xref/index.ts';
import { readAbbreviations } from './lib-cli.ts';

const query = process.argv.slice(2).join(' ');
if (query.trim() === '') {
  console.error('usage: npm run --silent cite -- "《中华人民共和国职业教育法》第三十六条第二款第三项"');
  process.exit(2);
}
const documents = await loadCorpus(undefined, { warn: () => {} });
const library = buildLibrary(documents, readAbbreviations());
const byId = new Map(documents.map((d) => [d.id, d]));
const matches = resolveQuery(query, library).map((m) => {
  const doc = byId.get(m.docId)!;
  const unit = m.unitId ? listUnits(doc.tree).find((u) => u.id === m.unitId) : undefined;
  return { docId: m.docId, title: m.title, unitId: m.unitId, url: m.url, text: unit ? unit.text : m.title, ...(m.warning ? { warning: m.warning } : {}) };
});
console.log(JSON.stringify({ query, matches }, null, 1));
if (matches.length === 0) process.exitCode = 1;

