/**
 * The citation a unit's Copy control puts on the clipboard: the document part once per page
 * (`《中华人民共和国职业教育法》`, `《技工教育“十四五”规划》（人社部发〔2021〕86号）`), the unit
 * part on each control (`第三十六条第二款第三项`, `二（二）`), so the page does not repeat the
 * title hundreds of times. {@link citationText} is what the script joins them into.
 */
import { formatCitation, type CitedDocument } from '../cite/index.ts';
import type { PolicyKind } from '../pst/index.ts';

/** Kinds cited by title alone: laws and regulations are known by their names, not their 文号. */
const CITED_WITHOUT_DOC_NUMBER: ReadonlySet<PolicyKind> = new Set(['法律', '行政法规', '地方性法规']);

/** Whether a document of this kind is cited with its 文号 after the title. */
export function citesDocNumber(kind: PolicyKind | null): boolean {
  return kind === null || !CITED_WITHOUT_DOC_NUMBER.has(kind);
}

/** A document as the citation helpers need it. */
export interface CitingDocument extends CitedDocument {
  kind: PolicyKind | null;
}

/**
 * The document part of every citation on its page.
 *
 * @example
 *   citationPrefix({ title: '中华人民共和国职业教育法', docNumber: null, kind: '法律', … }) // '《中华人民共和国职业教育法》'
 */
export function citationPrefix(doc: CitingDocument): string {
  return formatCitation(doc, null, { withDocNumber: citesDocNumber(doc.kind) });
}

/**
 * The full citation of a unit: what the Copy control copies.
 *
 * @example
 *   citationText(zyjyf, '第三十六条第二款第三项') // '《中华人民共和国职业教育法》第三十六条第二款第三项'
 */
export function citationText(doc: CitingDocument, unitCitation: string): string {
  return formatCitation(doc, { citation: unitCitation }, { withDocNumber: citesDocNumber(doc.kind) });
}
