/**
 * The one matching key for document titles. What people write differs from the official title
 * in quotes, spaces, bracket shapes and widths, book-title marks and the state's name
 * (技工教育十四五规划 for 技工教育“十四五”规划) and drop what a short title leaves out
 * (职业教育法 for 中华人民共和国职业教育法), so every comparison of titles — copies merged by the importer, citations resolved by xref, the quick
 * jump — folds both sides with {@link titleKey} and knows the same {@link shortTitlesOf}.
 */
import { toHalfWidth } from './width.ts';

/**
 * A title folded for matching: half-width, lower case, without spaces, quotes and book-title
 * marks (《》〈〉<>), with one shape of round brackets and dashes. A title without its
 * 中华人民共和国 is one of its {@link shortTitlesOf}, not the same key: a fuzzy match needs the
 * whole title.
 *
 * @example titleKey('技工教育“十四五”规划') // '技工教育十四五规划'
 * @example titleKey('《中华人民共和国职业教育法》') // '中华人民共和国职业教育法'
 * @example titleKey('职业教育提质培优行动计划（2020—2023年）') // '职业教育提质培优行动计划(2020-2023年)'
 */
export function titleKey(title: string): string {
  return toHalfWidth(title)
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, '')
    .replace(/["'“”„‟‘’「」『』《》〈〉<>＜＞]/g, '')
    .replace(/[—–―‐－-]+/g, '-');
}

/**
 * The titles a document also goes by, derived from its title: 职业教育法 for
 * 中华人民共和国职业教育法, 关于深化产教融合的若干意见 for 国务院办公厅关于深化产教融合的若干意见,
 * 职业教育提质培优行动计划 for 职业教育提质培优行动计划（2020—2023年）; plus those `given` (the
 * frontmatter's). The title itself is not among them.
 */
export function shortTitlesOf(title: string, given: readonly string[] = []): string[] {
  const out = new Set(given);
  out.add(title.replace(/^中华人民共和国/, ''));
  const about = title.indexOf('关于');
  if (about > 0 && !/印发|公布/.test(title.slice(about))) out.add(title.slice(about));
  out.add(title.replace(/[（(][^（）()]*[）)]$/, ''));
  out.delete(title);
  out.delete('');
  return [...out];
}
