/**
 * 文号 (document numbers) such as 人社部发〔2021〕86号: an issuer abbreviation, the year in
 * brackets, a serial number and 号. Sources write the brackets many ways (〔〕 ﹝﹞ [] ［］ 【】
 * () （）), mix in full-width digits and spaces; the canonical form has 〔〕, half-width digits
 * and no spaces.
 */
import { SPACE_CLASS, toHalfWidth } from './width.ts';

/** A 文号 found in running text; `start`/`end` are UTF-16 offsets into the text as given. */
export interface DocNumberMatch {
  /** The text as written, `text.slice(start, end)`. */
  raw: string;
  /** The canonical form, see {@link normalizeDocNumber}. */
  normalized: string;
  start: number;
  end: number;
}

const OPEN = '[〔﹝\\[［【(（]';
const CLOSE = '[〕﹞\\]］】)）]';
const SP = `${SPACE_CLASS}*`;
const DIGIT = '[0-9０-９]';
const CJK = '[\\u3400-\\u9fff]';

/**
 * Issuer, bracketed 4-digit year, serial number, 号. The issuer is 1–10 CJK characters; the
 * regex takes the longest run, and {@link trimIssuer} then drops words that introduce a
 * citation (根据人社部发… → 人社部发…).
 */
const DOC_NUMBER = new RegExp(`(${CJK}{1,10})${SP}${OPEN}${SP}(${DIGIT}{4})${SP}${CLOSE}${SP}(第?)${SP}(${DIGIT}{1,5})${SP}号`, 'gu');

/** Words that precede a 文号 in running text but are never part of an issuer abbreviation. */
const LEAD_INS = [
  '根据',
  '按照',
  '按',
  '依据',
  '依照',
  '参照',
  '执行',
  '落实',
  '贯彻',
  '印发',
  '转发',
  '要求',
  '精神',
  '文件',
  '通知',
  '意见',
  '以及',
  '见',
  '的',
  '和',
  '及',
  '与',
  '或',
  '即',
  '同',
  '等',
];

/**
 * The canonical 文号: 〔〕 around the year, half-width digits, no spaces.
 *
 * @example normalizeDocNumber('云人社发[2014]140号') // '云人社发〔2014〕140号'
 * @example normalizeDocNumber('人社部发﹝2020﹞96 号') // '人社部发〔2020〕96号'
 */
export function normalizeDocNumber(raw: string): string {
  const compact = toHalfWidth(raw).replace(/[\s\u00a0]+/g, '');
  return compact.replace(new RegExp(`${OPEN}([0-9]{4})${CLOSE}`, 'u'), '〔$1〕');
}

/**
 * Finds every 文号 in `text` without rewriting it first, so that offsets stay true.
 * A bracketed year alone (〔2021〕30号 with no issuer) is not a 文号.
 *
 * @example findDocNumbers('根据人社部发〔2020〕10 号文件')
 * // [{ raw: '人社部发〔2020〕10 号', normalized: '人社部发〔2020〕10号', start: 2, end: 15 }]
 */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const found: DocNumberMatch[] = [];
  for (const match of text.matchAll(DOC_NUMBER)) {
    const issuer = match[1] ?? '';
    const trimmed = trimIssuer(issuer);
    if (trimmed === '') continue; // 以及〔2021〕30号: a bracketed year with no issuer
    const skip = issuer.length - trimmed.length;
    const start = match.index + skip;
    const end = match.index + match[0].length;
    const raw = text.slice(start, end);
    found.push({ raw, normalized: normalizeDocNumber(raw), start, end });
  }
  return found;
}

/** Drops everything up to and including the last lead-in word (possibly all of it). */
function trimIssuer(issuer: string): string {
  let cut = 0;
  for (const word of LEAD_INS) {
    const at = issuer.lastIndexOf(word);
    if (at >= 0) cut = Math.max(cut, at + word.length);
  }
  return issuer.slice(cut);
}
