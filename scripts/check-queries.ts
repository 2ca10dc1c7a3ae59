/**
 * npm run check:queries
 *
 * npm run check:queries -- --queries <file>   (another labelled set, e.g. a held-out one)
 *
 * Checks every label of the search evaluation set (tests/search-eval/queries.json) against the
 * corpus in content/policies, parsed with the site's parser: each document and unit exists, each
 * listed unit contains the query's snippet (white space ignored), kinds and users come from the
 * allowed sets, no query is there twice. Prints the counts per kind and per user, and each
 * problem as `file:line:column: reason`; exits 1 if there is any.
 */
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../src/lib/corpus/index.ts';
import { checkLabels, corpusTexts, QUERIES_FILE } from '../tests/search-eval/labels.ts';

const queriesFlag = process.argv.indexOf('--queries');
const file = queriesFlag === -1 ? QUERIES_FILE : process.argv[queriesFlag + 1]!;
const documents = await loadCorpus(undefined, { warn: () => {} });
const { problems, kinds, users } = checkLabels(readFileSync(file, 'utf8'), corpusTexts(documents), file);
const total = [...kinds.values()].reduce((a, b) => a + b, 0);
const list = (counts: Map<string, number>) => [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
console.log(`${file}: ${total} queries over ${documents.length} documents`);
console.log(`  per kind: ${list(kinds)}`);
console.log(`  per user: ${list(users)}`);
for (const problem of problems) console.error(problem);
console.log(problems.length === 0 ? 'every label holds' : `${problems.length} problems`);
process.exitCode = problems.length > 0 ? 1 : 0;
