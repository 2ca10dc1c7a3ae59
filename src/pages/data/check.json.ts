import type { APIRoute } from 'astro';
import { checkDataOf } from '../../lib/check/site.ts';
import { loadSite } from '../../lib/corpus/index.ts';

/** `/data/check.json`: what the /check/ page checks a draft against (src/lib/check/data.ts). */
export const GET: APIRoute = async () => Response.json(checkDataOf(await loadSite()));
