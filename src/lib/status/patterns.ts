/**
 * The phrasings of currency as the corpus writes them, each a pattern read by one function:
 * 施行 (本办法自2022年1月1日起施行 / 本文件自印发之日起施行 / 本规定自一九八七年一月一日起实行),
 * 有效期 (有效期5年 / 有效期至2025年12月31日), 试行/暂行 in a title, the 题注 under a law's title
 * ((1999年4月2日…通过　2005年9月26日…修正)), and a plan's period (（2023—2025年）, “十四五”).
 * Spaces inside dates (2022 年 5 月 1 日) are tolerated throughout (text/dates.ts).
 */
import { findDates, parseChineseNumeral } from '../text/index.ts';
import type { DateRole } from '../vocab/status.ts';

/** How a document names itself in its own 施行 / 有效期 sentence: 本法, 本办法, 本文件 … */
const SELF = '本(?:法|条例|规定|实施细则|细则|实施办法|办法|实施意见|意见|通知|实施方案|方案|文件|决定|规划|行动计划|计划|指南|措施|标准|规则|制度)';
const SP = '[ \\t\\u3000]*';

/** What a 施行 sentence says: a date, or a date relative to the document's own (印发之日). */
export type EffectiveClause = { kind: 'date'; date: string; at: number } | { kind: 'relative'; to: 'issued' | 'published'; words: string; at: number };

const EFFECTIVE = new RegExp(`${SELF}[^。；]*?自${SP}([^。；]{1,30}?)${SP}起${SP}(?:施行|实施|实行|执行|生效)`, 'u');

/**
 * Reads the document's own 施行 clause in a sentence.
 *
 * @example effectiveClause('本办法自2022年1月1日起施行。') // { kind: 'date', date: '2022-01-01', at: 0 }
 * @example effectiveClause('本文件自印发之日起施行，由省委…负责解释。') // { kind: 'relative', to: 'issued', words: '印发之日', at: 0 }
 */
export function effectiveClause(sentence: string): EffectiveClause | null {
  const m = EFFECTIVE.exec(sentence);
  if (!m) return null;
  const when = m[1]!;
  const date = findDates(when)[0];
  if (date) return { kind: 'date', date: date.iso, at: m.index };
  const rel = /(印发|发布|公布|发文|签发|下发)之日/u.exec(when);
  if (rel) return { kind: 'relative', to: rel[1] === '公布' || rel[1] === '发布' ? 'published' : 'issued', words: rel[0], at: m.index };
  return null;
}

/** A stated term: a number of years from the 施行 date, or an end date. */
export type Term = { kind: 'years'; years: number } | { kind: 'until'; date: string };

const TERM_YEARS = /(?:有效期|试行期|暂行期)(?:为|限为)?[ \u3000]*([0-9]+|[一二三四五六七八九十两]+)[ \u3000]*年/u;
const TERM_UNTIL = /有效期(?:至|到|截至)([^。；，]{4,20})/u;

/**
 * Reads a stated term of validity.
 *
 * @example termOf('本办法自2019年5月1日起施行，有效期5年。') // { kind: 'years', years: 5 }
 * @example termOf('有效期至2025年12月31日。')               // { kind: 'until', date: '2025-12-31' }
 */
export function termOf(sentence: string): Term | null {
  const until = TERM_UNTIL.exec(sentence);
  if (until) {
    const date = findDates(until[1]!)[0];
    if (date) return { kind: 'until', date: date.iso };
  }
  const years = TERM_YEARS.exec(sentence);
  if (years) {
    const n = /^[0-9]+$/.test(years[1]!) ? Number(years[1]) : parseChineseNumeral(years[1]!.replace('两', '二'));
    if (n != null && n > 0) return { kind: 'years', years: n };
  }
  return null;
}

/** Whether a document sentence states its own term (有效期…), not a voucher's or a card's. */
export function isOwnTermSentence(sentence: string): boolean {
  return new RegExp(SELF).test(sentence) && termOf(sentence) !== null;
}

/**
 * 试行 / 暂行 in a title: the document calls itself provisional.
 *
 * @example provisionalWord('云南省拓宽技能人才成长上升通道实施办法（暂行）') // '暂行'
 * @example provisionalWord('关于做好落实《关于…的意见（试行）》有关工作的通知') // null
 */
export function provisionalWord(title: string): '试行' | '暂行' | null {
  // Not a title it cites: 关于做好落实《…意见（试行）》有关工作的通知 is not provisional itself.
  const m = /[（(](试行|暂行)[）)]|(暂行)(?:办法|规定|条例)/u.exec(title.replace(/《[^》]*》/gu, ''));
  return m ? ((m[1] ?? m[2]) as '试行' | '暂行') : null;
}

/** One event of a 题注: the date and what happened on it. */
export interface NoteEvent {
  role: Extract<DateRole, 'adopted' | 'amended' | 'published'>;
  date: string;
  /** The words of this event, from its date to the next one. */
  words: string;
}

/**
 * Reads a 题注 — the bracketed line under a law's title listing when it was adopted, promulgated
 * and amended — into its events. Anything else gives `[]`.
 *
 * @example
 *   noteEvents('（1999年4月2日云南省第九届人民代表大会常务委员会第八次会议通过2005年9月26日…第十八次会议修正）')
 *   // [{ role: 'adopted', date: '1999-04-02', … }, { role: 'amended', date: '2005-09-26', … }]
 */
export function noteEvents(text: string): NoteEvent[] {
  const t = text.trim();
  if (!/^[（(]/u.test(t) || !/[）)]$/u.test(t)) return [];
  const dates = findDates(t);
  const events: NoteEvent[] = [];
  dates.forEach((d, i) => {
    const words = t.slice(d.start, dates[i + 1]?.start ?? t.length);
    const role = /修正|修订|修改/u.test(words) ? 'amended' : /通过|批准/u.test(words) ? 'adopted' : /公布|发布/u.test(words) ? 'published' : null;
    if (role) events.push({ role, date: d.iso, words: words.replace(/^[\s（(]+|[\s）)根据]+$/gu, '') });
  });
  return events;
}

/** A period a plan or programme states: years, inclusive. */
export interface Period {
  from: number;
  to: number;
  /** As written: `2023—2025年`, `“十四五”`. */
  words: string;
}

/** Five-year plan periods: the 第十四个五年规划纲要 covers 2021—2025年, and so on. */
const FIVE_YEAR: Readonly<Record<string, number>> = { 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026 };

/**
 * The period a title states: （2023—2025年）, 2021-2022年, “十四五”.
 *
 * @example periodOfTitle('职业教育提质培优行动计划（2020—2023年）') // { from: 2020, to: 2023, words: '2020—2023年' }
 * @example periodOfTitle('技工教育“十四五”规划')                  // { from: 2021, to: 2025, words: '“十四五”' }
 */
export function periodOfTitle(title: string): Period | null {
  const range = /((?:19|20)\d{2})[ \u3000]*年?[ \u3000]*[—–\-－~～至到]+[ \u3000]*((?:19|20)\d{2})[ \u3000]*年/u.exec(title);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to >= from) return { from, to, words: range[0] };
  }
  const five = /[“"]?(十[一二三四五]五)[”"]?/u.exec(title);
  if (five && FIVE_YEAR[five[1]!] !== undefined) {
    const from = FIVE_YEAR[five[1]!]!;
    return { from, to: from + 4, words: `“${five[1]}”` };
  }
  return null;
}

/** Genres that are plans or programmes: a period they state is the period they plan for. */
export function isPlanTitle(title: string, genre: string | null): boolean {
  return /规划|计划|行动|方案|安排|工程|纲要/u.test(genre ?? '') || /规划|行动计划|行动方案|工作安排|实施方案/u.test(title);
}

/**
 * The year in a 文号: 〔2021〕 in 人社部发〔2021〕86号.
 *
 * @example docNumberYear('人社部发〔2021〕86号') // '2021'
 */
export function docNumberYear(docNumber: string | null): string | null {
  const m = docNumber ? /[〔[［(（]((?:19|20)\d{2})[〕\]］)）]/u.exec(docNumber) : null;
  return m ? m[1]! : null;
}

/** When another text says a document was issued: a month, with a year or 今年 (the citing text's year), perhaps a day. */
export interface IssueMention {
  /** The year as written, or null for 今年 (this year: the citing text's own). */
  year: number | null;
  month: number;
  day: number | null;
  /** The words, from the date to just before the 《title》. */
  words: string;
}

const ISSUE_MENTION = new RegExp(
  `(?:(今年)|((?:19|20)\\d{2})${SP}年)${SP}(\\d{1,2})${SP}月(?:${SP}(\\d{1,2})${SP}日)?${SP}[，,]?[^。；，《》]{0,30}?(?:印发|发布|颁布|出台)[了的]?${SP}$`,
  'u',
);

/**
 * Reads, in the text just before a cited 《title》, a date the citing text gives for its issue
 * (今年1月，中共中央办公厅印发《…》; 2021年10月，…印发的《…》; 2019年1月24日，…印发了《…》).
 *
 * @example issueMentionBefore('今年1月，中共中央办公厅印发') // { year: null, month: 1, day: null, words: '今年1月，中共中央办公厅印发' }
 * @example issueMentionBefore('根据')                        // null
 */
export function issueMentionBefore(before: string): IssueMention | null {
  const m = ISSUE_MENTION.exec(before);
  if (!m) return null;
  const month = Number(m[3]);
  const day = m[4] ? Number(m[4]) : null;
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return { year: m[1] ? null : Number(m[2]), month, day, words: m[0] };
}
