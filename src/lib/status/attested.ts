/**
 * Dates another library document states for a document that states none of its own: a 2022
 * notice's “今年1月，中共中央办公厅印发《关于建立中小学校党组织领导的校长负责制的意见（试行）》”
 * dates that 意见 to 2022年1月, to the month, as written. 今年 is the citing text's own year; a
 * mention later than the citing text's own date is not a past issue and is not taken.
 */
import { formatChineseDate } from '../text/index.ts';
import { bookTitle } from './asof.ts';
import { issueMentionBefore } from './patterns.ts';
import { evidenceOf, type Statement } from './statements.ts';
import type { DocDate } from './types.ts';
import { DATE_ROLE_LABELS } from '../vocab/status.ts';

/** How far before a 《title》 the words of a mention may start. */
const WINDOW = 60;

/**
 * For each undated document another one mentions the issue of, its 发布 date with that
 * sentence (basis `attested`), keyed by id; the first mention in document order wins.
 *
 * @example attestedDates(documents, statements, dates).get('jlzxxxdzzldxzf')?.date // '2022-01'
 */
export function attestedDates(
  documents: ReadonlyArray<{ id: string; title: string }>,
  statements: ReadonlyMap<string, readonly Statement[]>,
  dates: ReadonlyMap<string, readonly DocDate[]>,
): Map<string, DocDate> {
  const out = new Map<string, DocDate>();
  for (const d of documents) {
    const own = dates.get(d.id) ?? [];
    const written = own.find((x) => x.role === 'issued' && x.date.length >= 7) ?? own.find((x) => x.role === 'published' && x.date.length >= 7);
    for (const s of statements.get(d.id) ?? []) {
      for (const c of s.citations) {
        if (c.target.type !== 'document' || c.target.unitId || c.target.docId === d.id || out.has(c.target.docId)) continue;
        if ((dates.get(c.target.docId) ?? []).length > 0) continue;
        const mention = issueMentionBefore(s.text.slice(Math.max(0, c.start - WINDOW), c.start));
        const year = mention?.year ?? (written ? Number(written.date.slice(0, 4)) : null);
        if (!mention || year === null) continue;
        const iso = [String(year), pad(mention.month), ...(mention.day ? [pad(mention.day)] : [])].join('-');
        if (written && iso > written.date) continue;
        const thisYear =
          mention.year === null ? `${bookTitle(d.title)}${DATE_ROLE_LABELS[written!.role]}为${formatChineseDate(written!.date)}，文中“今年”即${year}年` : null;
        out.set(c.target.docId, {
          role: 'published',
          date: iso,
          basis: { kind: 'attested', evidence: evidenceOf(d.id, s, c.start), from: d.id, ...(thisYear ? { reason: thisYear } : {}) },
        });
      }
    }
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
