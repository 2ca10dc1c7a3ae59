/**
 * The dates a document states itself, each with the sentence that states it: the date under
 * the signature (成文), a 印发 imprint or 发布时间 (发布), the 题注 (通过, 公布, 修正), the 施行
 * clause (自…起施行, and 自印发之日起施行 resolved against the 成文 date), and the year of its
 * 文号. The importer's frontmatter dates are kept: a frontmatter date the body does not state
 * was read from the header (发布时间：… above the text) or set by a correction with a reason.
 */
import type { PolicyRoot } from '../pst/index.ts';
import { findDates } from '../text/index.ts';
import { docNumberYear, effectiveClause, noteEvents } from './patterns.ts';
import { sentenceAt, type Statement } from './statements.ts';
import type { DocDate, Evidence } from './types.ts';
import { DATE_ROLE_LABELS, DATE_ROLES, type DateRole } from '../vocab/status.ts';

/** The reason given for a date the importer read from the header above the text. */
export const HEADER_REASON = '文件头（导入时自来源文本读取）';

/** The frontmatter's name for each of the three dates it carries. */
const FRONTMATTER: ReadonlyArray<[DateRole, 'issued' | 'published' | 'effective']> = [
  ['issued', 'issued'],
  ['published', 'published'],
  ['effective', 'effective'],
];

/**
 * The dates a document states, in the order adopted, issued, published, effective, amended,
 * year; at most one per role except amended (a law may be amended several times).
 */
export function statedDates(tree: PolicyRoot, statements: readonly Statement[]): DocDate[] {
  const { meta } = tree;
  const found: DocDate[] = [];
  const add = (role: DateRole, date: string, evidence: Evidence | null, reason?: string) => {
    if (role !== 'amended' && found.some((d) => d.role === role)) return;
    if (found.some((d) => d.role === role && d.date === date)) return;
    found.push({ role, date, basis: { kind: 'stated', evidence, ...(reason ? { reason } : {}) } });
  };
  const ev = (s: Statement, sentence = s.text.trim()): Evidence => ({ docId: meta.id, unit: s.unit, sentence, line: s.line });

  // 题注: only in the text before the first unit.
  for (const s of statements) {
    if (s.unit !== null || s.kind !== 'text') continue;
    for (const e of noteEvents(s.text)) add(e.role, e.date, ev(s));
  }
  // The date closing the document's own text (the last date line of the body).
  const dateline = statements.filter((s) => s.kind === 'dateline' && s.body).at(-1);
  const closing = dateline ? findDates(dateline.text)[0] : undefined;
  if (dateline && closing) add(/印发|发布/u.test(dateline.text) ? 'published' : 'issued', closing.iso, ev(dateline));

  // 发布时间 / 发布日期 lines the parser kept in the body.
  for (const s of statements) {
    const m = /(?:发布|印发|公布)(?:时间|日期)[：:][ \u3000]*/u.exec(s.text);
    const date = m ? findDates(s.text.slice(m.index))[0] : undefined;
    if (m && date) add('published', date.iso, ev(s, sentenceAt(s.text, m.index)));
  }

  // Frontmatter dates: corrected (a correction names `dates`), stated in the body, or read from the header.
  const corrected = correctionReason(meta.corrections);
  for (const [role, key] of FRONTMATTER) {
    if (role === 'effective') continue; // after the body's own 施行 clause, below
    const date = meta.dates[key];
    if (!date || found.some((d) => d.role === role)) continue;
    if (corrected !== null) {
      found.push({ role, date, basis: { kind: 'corrected', evidence: null, reason: corrected } });
      continue;
    }
    const where = statements.find((s) => s.body && s.kind !== 'text' && findDates(s.text).some((d) => d.iso === date));
    if (where) add(role, date, ev(where));
    else add(role, date, headerEvidence(tree), HEADER_REASON);
  }

  // 施行: the document's own clause; 自印发之日起施行 takes the 成文 (or 发布) date.
  for (const s of statements) {
    if (!s.body) continue;
    const clause = effectiveClause(s.text);
    if (!clause) continue;
    const sentence = sentenceAt(s.text, clause.at);
    if (clause.kind === 'date') add('effective', clause.date, ev(s, sentence));
    else {
      const base = found.find((d) => d.role === clause.to) ?? found.find((d) => d.role === 'issued' || d.role === 'published');
      if (base) add('effective', base.date, ev(s, sentence), `“${clause.words}”即${DATE_ROLE_LABELS[base.role]}`);
    }
    break;
  }
  if (meta.dates.effective && !found.some((d) => d.role === 'effective')) {
    found.push({
      role: 'effective',
      date: meta.dates.effective,
      basis:
        corrected !== null
          ? { kind: 'corrected', evidence: null, reason: corrected }
          : { kind: 'stated', evidence: headerEvidence(tree), reason: HEADER_REASON },
    });
  }

  const year = docNumberYear(meta.docNumber);
  if (year) add('year', year, { docId: meta.id, unit: null, sentence: meta.docNumber!, line: null });
  return sortDates(found);
}

/** Dates in the order a reader expects them. */
export function sortDates(dates: readonly DocDate[]): DocDate[] {
  return [...dates].sort((a, b) => DATE_ROLES.indexOf(a.role) - DATE_ROLES.indexOf(b.role) || a.date.localeCompare(b.date));
}

/** Where the header of a document came from: its first source's lines. */
function headerEvidence(tree: PolicyRoot): Evidence {
  const src = tree.meta.sources[0];
  return { docId: tree.meta.id, unit: null, sentence: src ? `content/sources/${src.file}:${src.startLine ?? 1}` : tree.meta.title, line: null };
}

/** The reason of the correction that set the dates, if one did. */
function correctionReason(corrections: readonly Record<string, unknown>[]): string | null {
  for (const c of corrections) {
    const fields = Array.isArray(c.fields) ? c.fields : [];
    if (fields.includes('dates') && typeof c.reason === 'string') return c.reason;
  }
  return null;
}
