/**
 * What a document page's header says about the document, as display rows: 文号, issuers, the
 * three dates, kind and 文种, status, jurisdiction. Unknown facts are said to be unknown
 * (未知) where a reader would otherwise assume something, and left out where an
 * empty row says nothing (a 通知 has no 施行日期).
 */
import type { PolicyMeta, PolicyRole } from '../pst/index.ts';
import { formatChineseDate } from '../text/index.ts';
import { FIELD_LABELS, UNKNOWN } from '../vocab/index.ts';
import { STATUS_LABELS, type StatusValue } from '../vocab/status.ts';

/** What stands in for a fact the corpus does not know: the vocabulary's word. */
export { UNKNOWN };

/** One row of the header. */
export interface HeaderFact {
  /** `文号`, `发布机关`, `成文日期`, … */
  term: string;
  value: string;
  /** The ISO date, for a `<time datetime>`, when the value is a date. */
  datetime?: string;
  /** Set when the value is {@link UNKNOWN}, so it can be styled as such. */
  unknown?: boolean;
}

/**
 * The header rows of a document, in the order a reader scans them.
 *
 * @example
 *   headerFacts(meta, 'plan-ended').map((f) => `${f.term}：${f.value}`)
 *   // ['文号：人社部发〔2021〕86号', '发布机关：人力资源社会保障部', '成文日期：2021年11月5日', '类别：规范性文件 · 规划', '效力：规划期已结束', '地区：全国']
 */
export function headerFacts(
  meta: Pick<PolicyMeta, 'docNumber' | 'issuers' | 'dates' | 'kind' | 'genre' | 'jurisdiction'>,
  status: StatusValue = 'unknown',
): HeaderFact[] {
  const facts: HeaderFact[] = [];
  if (meta.docNumber) facts.push({ term: FIELD_LABELS.docNumber, value: meta.docNumber });
  if (meta.issuers.length > 0) facts.push({ term: FIELD_LABELS.issuer, value: meta.issuers.join('、') });
  const dates: Array<[string, string | null]> = [
    [FIELD_LABELS.issued, meta.dates.issued],
    [FIELD_LABELS.published, meta.dates.published],
    [FIELD_LABELS.effective, meta.dates.effective],
  ];
  for (const [term, iso] of dates) {
    if (iso) facts.push({ term, value: formatChineseDate(iso), datetime: iso });
  }
  const kind = [meta.kind, meta.genre && meta.genre !== meta.kind ? meta.genre : null].filter(Boolean).join(' · ');
  facts.push(kind ? { term: FIELD_LABELS.kind, value: kind } : { term: FIELD_LABELS.kind, value: UNKNOWN, unknown: true });
  facts.push({ term: FIELD_LABELS.status, value: STATUS_LABELS[status], ...(status === 'unknown' ? { unknown: true } : {}) });
  facts.push(
    meta.jurisdiction ? { term: FIELD_LABELS.jurisdiction, value: meta.jurisdiction } : { term: FIELD_LABELS.jurisdiction, value: UNKNOWN, unknown: true },
  );
  return facts;
}

/** A date as the header shows it: the one formatter of dates (text/dates.ts), 2022年1月 for a month. */
export { formatChineseDate as formatDate };

/**
 * How a related document is named from this one: the notice that issued it (印发通知), the
 * document it is an attachment of (主件), the report it was published in (所载报道); and the
 * other way, its attachments (附件) and the documents it issues or carries (所附文件).
 */
export function relationLabel(direction: 'parent' | 'child', self: PolicyRole | null, other: PolicyRole | null): string {
  if (direction === 'parent') {
    if (other === 'wrapper') return '印发通知';
    if (other === 'news' || other === 'speech') return '所载报道';
    return self === 'attachment' ? '主件' : '所属文件';
  }
  return other === 'attachment' ? '附件' : self === 'wrapper' ? '印发文件' : '所附文件';
}
