/**
 * Dates as Chinese documents write them: 2020 年 2 月 17 日, 2021年02月19日, 二〇二一年三月五日,
 * 2020-06-17. Results are ISO `YYYY-MM-DD`; impossible dates (2月30日) are not dates.
 */
import { parseChineseNumeral } from './numerals.ts';
import { toHalfWidth } from './width.ts';

/** A date found in running text; `start`/`end` are UTF-16 offsets into the text as given. */
export interface DateMatch {
  iso: string;
  start: number;
  end: number;
}

const SP = '[ \\t\\u00a0]*'; // U+3000 is folded to a space before matching
const YEAR_CN = '[〇零一二三四五六七八九]{4}';
const SMALL_CN = '[〇零一二三四五六七八九十]{1,3}';

/** Year 年 month 月 day 日, each part in Arabic or Chinese digits, spaces allowed between. */
const CHINESE = `(?<![0-9])([0-9]{4}|${YEAR_CN})${SP}年${SP}([0-9]{1,2}|${SMALL_CN})${SP}月${SP}([0-9]{1,2}|${SMALL_CN})${SP}日`;
/** 2020-06-17, 2020/6/17 or 2020.6.17. */
const NUMERIC = '(?<![0-9.])([0-9]{4})(?<sep>[-/.])([0-9]{1,2})\\k<sep>([0-9]{1,2})(?![0-9])';

const FIND = new RegExp(`${CHINESE}|${NUMERIC}`, 'g');
const WHOLE = new RegExp(`^${SP}(?:${CHINESE}|${NUMERIC})${SP}$`);

/**
 * Parses a string that is a date and nothing else (surrounding spaces, including U+3000, are
 * allowed).
 *
 * @returns ISO `YYYY-MM-DD`, or `null` when `value` is not exactly one valid date
 * @example parseChineseDate('2022 年 5月 12 日') // '2022-05-12'
 */
export function parseChineseDate(value: string): string | null {
  const match = WHOLE.exec(toHalfWidth(value));
  return match ? isoOf(match) : null;
}

/**
 * Finds every date in `text`, with offsets into `text` as given.
 *
 * @example findDates('于2021年8月9日发布') // [{ iso: '2021-08-09', start: 1, end: 10 }]
 */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const match of toHalfWidth(text).matchAll(FIND)) {
    const iso = isoOf(match);
    if (iso) found.push({ iso, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Groups 1–3 are the Chinese form, 4–7 the numeric form. */
function isoOf(match: RegExpMatchArray): string | null {
  const parts = match[1] !== undefined ? [match[1], match[2], match[3]] : [match[4], match[6], match[7]];
  const [year, month, day] = parts.map((part) => (part === undefined ? null : parseChineseNumeral(part)));
  if (year == null || month == null || day == null) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * An ISO date as Chinese official documents write it, to the precision it has: a day, a month
 * (`2022-01`, known to the month only) or a year; anything else is returned as is.
 *
 * @example formatChineseDate('2021-11-05') // '2021年11月5日'
 * @example formatChineseDate('2022-01') // '2022年1月'
 * @example formatChineseDate('2021') // '2021年'
 */
export function formatChineseDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${m[2] ? `${Number(m[2])}月` : ''}${m[3] ? `${Number(m[3])}日` : ''}`;
}
