import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/corpus/index.ts';

/** `/data/catalog.json`: every document's metadata, counts and url. */
export const GET: APIRoute = async () => {
  const { catalog } = await loadSite();
  return Response.json(catalog);
};
