/** Pure text helpers for Chinese policy text: numerals, 文号, dates and width folding. */
export { findDates, formatChineseDate, parseChineseDate, type DateMatch } from './dates.ts';
export { findDocNumbers, normalizeDocNumber, type DocNumberMatch } from './docnumber.ts';
export { ANY_NUMERAL, CHINESE_NUMERAL, CHINESE_NUMERAL_CHARS, parseChineseNumeral, parseSubNumber, toChineseNumeral } from './numerals.ts';
export { isSpace, SPACE_CLASS, toHalfWidth } from './width.ts';
export { shortTitlesOf, titleKey } from './title.ts';
