/**
 * The corrected citation the checker suggests, in 公文 form: 《full title》（文号）unit part.
 * One function, so that the shared unit-address module (src/lib/address, the citation of a unit
 * in every form) replaces it in one place.
 */
import { formatCitation } from '../cite/format.ts';
import type { CheckDocument } from './data.ts';

/**
 * @example officialCitation(rsbf202186, '二（三）', true) // '《技工教育“十四五”规划》（人社部发〔2021〕86号）二（三）'
 */
export function officialCitation(doc: Pick<CheckDocument, 'id' | 'title' | 'docNumber'>, unitPart: string, withDocNumber: boolean): string {
  return formatCitation(doc, { citation: unitPart }, { withDocNumber });
}
