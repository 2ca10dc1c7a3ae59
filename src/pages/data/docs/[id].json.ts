import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type PolicyDocument } from '../../../lib/corpus/index.ts';

/** `/data/docs/<id>.json`: one document's full structure tree, positions included. */
export const getStaticPaths = (async () => {
  const { documents } = await loadSite();
  return documents.map((doc) => ({ params: { id: doc.id }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: PolicyDocument }> = ({ props }) => Response.json(props.doc.tree);
