import type { APIRoute } from 'astro';
import { loadSubsidies, toCsv } from '../../lib/subsidy/index.ts';

/** `/data/subsidies.csv`: the rows of /subsidies/ for spreadsheets (UTF-8 with BOM, so Excel reads the Chinese). */
export const GET: APIRoute = async () => new Response(toCsv(await loadSubsidies()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
