/**
 * npm run --silent check-citations -- <file>      (`-` reads standard input)
 *
 * Checks every citation in a draft with the engine of the /check/ page (src/lib/check) and prints
 * one JSON object: { "citations": [ { "text", "start", "end", "verdict", "docId", "unitId",
 * "url", "notes", "suggestion" } ] }. `start`/`end` count characters (Unicode code points) of
 * the decoded input; `verdict` is ok | warning | problem | external. Findings are data: exit 0.
 * The draft is decoded as the importer decodes sources (UTF-8, GB18030, UTF-16 with or without
 * BOM); a binary or undecodable file is an error naming it (exit 1); no file given, exit 2.
 */
import { readFileSync } from 'node:fs';
import { checkDataOf } from '../src/lib/check/site.ts';
import { createChecker } from '../src/lib/check/index.ts';
import { decodeSource } from '../src/lib/import/index.ts';
import { loadSiteForCli } from './lib-cli.ts';

const file = process.argv[2];
if (file === undefined || process.argv.length > 3) {
  console.error('usage: npm run --silent check-citations -- <draft.txt | ->');
  process.exit(2);
}
const name = file === '-' ? '<stdin>' : file;
let bytes: Uint8Array;
try {
  bytes = readFileSync(file === '-' ? 0 : file);
} catch (error) {
  console.error(`${name}: cannot read: ${(error as Error).message}`);
  process.exit(1);
}
const decoded = decodeSource(bytes, name);
const broken = decoded.messages.find((m) => m.ruleId === 'encoding-invalid' || m.severity === 'error');
if (decoded.fatal || broken) {
  console.error(`${name}: not a text draft: ${broken?.reason ?? 'binary data'} (expected UTF-8, GB18030 or UTF-16 text)`);
  process.exit(1);
}

// The site model, as the build makes it; its build log goes to stderr (the output is JSON only).
const site = await loadSiteForCli();
const text = decoded.text;
const chars = codePointIndex(text);
const citations = createChecker(checkDataOf(site))
  .check(text)
  .map((c) => ({
    text: c.text,
    start: chars(c.start),
    end: chars(c.end),
    verdict: c.verdict,
    docId: c.docId,
    unitId: c.unitId,
    url: c.url,
    notes: c.notes,
    suggestion: c.suggestion,
  }));
console.log(JSON.stringify({ citations }, null, 1));

/** UTF-16 offset → code-point offset (they differ only after characters outside the BMP). */
function codePointIndex(s: string): (offset: number) => number {
  const points = new Int32Array(s.length + 1);
  for (let i = 0; i < s.length; i++) points[i + 1] = points[i]! + (s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) < 0xe000 ? 0 : 1);
  return (offset) => points[offset]!;
}
