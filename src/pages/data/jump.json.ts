import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { listUnits } from '../../lib/cite/index.ts';
import { formatMessage, loadSite } from '../../lib/corpus/index.ts';
import { buildJumpIndex, parseAbbreviations } from '../../lib/jump/index.ts';

const ABBREVIATIONS = 'content/dictionaries/abbreviations.txt';

/** `/data/jump.json`: the quick-jump index (src/lib/jump/data.ts); problems in the dictionary are build warnings. */
export const GET: APIRoute = async () => {
  const { documents } = await loadSite();
  const { entries, messages } = parseAbbreviations(await readFile(ABBREVIATIONS, 'utf8'), ABBREVIATIONS);
  for (const message of messages) console.warn(formatMessage(message, ABBREVIATIONS));
  const { index, unmatched } = buildJumpIndex(
    documents.map((doc) => ({ id: doc.id, meta: doc.tree.meta, units: listUnits(doc.tree) })),
    entries,
  );
  for (const entry of unmatched) console.warn(`${ABBREVIATIONS}:${entry.line}:1: Unknown title \`${entry.title}\`, expected the title of a document in the corpus`);
  return Response.json(index);
};
