import type { APIRoute, GetStaticPaths } from 'astro';
import { unitTextsOf } from '../../../lib/check/site.ts';
import type { UnitTexts } from '../../../lib/check/index.ts';
import { loadSite } from '../../../lib/corpus/index.ts';

/** `/data/units/<id>.json`: one document's unit texts, for citation previews and /check/ (src/lib/check/texts.ts). */
export const getStaticPaths = (async () => {
  const texts = unitTextsOf(await loadSite());
  return [...texts].map(([id, units]) => ({ params: { id }, props: { units } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ units: UnitTexts }> = ({ props }) => Response.json(props.units);
