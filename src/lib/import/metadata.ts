/**
 * Metadata of one document copy, read from its text: the cleaned title, 文种, kind (效力层级),
 * issuers (title, masthead, signature, 文号 code), the signature's date, the effective date, the
 * jurisdiction, a news item's agency and dispatch date.
 */
import { findDates, parseChineseDate } from '../text/index.ts';
import { docNumberIssuer, docNumberJurisdiction, provinceOf, type Dictionaries } from './dictionaries.ts';
import type { Kind } from './document.ts';
import { splitIssuers, looksLikeIssuers } from './issuers.ts';
import type { Block } from './paragraphs.ts';
import { DATE_LINE, titleGenre } from './patterns.ts';
import { NEWS_HEADLINE, isOrgLine, type DocumentStart } from './segment.ts';

/** 本法自2022年5月1日起施行 — about this document, not about another one it mentions. */
const EFFECTIVE =
  /本(?:法|条例|规定|办法|细则|实施细则|意见|实施意见|通知|方案|实施方案|规划|决定|措施|标准|指南|规范)[^，。；]{0,6}?自([^，。；]{2,24}?)起(?:施行|实行|执行|生效)/;

/** The title of a document whose text has none. */
export const UNTITLED = '（无标题）';

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
export function cleanDocNumber(n: string): string {
  return n.replace(/^日/, '');
}

/**
 * A headless text sometimes names itself (《X》全文如下). "现将《X》印发" does not count: that
 * is a notice naming the document it issues, not itself.
 */
export function inferTitle(body: readonly Block[]): string {
  for (const b of body.slice(0, 3)) {
    if (b.type !== 'para') continue;
    const m = /《([^《》]{4,80})》(?:全文如下|主要内容如下)/.exec(b.text);
    if (m) return m[1]!;
  }
  return UNTITLED;
}

export function genreOf(title: string, start: DocumentStart): string {
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

export function kindOf(
  title: string,
  genre: string,
  issuers: readonly string[],
  start: DocumentStart,
  titleText: string,
  body: readonly Block[],
  dicts: Dictionaries,
): Kind {
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
export function issuersOf(title: string, masthead: string, signature: readonly string[], docNumber: string | null, dicts: Dictionaries): string[] {
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
export function newsFacts(body: readonly Block[]): { issuers: string[]; published: string | null } {
  for (const b of body) {
    if (b.type !== 'para') continue;
    const m = /(新华社)[^，。]{0,6}?((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)电/.exec(b.text);
    if (m) return { issuers: [m[1]!], published: parseChineseDate(m[2]!) };
    if (/新华社/.test(b.text)) return { issuers: ['新华社'], published: null };
  }
  return { issuers: [], published: null };
}

/** Signature block: issuer lines followed by a date line, near the end of the text. */
export function readSignature(body: readonly Block[], dict: readonly string[]): { issuers: string[]; date: string | null } {
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
export type EffectiveRule = { date: string } | { relative: 'published' | 'issued' } | null;

export function effectiveDate(body: readonly Block[]): EffectiveRule {
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

export function resolveEffective(rule: EffectiveRule, issued: string | null, published: string | null): string | null {
  if (!rule) return null;
  if ('date' in rule) return rule.date;
  return rule.relative === 'published' ? (published ?? issued) : (issued ?? published);
}

export function jurisdictionOf(title: string, issuers: readonly string[], docNumber: string | null, dicts: Dictionaries): string {
  for (const t of [title, ...issuers]) {
    const p = provinceOf(t, dicts);
    if (p) return p.name;
  }
  return (docNumber ? docNumberJurisdiction(docNumber, dicts) : null) ?? '全国';
}
