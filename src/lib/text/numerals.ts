/**
 * Chinese numerals as used in legal numbering (第三十六条, 一百零五, 两) and their Arabic and
 * full-width forms (36, ３６).
 */
import { toHalfWidth } from './width.ts';

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const MYRIADS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/** The characters {@link parseChineseNumeral} understands, as a regex character class body. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万';

/**
 * The one pattern (a regex source) for a Chinese numeral as legal numbering writes it —
 * 三十六, 一百零五, 两, 〇 — without 万, which numbering never reaches and amounts do.
 */
export const CHINESE_NUMERAL = '[〇零一二两三四五六七八九十百千]+';

/** A numeral in numbering, Chinese ({@link CHINESE_NUMERAL}) or Arabic, half- or full-width. */
export const ANY_NUMERAL = `(?:[0-9０-９]+|${CHINESE_NUMERAL})`;

/**
 * Parses a numeral written in Chinese (十二, 二十, 一百零五, 一百一十, 两, 〇), in Arabic digits
 * (36) or in full-width digits (３６). A run of bare digit characters is read positionally, as
 * years are written (二〇二一 → 2021). Surrounding spaces are ignored.
 *
 * @returns the number, or `null` when `value` is not a numeral (`十百`, `三十六条`, ``)
 * @example parseChineseNumeral('一百零五') // 105
 */
export function parseChineseNumeral(value: string): number | null {
  const s = toHalfWidth(value).trim();
  if (s === '') return null;
  if (/^[0-9]+$/.test(s)) return Number(s);
  const chars = [...s];
  if (chars.length > 1 && chars.every((char) => char in DIGITS)) {
    return Number(chars.map((char) => DIGITS[char]).join(''));
  }

  let total = 0;
  let section = 0; // the part below the current 万/亿
  let digit: number | null = null;
  let lastUnit = Infinity; // units must fall within a section: 一百一十, not 十百
  let lastMyriad = Infinity;
  for (const char of chars) {
    const d = DIGITS[char];
    const unit = UNITS[char];
    const myriad = MYRIADS[char];
    if (d !== undefined) {
      if (digit !== null && digit !== 0) return null; // 二三 is not a numeral
      digit = d;
    } else if (unit !== undefined) {
      if (unit >= lastUnit || digit === 0) return null;
      section += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
    } else if (myriad !== undefined) {
      if (myriad >= lastMyriad) return null;
      section += digit ?? 0;
      if (section === 0) return null;
      total += section * myriad;
      section = 0;
      digit = null;
      lastUnit = Infinity;
      lastMyriad = myriad;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * Writes a non-negative integer below 10¹² in Chinese the way legal numbering does:
 * 10 → 十, 36 → 三十六, 105 → 一百零五, 110 → 一百一十, 0 → 〇.
 *
 * @returns the numeral, or `null` for negative, fractional or too large numbers
 */
export function toChineseNumeral(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) return null;
  if (n === 0) return '〇';
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  const names = ['', '万', '亿'];
  let out = '';
  let pendingZero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] ?? 0;
    if (group === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (out !== '' && (pendingZero || group < 1000)) out += '零';
    out += fourDigits(group, out === '') + (names[i] ?? '');
    pendingZero = false;
  }
  return out;
}

/** 1–9999 in Chinese; `leading` drops the 一 of 一十 (十二, but 一百一十二). */
function fourDigits(n: number, leading: boolean): string {
  const chars = '〇一二三四五六七八九';
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    const unit = units[i] ?? '';
    out += leading && out === '' && d === 1 && unit === '十' ? '十' : (chars[d] ?? '') + unit;
  });
  return out;
}

/**
 * Parses the 之一 of 第三十六条之一: the sub-number of an article inserted by an amendment.
 *
 * @returns 1 for `之一`, 2 for `之二`, or `null` when `value` is not 之 + a numeral
 */
export function parseSubNumber(value: string): number | null {
  const match = /^之(.+)$/.exec(value.trim());
  return match?.[1] === undefined ? null : parseChineseNumeral(match[1]);
}
