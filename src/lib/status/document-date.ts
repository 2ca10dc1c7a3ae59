/**
 * The date of a document, one rule for every list, facet and sort: the 成文日期, else the 发布日期,
 * else the 施行日期 — the order a 规范性文件 is cited by (the date under the signature first).
 */
import type { PolicyDates } from '../pst/index.ts';

/**
 * @example documentDate({ issued: null, published: '2022-10-25', effective: null }) // '2022-10-25'
 */
export function documentDate(dates: PolicyDates): string | null {
  return dates.issued ?? dates.published ?? dates.effective;
}
