/**
 * The matching key for 文号 as people type them (titles: src/lib/text/title.ts).
 */
import { normalizeDocNumber } from '../text/index.ts';

/**
 * A 文号 folded for matching in any bracket form or spacing: the canonical 文号 without its
 * brackets and 号, so that a prefix of it is a prefix of the key.
 *
 * @example docNumberMatchKey('人社部发﹝2021﹞86 号') // '人社部发202186'
 * @example docNumberMatchKey('人社部发[2021]86号')   // '人社部发202186'
 */
export function docNumberMatchKey(value: string): string {
  return normalizeDocNumber(value)
    .replace(/[〔〕[\]［］【】﹝﹞()（）]/g, '')
    .replace(/号$/, '')
    .toLowerCase();
}
