/**
 * The corrected citation the checker suggests: the 公文 form of src/lib/address — 《full title》
 * （文号）unit — with the 文号 left out where the draft has already given it.
 */
import { documentPart } from '../address/format.ts';
import type { CheckDocument } from './data.ts';

/**
 * @example officialCitation(rsbf202186, '三（三）', true) // '《技工教育“十四五”规划》（人社部发〔2021〕86号）三（三）'
 */
export function officialCitation(doc: Pick<CheckDocument, 'title' | 'docNumber' | 'kind'>, unitPart: string, withDocNumber: boolean): string {
  return documentPart({ ...doc, docNumber: withDocNumber ? doc.docNumber : null }, 'gongwen') + unitPart;
}
