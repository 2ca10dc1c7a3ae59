/**
 * The 题注 under the title of a law or regulation states when it was adopted and amended:
 * （1999年4月2日云南省第九届人民代表大会常务委员会第八次会议通过　根据2005年9月26日…修正）.
 * Each date becomes an event of the document's history with its role; the latest one dates
 * the text as printed (its 成文日期).
 */
import { findDates } from '../text/index.ts';

/** Roles of a date in a 题注. */
export type HistoryRole = '通过' | '公布' | '发布' | '批准' | '修正' | '修订' | '施行';

/** One dated event of a document's history. */
export interface HistoryEvent {
  date: string;
  role: HistoryRole;
}

const ROLE = /(通过|公布|发布|批准|修正|修订|施行)/;

/** The dated events of a 题注, in order; empty when the text is not one. */
export function readCaption(text: string): HistoryEvent[] {
  if (!/^[（(]/.test(text)) return [];
  const dates = findDates(text);
  const out: HistoryEvent[] = [];
  dates.forEach((d, i) => {
    // The role word closes the clause the date opens: up to the next date or the end.
    const clause = text.slice(d.end, dates[i + 1]?.start ?? text.length);
    const role = ROLE.exec(clause)?.[1] as HistoryRole | undefined;
    if (role && d.iso) out.push({ date: d.iso, role });
  });
  return out;
}
