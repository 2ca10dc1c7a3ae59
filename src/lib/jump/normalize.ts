/**
 * Matching keys for titles and 文号: what people type differs from the official text in quotes,
 * spaces, bracket shapes and widths (技工教育十四五规划 for 技工教育“十四五”规划), so both sides
 * are folded the same way before comparing.
 */
import { normalizeDocNumber, toHalfWidth } from '../text/index.ts';

/**
 * A title folded for matching: half-width, lower case, without spaces, quotes and 《》, with
 * one shape of round brackets and dashes.
 *
 * @example titleMatchKey('技工教育“十四五”规划') // '技工教育十四五规划'
 * @example titleMatchKey('职业教育提质培优行动计划（2020—2023年）') // '职业教育提质培优行动计划(2020-2023年)'
 */
export function titleMatchKey(title: string): string {
  return toHalfWidth(title)
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, '')
    .replace(/["'“”‘’「」『』《》〈〉<>]/g, '')
    .replace(/[—–―‐-]+/g, '-');
}

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
