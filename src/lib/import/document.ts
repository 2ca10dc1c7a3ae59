/**
 * From a source's blocks and document starts to documents with metadata: title, 文号, issuers,
 * dates, kind, 文种, jurisdiction, role (wrapper → embedded → attachment, news → full text).
 * Every block of a document is assigned a part (header or body) for the accounting.
 */
import { findDates, findDocNumbers, normalizeDocNumber, parseChineseDate } from '../text/index.ts';
import { readCaption, type HistoryEvent } from './caption.ts';
import { docNumberIssuer, docNumberJurisdiction, provinceOf, type Dictionaries } from './dictionaries.ts';
import { splitIssuers, looksLikeIssuers } from './issuers.ts';
import type { Block, Paragraph } from './paragraphs.ts';
import { DATE_LINE, DOC_NUMBER_LINE, PUBLISHED_LINE, endsSentence, titleGenre } from './patterns.ts';
import { ISSUED_HEADLINE, NEWS_HEADLINE, isOrgLine, normalizeTitle, unquote, type DocumentStart } from './segment.ts';

/** Roles of a document in its source. */
export type Role = 'standalone' | 'wrapper' | 'embedded' | 'attachment' | 'news' | 'speech';

/** Kinds (效力层级 / 类别). */
export type Kind = '法律' | '行政法规' | '部门规章' | '地方性法规' | '党内法规' | '规范性文件' | '新闻' | '讲话';

/** Dates of a document, ISO or null. */
export interface DocDates {
  issued: string | null;
  published: string | null;
  effective: string | null;
}

/** What the catalog says of a document, whether one copy or the merged document. */
export interface DocumentMetadata {
  title: string;
  docNumber: string | null;
  issuers: string[];
  dates: DocDates;
  kind: Kind;
  genre: string;
  jurisdiction: string;
  role: Role;
  /** Dated events stated in the 题注 of a law or regulation (通过, 公布, 修正, 修订), in order. */
  history: HistoryEvent[];
}

/** A document as found in one source (one copy). */
export interface SourceDocument extends DocumentMetadata {
  file: string;
  /** Index within the source, in order. */
  index: number;
  startLine: number;
  endLine: number;
  titleInText: boolean;
  /** Index (within the same source) of the wrapper, news item or document this is attached to. */
  parent: number | null;
  /** Header blocks (title, masthead, 文号, 发布时间) are metadata; body blocks are the text. */
  header: Block[];
  body: Block[];
  /** Why the document starts here, and what confirmed it. */
  startReason: DocumentStart['reason'];
  startEvidence: string | null;
  /** Facts taken from the text that are worth telling a reviewer. */
  notes: string[];
  /** How the effective date is stated, kept so that inherited dates can fill it. */
  effectiveRule: EffectiveRule;
  /** Corrections applied to this copy: the fields they set and why. */
  corrections: Array<{ file: string; line: number; fields: string[]; reason: string }>;
}

/** Facts supplied by corrections for one document, keyed by its start line. */
export interface DocumentFacts {
  title?: string;
  docNumber?: string | null;
  issuers?: string[];
  dates?: Partial<DocDates>;
  kind?: Kind;
  genre?: string;
  jurisdiction?: string;
  role?: Role;
  /** Start line of the parent document in the same source. */
  parentLine?: number | null;
}

/** 本法自2022年5月1日起施行 — about this document, not about another one it mentions. */
const EFFECTIVE =
  /本(?:法|条例|规定|办法|细则|实施细则|意见|实施意见|通知|方案|实施方案|规划|决定|措施|标准|指南|规范)[^，。；]{0,6}?自([^，。；]{2,24}?)起(?:施行|实行|执行|生效)/;

/** Kinds whose 题注 dates the text. */
const LEGISLATION: ReadonlySet<Kind> = new Set(['法律', '行政法规', '地方性法规', '部门规章']);

/** Build the documents of one source from its blocks and starts. */
export function buildDocuments(
  file: string,
  blocks: readonly Block[],
  starts: readonly DocumentStart[],
  dicts: Dictionaries,
): SourceDocument[] {
  const docs: SourceDocument[] = [];
  for (let s = 0; s < starts.length; s++) {
    const start = starts[s]!;
    const end = s + 1 < starts.length ? starts[s + 1]!.block : blocks.length;
    const own = blocks.slice(start.block, end);
    if (own.length === 0) continue;
    docs.push(analyse(file, docs.length, start, own, blocks, dicts));
  }
  linkRoles(docs, dicts.issuers);
  return docs;
}

function analyse(
  file: string,
  index: number,
  start: DocumentStart,
  own: readonly Block[],
  all: readonly Block[],
  dicts: Dictionaries,
): SourceDocument {
  const dict = dicts.issuers;
  const titleSet = new Set(start.titleBlocks.map((b) => all[b]!));
  const header: Block[] = [];
  const body: Block[] = [];
  const notes: string[] = [];
  let docNumber: string | null = null;
  let published: string | null = null;
  let masthead = '';
  let history: HistoryEvent[] = [];
  const titleText = start.titleBlocks.map((b) => (all[b] as Paragraph).text).join('');
  let inHeader = true;
  for (const b of own) {
    const t = b.type === 'para' ? b.text : '';
    if (titleSet.has(b) || (start.label !== undefined && b === all[start.label])) {
      header.push(b);
      continue;
    }
    if (inHeader && b.type === 'para') {
      const dn = DOC_NUMBER_LINE.test(t) && [...t].length <= 50 ? findDocNumbers(t)[0] : undefined;
      if (dn && docNumber === null) {
        docNumber = dn.normalized;
        const rest = t.slice(dn.end);
        if (PUBLISHED_LINE.test(rest.trim())) published = findDates(rest)[0]?.iso ?? null;
        header.push(b);
        continue;
      }
      if (PUBLISHED_LINE.test(t) || (DATE_LINE.test(t) && header.length > 0 && body.length === 0 && start.reason !== 'doc-number')) {
        published ??= findDates(t)[0]?.iso ?? parseChineseDate(t);
        header.push(b);
        continue;
      }
      if (/文件$/.test(t) && [...t].length <= 40) {
        masthead += t.replace(/文件$/, '');
        header.push(b);
        continue;
      }
      if (isOrgLine(t) && header.length === 0 && body.length === 0) {
        // Masthead issuers printed above 文件 on their own line.
        masthead += t;
        header.push(b);
        continue;
      }
    }
    if (b.type === 'para' && header.length > 0 && body.length === 0 && /^[（(]/.test(t) && titleSet.size > 0 && !endsSentence(t.replace(/[)）]$/, ''))) {
      // （1986 年 11 月 11 日劳人培〔1986〕22 号公布 根据…修订） under a rule's title: keep as text, read facts.
      const dns = findDocNumbers(t);
      if (dns[0] && docNumber === null && /公布|发布|印发/.test(t)) docNumber = cleanDocNumber(dns[0].normalized);
      if (/公布|发布/.test(t)) published ??= findDates(t)[0]?.iso ?? null;
      if (history.length === 0) history = readCaption(t);
      // （1999年4月2日云南省第九届人民代表大会常务委员会第八次会议通过 …）
      const congress = /(?:^|[日）)])([\u4e00-\u9fa5]{2,8}?)第[一二三四五六七八九十]{1,3}届人民代表大会常务委员会/.exec(t);
      if (congress) masthead ||= `${congress[1]}人民代表大会常务委员会`;
    }
    inHeader = false;
    body.push(b);
  }

  const title = cleanTitle(start.title ?? (unquote(titleText) || inferTitle(body)), dict);
  const titleInText = start.titleBlocks.length > 0;
  const genre = genreOf(title, start);
  const signature = readSignature(body, dict);
  const headline = ISSUED_HEADLINE.exec(titleText);
  const issuers = issuersOf(headline && start.reason !== 'news-headline' ? `${headline[1]}关于` : title, masthead, signature.issuers, docNumber, dicts);
  const news = newsFacts(body);
  const kind = kindOf(title, genre, issuers, start, titleText, body, dicts);
  // A law's or regulation's text as printed dates from the last event of its 题注.
  const issued = signature.date ?? (LEGISLATION.has(kind) ? (history.at(-1)?.date ?? null) : null);
  const effectiveRule = effectiveDate(body);
  // 自公布之日起施行 in an amended text refers to a publication the 题注 does not date.
  const effective = resolveEffective(effectiveRule, history.length > 0 ? null : issued, published);
  const lines = own.flatMap((b) => b.lines);
  if (kind === '新闻') {
    // A news item's issuer is the agency, not the bodies in its headline; its date is the dispatch.
    issuers.splice(0, issuers.length, ...news.issuers);
    published ??= news.published;
  }
  return {
    file,
    index,
    startLine: Math.min(...lines),
    endLine: Math.max(...lines),
    title,
    titleInText,
    docNumber,
    issuers,
    dates: { issued, published, effective },
    history,
    kind,
    genre,
    jurisdiction: jurisdictionOf(title, issuers, docNumber, dicts),
    role: start.reason === 'attachment' ? 'attachment' : kind === '新闻' ? 'news' : kind === '讲话' ? 'speech' : 'standalone',
    parent: null,
    header,
    body,
    startReason: start.reason,
    startEvidence: start.evidence ?? null,
    notes,
    effectiveRule,
    corrections: [],
  };
}

/**
 * Spaces in a rejoined title are layout, except between two issuing bodies
 * (人力资源社会保障部 财政部关于…): drop the others (队伍 建设, 做好 2022年).
 */
export function cleanTitle(title: string, dict: readonly string[]): string {
  const t = title.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  return t.replace(/[\s\u3000]+/g, (space, at: number) => {
    const left = t.slice(0, at);
    const right = t.slice(at + space.length);
    const leftIsBody = dict.some((d) => left.endsWith(d)) || /(?:部|委|厅|局|署|总工会|工商联)$/.test(left);
    const rightIsBody = dict.some((d) => right.startsWith(d)) || /^[\u4e00-\u9fa5]{1,12}?(?:部|委|厅|局|署)(?:[\s\u3000]|关于|印发|$)/.test(right);
    return leftIsBody && rightIsBody ? space : '';
  });
}

/** Drop a date's 日 that a 文号 scanner may have taken as part of the issuer code. */
function cleanDocNumber(n: string): string {
  return n.replace(/^日/, '');
}

/** The title of a document whose text has none. */
export const UNTITLED = '（无标题）';

/**
 * A headless text sometimes names itself (《X》全文如下). "现将《X》印发" does not count: that
 * is a notice naming the document it issues, not itself.
 */
function inferTitle(body: readonly Block[]): string {
  for (const b of body.slice(0, 3)) {
    if (b.type !== 'para') continue;
    const m = /《([^《》]{4,80})》(?:全文如下|主要内容如下)/.exec(b.text);
    if (m) return m[1]!;
  }
  return UNTITLED;
}

function genreOf(title: string, start: DocumentStart): string {
  const speech = /贺信$/.test(title) ? '贺信' : /讲话|致信/.test(title) ? '讲话' : null;
  if (start.reason === 'news-headline' || (NEWS_HEADLINE.test(title) && !titleGenre(title))) return speech ?? '新闻';
  const g = titleGenre(title) ?? /(标准|方案|办法|规划|意见)[\u4e00-\u9fa5]{0,3}$/.exec(title)?.[1] ?? null;
  if (!g) return /表$/.test(title) ? '表' : '其他';
  if (/^(?:实施意见|指导意见|若干意见)$/.test(g)) return '意见';
  if (/^(?:实施方案|工作方案)$/.test(g)) return '方案';
  if (g === '行动计划') return '计划';
  if (g === '实施细则') return '细则';
  if (/^(?:管理办法|实施办法)$/.test(g)) return '办法';
  return g;
}

function kindOf(title: string, genre: string, issuers: readonly string[], start: DocumentStart, titleText: string, body: readonly Block[], dicts: Dictionaries): Kind {
  if (genre === '新闻') return '新闻';
  if (genre === '讲话' || genre === '贺信') return '讲话';
  if (start.reason === 'news-headline') return '新闻';
  void titleText;
  if (genre === '法' && /^中华人民共和国/.test(title)) return '法律';
  if (genre === '条例' && provinceOf(title, dicts)) return '地方性法规';
  if (genre === '条例' && issuers.includes('国务院')) return '行政法规';
  // A rule published by a ministry's order: （1986 年 11 月 11 日劳人培〔1986〕22 号公布 …）
  const first = body[0];
  if (/^(?:规定|办法|细则)$/.test(genre) && first?.type === 'para' && /^[（(].{0,60}号(?:令)?公布/.test(first.text)) return '部门规章';
  return '规范性文件';
}

/** Issuers from the title (…关于), the masthead, the signature, in that order of trust. */
function issuersOf(title: string, masthead: string, signature: readonly string[], docNumber: string | null, dicts: Dictionaries): string[] {
  const dict = dicts.issuers;
  const several = /等\d+部门|等[一二三四五六七八九十]+部门/.test(title);
  if (several && signature.length > 1) return [...signature];
  const m = /^(.{2,80}?)(?:关于|印发)/.exec(title.replace(/等\d+部门|等[一二三四五六七八九十]+部门/, ''));
  if (m && looksLikeIssuers(m[1]!, dict)) return splitIssuers(m[1]!, dict);
  if (masthead && looksLikeIssuers(masthead, dict)) return splitIssuers(masthead, dict);
  if (signature.length > 0) return [...signature];
  const body = docNumber ? docNumberIssuer(docNumber, dicts) : null;
  return body ? [body] : [];
}

/** 新华社北京2021年4月13日电 / （节选自新华社北京2019年9月23日电） */
function newsFacts(body: readonly Block[]): { issuers: string[]; published: string | null } {
  for (const b of body) {
    if (b.type !== 'para') continue;
    const m = /(新华社)[^，。]{0,6}?((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)电/.exec(b.text);
    if (m) return { issuers: [m[1]!], published: parseChineseDate(m[2]!) };
    if (/新华社/.test(b.text)) return { issuers: ['新华社'], published: null };
  }
  return { issuers: [], published: null };
}

/** Signature block: issuer lines followed by a date line, near the end of the text. */
function readSignature(body: readonly Block[], dict: readonly string[]): { issuers: string[]; date: string | null } {
  for (let i = body.length - 1; i >= 0 && i >= body.length - 8; i--) {
    const b = body[i]!;
    if (b.type !== 'para') continue;
    if (!DATE_LINE.test(b.text)) continue;
    const date = parseChineseDate(b.text.replace(/(?:印发|发布|公布)$/, ''));
    const issuers: string[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
      const p = body[j]!;
      if (p.type !== 'para' || !isOrgLine(p.text)) break;
      issuers.unshift(...splitIssuers(p.text, dict));
    }
    // A letter or speech is signed by a person: a short name line right above the date.
    const above = body[i - 1];
    if (issuers.length === 0 && above?.type === 'para' && /^[\u4e00-\u9fa5]{2,4}$/.test(above.text)) issuers.push(above.text);
    return { issuers, date };
  }
  return { issuers: [], date: null };
}

/** How the text fixes its effective date: a date, or relative to publication or issue. */
type EffectiveRule = { date: string } | { relative: 'published' | 'issued' } | null;

function effectiveDate(body: readonly Block[]): EffectiveRule {
  for (let i = body.length - 1; i >= 0; i--) {
    const b = body[i]!;
    if (b.type !== 'para') continue;
    const m = EFFECTIVE.exec(b.text);
    if (!m) continue;
    const phrase = m[1]!;
    const d = findDates(phrase)[0]?.iso ?? parseChineseDate(phrase);
    if (d) return { date: d };
    if (/公布之日/.test(phrase)) return { relative: 'published' };
    if (/印发之日|发布之日/.test(phrase)) return { relative: 'issued' };
    return null;
  }
  return null;
}

function resolveEffective(rule: EffectiveRule, issued: string | null, published: string | null): string | null {
  if (!rule) return null;
  if ('date' in rule) return rule.date;
  return rule.relative === 'published' ? (published ?? issued) : (issued ?? published);
}

function jurisdictionOf(title: string, issuers: readonly string[], docNumber: string | null, dicts: Dictionaries): string {
  for (const t of [title, ...issuers]) {
    const p = provinceOf(t, dicts);
    if (p) return p.name;
  }
  return (docNumber ? docNumberJurisdiction(docNumber, dicts) : null) ?? '全国';
}

/**
 * Relations between documents of one source: a notice that 印发 the document after it is its
 * wrapper; the full text after a news item is embedded in it; an attachment belongs to the
 * document before it.
 */
function linkRoles(docs: SourceDocument[], dict: readonly string[]): void {
  // The 文号 under a news headline is the reported document's (（中办发〔2022〕65 号）).
  for (let i = 0; i + 1 < docs.length; i++) {
    const d = docs[i]!;
    const next = docs[i + 1]!;
    if (d.role === 'news' && d.docNumber && next.startReason === 'full-text') {
      next.docNumber ??= d.docNumber;
      d.docNumber = null;
    }
  }
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    if (d.role === 'attachment') {
      // The document before it, if that document announces attachments (附件：…, 见附件).
      for (let j = i - 1; j >= 0; j--) {
        const p = docs[j]!;
        if (p.role === 'attachment') continue;
        d.parent = j;
        break;
      }
      if (d.genre === '其他' && /行动$/.test(d.title)) d.genre = '方案';
      if (d.genre === '其他' && d.body.some((b) => b.type === 'table')) d.genre = '表';
      continue;
    }
    const prev = docs[i - 1];
    if (!prev) continue;
    if (d.startReason === 'full-text' && prev.role === 'news') {
      d.role = 'embedded';
      d.parent = i - 1;
      continue;
    }
    if (prev.role === 'standalone' || prev.role === 'wrapper' || prev.role === 'news') {
      if (issues(prev, d.title)) {
        prev.role = prev.role === 'news' ? 'news' : 'wrapper';
        d.role = 'embedded';
        d.parent = i - 1;
      }
    }
  }
  // Embedded documents carry their wrapper's 文号, issuers and dates where they have none;
  // attachments their parent's issuers and date. Parents come first, so chains resolve.
  for (const d of docs) {
    if (d.parent === null || (d.role !== 'embedded' && d.role !== 'attachment')) continue;
    const p = docs[d.parent]!;
    if (d.role === 'embedded') d.docNumber ??= p.docNumber;
    const headline = p.role === 'news' ? ISSUED_HEADLINE.exec(p.title) : null;
    if (d.issuers.length === 0 && headline) d.issuers = splitIssuers(headline[1]!, dict);
    d.dates.published ??= p.dates.published;
    if (d.issuers.length === 0) d.issuers = [...p.issuers];
    d.dates.issued ??= p.dates.issued;
    if (d.jurisdiction === '全国') d.jurisdiction = p.jurisdiction;
    d.dates.effective ??= resolveEffective(d.effectiveRule, d.dates.issued, d.dates.published);
  }
}

/** Does `wrapper` issue a document titled `title`? (关于印发X的通知, 印发《X》, 现将《X》印发) */
function issues(wrapper: SourceDocument, title: string): boolean {
  const want = normalizeTitle(title);
  const t = normalizeTitle(wrapper.title);
  const m = /印发(.+?)(?:的通知)?$/.exec(t);
  if (m && normalizeTitle(m[1]!.replace(/^《|》$/g, '')) === want) return true;
  for (const b of wrapper.body) {
    if (b.type !== 'para') continue;
    // The wrapper itself issues: 现将《X》印发给你们 / 现印发给你们 / 现予印发 / 附件：X
    if (!/印发给你们|现予印发|印发给各|现将.{0,80}印发|^附件[:：]/.test(b.text)) continue;
    for (const q of b.text.matchAll(/《([^《》]{2,80})》/g)) if (normalizeTitle(q[1]!) === want) return true;
  }
  return false;
}

void normalizeDocNumber;
