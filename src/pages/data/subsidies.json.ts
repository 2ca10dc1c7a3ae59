import type { APIRoute } from 'astro';
import { loadSubsidies } from '../../lib/subsidy/index.ts';

/**
 * `/data/subsidies.json`: every row of /subsidies/ — the rule's text, kind, beneficiaries,
 * amounts (as written, with qualifiers, per-unit and the value in 元), conditions, period, the
 * document (title, 文号, date, jurisdiction, status) and the unit's citation and url.
 */
export const GET: APIRoute = async () => {
  const rows = await loadSubsidies();
  return Response.json({
    count: rows.length,
    withAmounts: rows.filter((row) => row.amounts.length > 0).length,
    rows,
  });
};
