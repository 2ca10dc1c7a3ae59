/**
 * What the copy menu of a document page copies: a unit, known on the page by its 公文 citation
 * (`第三十六条第二款第三项`, `二（三）`, `第二部分`, `专栏2第1项`), written in each citation form of
 * src/lib/address. The page keeps only that citation per unit; its address is read back from it
 * (src/lib/address round-trips every unit of the corpus through every form).
 */
import { formatCitation, parseUnitPath, type CitationForm, type CitedDocument, type PlainExtras } from '../address/index.ts';

/**
 * @example citeInForm(zyjyf, '第三十六条第二款第三项', 'academic') // '《职业教育法》第36条第2款第3项'
 * @example citeInForm(zyjyf, '', 'court') // '《中华人民共和国职业教育法》' (the whole document)
 */
export function citeInForm(doc: CitedDocument, unitCitation: string, form: CitationForm, extras?: PlainExtras): string {
  const path = unitCitation === '' ? null : parseUnitPath(unitCitation);
  if (unitCitation !== '' && path === null) return formatCitation(doc, null, form, extras) + unitCitation;
  return formatCitation(doc, path, form, extras);
}
