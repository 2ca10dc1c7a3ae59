/**
 * The citation a unit's Copy control puts on the clipboard: the document part once per page
 * (`《中华人民共和国职业教育法》`, `《技工教育“十四五”规划》（人社部发〔2021〕86号）`), the unit
 * part on each control (`第三十六条第二款第三项`, `二（二）`), so the page does not repeat the
 * title hundreds of times. {@link citationText} is what the script joins them into. Both are the
 * 公文 form of src/lib/address.
 */
import { documentPart, type CitedDocument } from '../address/index.ts';

/** A document as the citation helpers need it. */
export type CitingDocument = CitedDocument;

/**
 * The document part of every citation on its page.
 *
 * @example
 *   citationPrefix({ title: '中华人民共和国职业教育法', docNumber: null, kind: '法律' }) // '《中华人民共和国职业教育法》'
 */
export function citationPrefix(doc: CitingDocument): string {
  return documentPart(doc, 'gongwen');
}

/**
 * The full citation of a unit: what the Copy control copies.
 *
 * @example
 *   citationText(zyjyf, '第三十六条第二款第三项') // '《中华人民共和国职业教育法》第三十六条第二款第三项'
 */
export function citationText(doc: CitingDocument, unitCitation: string): string {
  return citationPrefix(doc) + unitCitation;
}
