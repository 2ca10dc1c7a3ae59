/**
 * Citations in the forms people paste into official documents, and unit URLs.
 *
 *   《中华人民共和国职业教育法》第三十六条第二款第三项
 *   《技工教育“十四五”规划》（人社部发〔2021〕86号）二（三）
 */
import type { UnitEntry } from './units.ts';

/** What a citation needs to know of the document. */
export interface CitedDocument {
  id: string;
  title: string;
  docNumber: string | null;
}

/**
 * The citation of a unit (or of the whole document when `unit` is null). Documents with a 文号
 * that are not laws carry it after the title, as policy documents are cited.
 */
export function formatCitation(doc: CitedDocument, unit: Pick<UnitEntry, 'citation'> | null, options: { withDocNumber?: boolean } = {}): string {
  const number = (options.withDocNumber ?? true) && doc.docNumber ? `（${doc.docNumber}）` : '';
  return `《${doc.title}》${number}${unit?.citation ?? ''}`;
}

/** The URL of a unit inside its document page: `/docs/<id>/#<unit>`. */
export function unitUrl(docId: string, unitId: string | null): string {
  return unitId ? `/docs/${docId}/#${unitId}` : `/docs/${docId}/`;
}

/** The URL of a unit's own page (an article or top-level outline item): `/docs/<id>/<unit>/`. */
export function unitPageUrl(docId: string, pageUnitId: string): string {
  return `/docs/${docId}/${pageUnitId}/`;
}
