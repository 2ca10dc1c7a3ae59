/**
 * The checker's data and the per-document unit texts from one build's site model: what
 * `/data/check.json`, `/data/units/<id>.json` and the CLI serve. Node-side (reads the corpus
 * through the site); the browser only ever sees the JSON.
 */
import type { Site } from '../corpus/index.ts';
import { documentViews } from '../docpage/index.ts';
import { STATUS_LABELS, type StatusValue } from '../vocab/status.ts';
import { titleKey } from '../text/index.ts';
import { buildCheckData, type CheckData } from './data.ts';
import type { UnitTexts } from './texts.ts';

/** `/data/check.json` for a site. */
export function checkDataOf(site: Site): CheckData {
  const byTitle = new Map<string, string[]>();
  for (const { abbreviation, title } of site.abbreviations) byTitle.set(titleKey(title), [...(byTitle.get(titleKey(title)) ?? []), abbreviation]);
  return buildCheckData(
    documentViews(site).map((v) => ({
      id: v.doc.id,
      meta: v.doc.tree.meta,
      units: v.units,
      abbreviations: byTitle.get(titleKey(v.doc.tree.meta.title)) ?? [],
      status: statusOf(site, v.doc.id),
    })),
    site.xref.relations,
  );
}

/** `/data/units/<id>.json` for every document of a site. */
export function unitTextsOf(site: Site): Map<string, UnitTexts> {
  return new Map(
    documentViews(site).map((v) => [
      v.doc.id,
      {
        id: v.doc.id,
        title: v.entry.title,
        citePrefix: v.citePrefix,
        status: statusOf(site, v.doc.id),
        statusLabel: STATUS_LABELS[statusOf(site, v.doc.id)],
        units: Object.fromEntries(v.units.filter((u) => u.type !== 'table').map((u) => [u.id, [u.citation, u.text]])),
      },
    ]),
  );
}

/** A document's status as of the build (src/lib/status). */
function statusOf(site: Site, docId: string): StatusValue {
  return site.currency.get(docId)?.status.value ?? 'unknown';
}
