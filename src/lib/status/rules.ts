/**
 * How a status is decided, as of a date, in this order — each rule names what it used:
 *
 * 1. 新闻、讲话 are not normative documents: 未知, said so.
 * 2. 失效（废止）: a library document states that it repeals this one (…同时废止), once that
 *    document is in force.
 * 3. 部分失效: a library document repeals one of its units.
 * 4. 已被修改: a library document states an amendment (…修订/修正) later than this text.
 * 5. 尚未生效: the 施行 date is after the as-of date.
 * 6. 有效期届满: the document states a term (有效期5年, 有效期至…) and it has ended.
 * 7. 规划期已结束: a plan or programme states its period (（2023—2025年）, “十四五” = 2021—2025年
 *    per the 第十四个五年规划纲要) and the period has ended; a reference still, not repealed.
 * 8. 未知: a local 暂行/试行 document with no stated term, issued more than two years before:
 *    provincial rules on 行政规范性文件 commonly limit those to two years, and the library holds
 *    neither the applicable rule nor a renewal, so it does not guess.
 * 9. 现行有效: in effect (施行 date passed — a document that states none takes effect when issued
 *    or published, the convention of 自印发之日起施行) and none of the above is known. A document
 *    with no date at all is still an issued text the library held by the as-of date (a news item
 *    may also report it 印发), so it has taken effect by then; its basis says the date is unknown.
 */
import { formatChineseDate } from '../text/index.ts';
import { bookTitle } from './asof.ts';
import type { Period, Term } from './patterns.ts';
import type { DocDate, DocStatus, Evidence, Validity } from './types.ts';
import { DATE_ROLE_LABELS, isBound } from '../vocab/status.ts';

/** What the rules need about one document. */
export interface RuleInput {
  id: string;
  title: string;
  kind: string | null;
  role: string | null;
  jurisdiction: string | null;
  dates: readonly DocDate[];
  /** A stated term and its sentence. */
  term: { term: Term; evidence: Evidence } | null;
  /** A plan's stated period and where (the title). */
  period: { period: Period; evidence: Evidence } | null;
  provisional: '试行' | '暂行' | null;
  /** The document's own 施行 sentence, even when it gives no date (自公布之日起施行). */
  effectiveClause: Evidence | null;
  /** The news item that publishes it as issued (近日，…印发了《…》), when it has no date of its own. */
  publishedBy: { evidence: Evidence | null; title: string } | null;
  /** Library documents that repeal it, with the sentence and the date that repeal takes effect. */
  repealedBy: ReadonlyArray<{ evidence: Evidence; title: string; date: string | null }>;
  partlyRepealedBy: ReadonlyArray<{ evidence: Evidence; title: string; date: string | null }>;
  amendedBy: ReadonlyArray<{ evidence: Evidence; date: string }>;
}

/** The start of validity: the 施行 date, else the date it was issued or published. */
export function startOf(dates: readonly DocDate[]): DocDate | null {
  return (
    dates.find((d) => d.role === 'effective') ??
    dates.find((d) => d.role === 'issued') ??
    dates.find((d) => d.role === 'published') ??
    dates.find((d) => d.role === 'adopted') ??
    dates.find((d) => d.role === 'year') ??
    null
  );
}

/** The 不早于 and 不晚于 bounds, when those are all that is known. */
function boundsOf(dates: readonly DocDate[]): DocDate[] {
  return dates.filter((d) => isBound(d.role));
}

/** The validity period: from the start, to the end of a stated term or plan period. */
export function validityOf(input: RuleInput): Validity {
  const start = startOf(input.dates);
  const from = start && start.date.length === 10 ? start.date : null;
  if (input.term) {
    const { term, evidence } = input.term;
    if (term.kind === 'until') return { from, to: term.date, evidence, rule: `有效期至${formatChineseDate(term.date)}` };
    if (from) {
      const to = addYears(from, term.years);
      return { from, to, evidence, rule: `有效期${term.years}年，自${formatChineseDate(from)}起算，至${formatChineseDate(to)}止` };
    }
    return { from, to: null, evidence, rule: `有效期${term.years}年，起算日期不明` };
  }
  if (input.period) {
    const { period, evidence } = input.period;
    const five = period.words.startsWith('“') ? `（${period.words}即${period.from}—${period.to}年）` : '';
    return { from: from ?? `${period.from}-01-01`, to: `${period.to}-12-31`, evidence, rule: `规划期${period.from}—${period.to}年${five}` };
  }
  return { from, to: null, evidence: null, rule: null };
}

/** Decides the status as of `asOf` (ISO date); see the module comment for the order. */
export function decideStatus(input: RuleInput, asOf: string): DocStatus {
  const status = (value: DocStatus['value'], rule: string, evidence: Evidence | null = null): DocStatus => ({ value, rule, evidence, asOf });
  if (input.kind === '新闻' || input.kind === '讲话' || input.role === 'news' || input.role === 'speech') {
    return status('unknown', `${input.kind ?? '新闻'}不是规范性文件，不判断其效力；所载文件的效力见该文件。`);
  }
  const repeal = input.repealedBy.find((r) => r.date === null || r.date <= asOf);
  if (repeal)
    return status(
      'repealed',
      `${bookTitle(repeal.title)}写明废止本文件${repeal.date ? `，该文件自${formatChineseDate(repeal.date)}起施行` : ''}。`,
      repeal.evidence,
    );
  const partly = input.partlyRepealedBy.find((r) => r.date === null || r.date <= asOf);
  if (partly)
    return status(
      'partly-repealed',
      `${bookTitle(partly.title)}写明废止本文件的部分条款${partly.date ? `，该文件自${formatChineseDate(partly.date)}起施行` : ''}；其余条款未见废止。`,
      partly.evidence,
    );
  const ownLatest =
    input.dates
      .filter((d) => d.date.length === 10 && d.role !== 'effective')
      .map((d) => d.date)
      .sort()
      .at(-1) ?? null;
  const amendment = input.amendedBy.find((a) => a.date <= asOf && (ownLatest === null || a.date > ownLatest));
  if (amendment)
    return status('amended', `库内文件写明本文件于${formatChineseDate(amendment.date)}修改，晚于本文本的日期；本文本为修改前文本。`, amendment.evidence);

  const start = startOf(input.dates);
  const effective = input.dates.find((d) => d.role === 'effective');
  if (effective && effective.date > asOf)
    return status('not-yet', `施行日期${formatChineseDate(effective.date)}晚于${formatChineseDate(asOf)}。`, effective.basis.evidence);

  const validity = validityOf(input);
  if (input.term && validity.to && validity.to < asOf)
    return status('expired', `${validity.rule}，已于${formatChineseDate(asOf)}前届满；库内未见延续。`, input.term.evidence);
  if (input.period && validity.to && validity.to < asOf)
    return status('plan-ended', `${validity.rule}，已于${formatChineseDate(validity.to)}结束；规划期结束不等于废止，仍可作参考。`, input.period.evidence);

  if (!start) {
    // Undated, yet issued: the library holds the issued text (a news item may say so too), so it
    // was issued before the as-of date, and without a stated 施行 date or term it is in effect.
    const bounds = boundsOf(input.dates);
    const bound = bounds[0];
    const issued = input.publishedBy ? `新闻“${input.publishedBy.title}”报道本文件已印发` : '本库所收为已印发文本';
    const when = ['印发日期未写明', ...bounds.map((b) => `${DATE_ROLE_LABELS[b.role]}${formatChineseDate(b.date)}（${b.basis.reason ?? ''}）`)].join('，');
    const clause = input.effectiveClause
      ? `，文本写明“${input.effectiveClause.sentence.replace(/[。；]$/u, '')}”`
      : '，文本未写明施行日期，按“自印发之日起施行”的惯例';
    if (input.provisional && input.jurisdiction && input.jurisdiction !== '全国') {
      return status(
        'unknown',
        `${issued}；${when}；名称冠以“${input.provisional}”，文本未写明有效期，无从判断是否已逾地方规定的试行期限。`,
        input.effectiveClause ?? bound?.basis.evidence ?? null,
      );
    }
    const trial = input.provisional ? `；名称冠以“${input.provisional}”，文本未写明试行期限` : '';
    return status(
      'in-force',
      `${issued}，${when}${clause}，至迟于${formatChineseDate(bounds.find((b) => b.role === 'notAfter')?.date ?? asOf)}已施行；文本未写明期限${trial}；库内文件未见废止、修改或期满。`,
      input.effectiveClause ?? input.publishedBy?.evidence ?? bound?.basis.evidence ?? null,
    );
  }
  if (
    input.provisional &&
    !input.term &&
    input.jurisdiction &&
    input.jurisdiction !== '全国' &&
    start.date.slice(0, 4) <= String(Number(asOf.slice(0, 4)) - 2)
  ) {
    return status(
      'unknown',
      `名称冠以“${input.provisional}”，文本未写明有效期，自${formatChineseDate(start.date)}起已逾两年；地方行政规范性文件管理规定多将“暂行”“试行”文件有效期限于二年，本库未收录所适用的规定及延续情况，故不推定。`,
      start.basis.evidence,
    );
  }
  const how = effective
    ? `自${formatChineseDate(effective.date)}起施行`
    : input.effectiveClause
      ? `${input.effectiveClause.sentence.replace(/[。；]$/u, '')}（该日期未写明；${DATE_ROLE_LABELS[start.role]}${formatChineseDate(start.date)}）`
      : `文本未写明施行日期，按“自印发之日起施行”的惯例，自${formatChineseDate(start.date)}（${DATE_ROLE_LABELS[start.role]}）起施行`;
  const term = validity.to ? `；${validity.rule}，截至${formatChineseDate(asOf)}尚在期内` : '';
  const provisional = input.provisional && !input.term ? `；名称冠以“${input.provisional}”，文本未写明试行期限` : '';
  const amended = input.dates.filter((d) => d.role === 'amended').at(-1);
  const version = amended ? `；本文为${formatChineseDate(amended.date)}修改后的文本` : '';
  return status(
    'in-force',
    `${how}${version}${term}${provisional}；库内文件未见废止、修改或期满。`,
    effective?.basis.evidence ?? input.effectiveClause ?? start.basis.evidence,
  );
}

/** `from` plus `years` years, less one day: a 5-year term from 2019-05-01 ends 2024-04-30. */
export function addYears(from: string, years: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + years, m - 1, d) - 86_400_000);
  return end.toISOString().slice(0, 10);
}
