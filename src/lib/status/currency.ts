/**
 * The currency of every document of the corpus at once: dates a document states, dates it
 * inherits (an embedded document from the notice that issues it, an attachment from its parent,
 * an official text from the news item that publishes it), dates another library document states
 * for it (attested.ts), reviewed corrections, the relations
 * the library states (废止 from xref/relations.ts; 修订/修正 and the repeal of single units read
 * from resolved citations), and the status each rule gives as of one date.
 */
import type { PolicyRoot } from '../pst/index.ts';
import { findDates } from '../text/index.ts';
import type { Relation } from '../xref/index.ts';
import type { DateCorrection } from './corrections.ts';
import { formatChineseDate } from '../text/index.ts';
import { bookTitle } from './asof.ts';
import { eventsIn, type EventDates } from './events.ts';
import { HEADER_REASON, sortDates, statedDates } from './dates.ts';
import { effectiveClause, isOwnTermSentence, isPlanTitle, periodOfTitle, provisionalWord, termOf } from './patterns.ts';
import { decideStatus, startOf, validityOf, type RuleInput } from './rules.ts';
import { attestedDates } from './attested.ts';
import { evidenceOf, statementsOf, type Statement } from './statements.ts';
import type { Currency, DocDate, Evidence } from './types.ts';
import { DATE_ROLE_LABELS, isBound, type DateRole } from '../vocab/status.ts';

/** A parsed document, as the status module needs it (trees annotated with citations). */
export interface CurrencyInput {
  id: string;
  tree: PolicyRoot;
}

/** Options: the library's relations, reviewed date corrections, closing dates of the sessions texts name. */
export interface CurrencyOptions {
  relations?: readonly Relation[];
  corrections?: readonly DateCorrection[];
  events?: EventDates;
}

/**
 * Dates, validity and status of every document as of `asOf` (ISO date), keyed by id.
 *
 * @example currencyOf(site.documents, '2026-12-01', { relations: site.xref.relations }).get('zyjyf-2022')?.status.value // 'in-force'
 */
export function currencyOf(documents: readonly CurrencyInput[], asOf: string, options: CurrencyOptions = {}): Map<string, Currency> {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const statements = new Map(documents.map((d) => [d.id, statementsOf(d.tree)]));
  const dates = new Map(documents.map((d) => [d.id, statedDates(d.tree, statements.get(d.id)!)]));

  for (const c of options.corrections ?? []) {
    const list = dates.get(c.id);
    if (!list) continue;
    const kept = list.filter((d) => d.role !== c.role || c.role === 'amended');
    dates.set(c.id, sortDates([...kept, { role: c.role, date: c.date, basis: { kind: 'corrected', evidence: null, reason: c.reason } }]));
  }

  // Inherit, parents first (a parent never has a parent that is its own child).
  const done = new Set<string>();
  const inherit = (id: string) => {
    if (done.has(id)) return;
    done.add(id);
    const meta = byId.get(id)!.tree.meta;
    const parent = meta.parent ? byId.get(meta.parent) : undefined;
    if (!parent) return;
    inherit(parent.id);
    dates.set(id, inherited(meta.role, dates.get(id)!, parent.id, parent.tree.meta.role, dates.get(parent.id)!));
  };
  for (const d of documents) inherit(d.id);

  // A document stating no date, dated by another library document that says when it was issued;
  // what belongs to it inherits that date.
  const attested = attestedDates(
    documents.map((d) => ({ id: d.id, title: d.tree.meta.title })),
    statements,
    dates,
  );
  for (const [id, date] of attested) dates.set(id, [date]);
  if (attested.size > 0) {
    done.clear();
    for (const d of documents) inherit(d.id);
  }

  // A document with no date at all is not older than the library documents it cites.
  for (const d of documents) {
    const own = dates.get(d.id)!;
    if (own.some((x) => x.role !== 'notAfter')) continue;
    const bound = citedBound(d.id, statements.get(d.id)!, dates, byId, options.events ?? new Map());
    if (bound) dates.set(d.id, sortDates([...own, bound]));
  }
  for (const d of documents) {
    const meta = d.tree.meta;
    const own = dates.get(d.id)!;
    const mine = own.length === 1 && own[0]!.role === 'notBefore' ? own[0]! : null;
    if (meta.parent && (own.length === 0 || mine)) {
      const bound = dates.get(meta.parent)?.find((x) => x.role === 'notBefore' && (!mine || x.date > mine.date));
      const why = meta.role === 'attachment' ? '附件与正文同时印发' : '不早于所属文件';
      if (bound)
        dates.set(d.id, [{ ...bound, basis: { ...bound.basis, kind: 'inherited', from: meta.parent, reason: `${why}；所属文件${bound.basis.reason ?? ''}` } }]);
    }
  }

  // A news item with no date is not older than the text it publishes.
  for (const d of documents) {
    const meta = d.tree.meta;
    const parent = meta.parent ? byId.get(meta.parent) : undefined;
    if (!parent || (parent.tree.meta.role !== 'news' && parent.tree.meta.role !== 'speech') || dates.get(parent.id)!.length > 0) continue;
    const bound = dates.get(d.id)!.find((x) => x.role === 'notBefore');
    if (bound)
      dates.set(parent.id, [
        { ...bound, basis: { ...bound.basis, kind: 'inherited', from: d.id, reason: `新闻不早于其所载全文；全文${bound.basis.reason ?? ''}` } },
      ]);
  }

  const effects = libraryEffects(documents, statements, dates, options.relations ?? []);
  const out = new Map<string, Currency>();
  for (const d of documents) {
    const { meta } = d.tree;
    const own = statements.get(d.id)!;
    const termStatement = own.find((s) => s.body && isOwnTermSentence(s.text));
    const period = isPlanTitle(meta.title, meta.genre) ? periodOfTitle(meta.title) : null;
    const input: RuleInput = {
      id: d.id,
      title: meta.title,
      kind: meta.kind,
      role: meta.role,
      jurisdiction: meta.jurisdiction,
      dates: dates.get(d.id)!,
      term: termStatement
        ? { term: termOf(termStatement.text)!, evidence: evidenceOf(d.id, termStatement, termStatement.text.search(/有效期|试行期|暂行期/u)) }
        : null,
      period: period ? { period, evidence: { docId: d.id, unit: null, sentence: meta.title, line: null } } : null,
      provisional: provisionalWord(meta.title),
      effectiveClause: effectiveStatement(d.id, own),
      publishedBy:
        meta.parent && byId.get(meta.parent)?.tree.meta.role === 'news'
          ? { evidence: firstEvidence(meta.parent, statements.get(meta.parent) ?? []), title: byId.get(meta.parent)!.tree.meta.title }
          : null,
      repealedBy: effects.repealed.get(d.id) ?? [],
      partlyRepealedBy: effects.partly.get(d.id) ?? [],
      amendedBy: effects.amended.get(d.id) ?? [],
    };
    out.set(d.id, { id: d.id, dates: [...input.dates], validity: validityOf(input), status: decideStatus(input, asOf) });
  }

  // A notice that issues a document, and an attachment, stand or fall with what they belong to.
  for (const d of documents) {
    const { meta } = d.tree;
    const own = out.get(d.id)!;
    if (meta.role === 'wrapper') {
      const issued = documents.find((c) => c.tree.meta.parent === d.id && c.tree.meta.role === 'embedded');
      const target = issued ? out.get(issued.id) : undefined;
      if (target && own.status.value !== 'repealed') {
        own.status = { ...target.status, rule: `印发通知随所印发的${bookTitle(issued!.tree.meta.title)}：${target.status.rule}` };
        own.validity = target.validity;
      }
    }
  }
  for (const d of documents) {
    const { meta } = d.tree;
    const parent = meta.parent ? out.get(meta.parent) : undefined;
    const own = out.get(d.id)!;
    // An attachment with its own period (“技能中国行动”2021-2022年重点工作安排) keeps its own status.
    if (meta.role === 'attachment' && parent && own.status.value !== 'plan-ended' && own.status.value !== 'expired') {
      own.status = { ...parent.status, rule: `附件随正文${bookTitle(byId.get(meta.parent!)!.tree.meta.title)}：${parent.status.rule}` };
      own.validity = parent.validity;
    }
  }
  return out;
}

/** The dates a child takes from its parent for the roles it lacks (or only read from its header). */
function inherited(role: string | null, own: readonly DocDate[], parentId: string, parentRole: string | null, parent: readonly DocDate[]): DocDate[] {
  const news = parentRole === 'news' || parentRole === 'speech';
  const roles = news ? (['published', 'notAfter'] as const) : (['issued', 'published', 'effective', 'notAfter'] as const);
  const why = (r: DateRole) =>
    news
      ? r === 'notAfter'
        ? '新闻刊载全文时该文件已印发'
        : '新闻发布所载全文之日，即该文件的发布日期'
      : role === 'attachment'
        ? '附件与正文同时印发'
        : parentRole === 'wrapper'
          ? '所印发文件的日期即印发通知的日期'
          : '所属文件的日期';
  const out = [...own];
  for (const r of roles) {
    const from = parent.find((d) => d.role === r && d.basis.kind !== 'inherited') ?? parent.find((d) => d.role === r);
    if (!from) continue;
    // A 不晚于 bound only for a child that knows no date of its own: it was issued by the time its parent was.
    if (r === 'notAfter' && out.some((d) => !isBound(d.role) && d.role !== 'year')) continue;
    const mine = out.findIndex((d) => d.role === r);
    if (mine !== -1 && !(out[mine]!.basis.reason === HEADER_REASON && out[mine]!.date === from.date)) continue;
    const date: DocDate = { role: r, date: from.date, basis: { kind: 'inherited', evidence: from.basis.evidence, from: parentId, reason: why(r) } };
    if (mine === -1) out.push(date);
    else out[mine] = date;
  }
  return sortDates(out);
}

/** What follows a citation that repeals it: 同时废止, 予以废止, 停止执行. */
const REPEALS = /^[^，。；]{0,8}(?:同时|予以)?(?:废止|停止执行)/u;

interface Effects {
  repealed: Map<string, Array<{ evidence: Evidence; title: string; date: string | null }>>;
  partly: Map<string, Array<{ evidence: Evidence; title: string; date: string | null }>>;
  amended: Map<string, Array<{ evidence: Evidence; date: string }>>;
}

/** What library documents state about each other: repeal (from xref's relations), partial repeal and amendment (from resolved citations). */
function libraryEffects(
  documents: readonly CurrencyInput[],
  statements: Map<string, Statement[]>,
  dates: Map<string, DocDate[]>,
  relations: readonly Relation[],
): Effects {
  const effects: Effects = { repealed: new Map(), partly: new Map(), amended: new Map() };
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  const title = new Map(documents.map((d) => [d.id, d.tree.meta.title]));
  // A repeal of named units (《X》第三条同时废止) is a partial repeal, read from the citations below.
  const partial = new Set<string>();
  for (const d of documents) {
    for (const s of statements.get(d.id) ?? []) {
      for (const c of s.citations) {
        if (c.target.type === 'document' && c.target.unitId && REPEALS.test(s.text.slice(c.end, c.end + 40))) partial.add(`${d.id}|${c.target.docId}`);
      }
    }
  }
  for (const r of relations) {
    if (r.type !== 'repeals' || !r.to || r.to === r.from || partial.has(`${r.from}|${r.to}`)) continue;
    const where = statements.get(r.from)?.find((s) => s.text.includes(r.evidence) || r.evidence.includes(s.text.trim()));
    const evidence: Evidence = { docId: r.from, unit: where?.unit ?? null, sentence: r.evidence, line: where?.line ?? null };
    push(effects.repealed, r.to, { evidence, title: title.get(r.from) ?? r.from, date: startOf(dates.get(r.from) ?? [])?.date ?? null });
  }
  for (const d of documents) {
    for (const s of statements.get(d.id) ?? []) {
      for (const c of s.citations) {
        if (c.target.type !== 'document' || c.target.docId === d.id) continue;
        const after = s.text.slice(c.end, c.end + 40);
        const evidence = evidenceOf(d.id, s, c.start);
        if (c.target.unitId && REPEALS.test(after)) {
          push(effects.partly, c.target.docId, { evidence, title: title.get(d.id) ?? d.id, date: startOf(dates.get(d.id) ?? [])?.date ?? null });
        }
        const amend = /^[^。；]{0,40}?(?:修订|修正|修改)(?:通过)?/u.exec(after);
        if (!c.target.unitId && amend && !/^[^。；]{0,6}(?:废止|印发)/u.test(after)) {
          const date = findDates(s.text.slice(c.end, c.end + amend[0].length))[0];
          if (date) push(effects.amended, c.target.docId, { evidence, date: date.iso });
        }
      }
    }
  }
  return effects;
}

/** The latest full date of the library documents a text cites, as a 不早于 bound with the citing sentence. */
function citedBound(
  id: string,
  own: readonly Statement[],
  dates: Map<string, DocDate[]>,
  byId: Map<string, CurrencyInput>,
  events: EventDates,
): DocDate | null {
  let best: DocDate | null = null;
  for (const s of own) {
    for (const name of eventsIn(s.text)) {
      const date = events.get(name);
      if (!date || (best && best.date >= date)) continue;
      best = {
        role: 'notBefore',
        date,
        basis: {
          kind: 'cited',
          evidence: evidenceOf(id, s, s.text.indexOf(name.replace(/^党的/u, ''))),
          reason: `文中称贯彻${name}精神，${name}于${formatChineseDate(date)}闭幕`,
        },
      };
    }
    for (const c of s.citations) {
      if (c.target.type !== 'document' || c.target.docId === id) continue;
      const cited = (dates.get(c.target.docId) ?? []).filter((x) => x.date.length === 10 && !isBound(x.role) && x.role !== 'effective');
      const latest = cited.sort((a, b) => a.date.localeCompare(b.date)).at(-1);
      if (!latest || (best && best.date >= latest.date)) continue;
      const title = byId.get(c.target.docId)?.tree.meta.title ?? c.target.docId;
      best = {
        role: 'notBefore',
        date: latest.date,
        basis: {
          kind: 'cited',
          evidence: evidenceOf(id, s, c.start),
          from: c.target.docId,
          reason: `文中引用${bookTitle(title)}，其${DATE_ROLE_LABELS[latest.role]}为${formatChineseDate(latest.date)}`,
        },
      };
    }
  }
  return best;
}

/** The document's own 施行 sentence, dated or not (本条例自公布之日起施行). */
function effectiveStatement(docId: string, own: readonly Statement[]): Evidence | null {
  for (const s of own) {
    const clause = s.body ? effectiveClause(s.text) : null;
    if (clause) return evidenceOf(docId, s, clause.at);
  }
  return null;
}

/** The opening sentence of a document (a news lead: 近日，…印发了《…》). */
function firstEvidence(docId: string, own: readonly Statement[]): Evidence | null {
  const s = own.find((x) => x.kind === 'text');
  return s ? evidenceOf(docId, s, 0) : null;
}
