import type { APIRoute } from 'astro';
import { listUnits } from '../../lib/cite/index.ts';
import { ABBREVIATIONS_FILE, loadSite } from '../../lib/corpus/index.ts';
import { buildJumpIndex } from '../../lib/jump/index.ts';

/** `/data/jump.json`: the quick-jump index (src/lib/jump/data.ts); problems in the dictionary are build warnings. */
export const GET: APIRoute = async () => {
  const { documents, abbreviations } = await loadSite();
  const { index, unmatched } = buildJumpIndex(
    documents.map((doc) => ({ id: doc.id, meta: doc.tree.meta, units: listUnits(doc.tree) })),
    abbreviations,
  );
  for (const entry of unmatched)
    console.warn(`${ABBREVIATIONS_FILE}:${entry.line}:1: Unknown title \`${entry.title}\`, expected the title of a document in the corpus`);
  return Response.json(index);
};
