/**
 * Unit URLs: where a unit lives on the site. (Citations are written by src/lib/address.)
 *
 *   /docs/zyjyf-2022/#art-36-p2-i3      a unit inside its document page
 *   /docs/zyjyf-2022/art-36/            an article's (or top-level outline item's) own page
 */

/** The URL of a unit inside its document page: `/docs/<id>/#<unit>`. */
export function unitUrl(docId: string, unitId: string | null): string {
  return unitId ? `/docs/${docId}/#${unitId}` : `/docs/${docId}/`;
}

/** The URL of a unit's own page (an article or top-level outline item): `/docs/<id>/<unit>/`. */
export function unitPageUrl(docId: string, pageUnitId: string): string {
  return `/docs/${docId}/${pageUnitId}/`;
}
