import { matchMarker } from '../pst/patterns.ts';

/**
 * Line and paragraph shapes the importer recognises. Patterns are anchored and bounded so that
 * a single 50 MB line is scanned in linear time.
 */

/**
 * Structure markers are the parser's (src/lib/pst/patterns.ts `matchMarker`): the importer asks
 * it what a line opens with, so the two never disagree on what 第X条, 一、, （一）, 1. or 专栏1 is.
 */

/** A line that opens a 编/章/节 heading (第一章 总则). */
export function opensChapter(text: string): boolean {
  const kind = matchMarker(text)?.kind;
  return kind === 'part' || kind === 'chapter' || kind === 'section';
}

/** A line that opens an article 第X条 (第X条之一), not a citation of one (第十二条第二款规定…). */
export function opensArticle(text: string): boolean {
  return matchMarker(text)?.kind === 'article';
}

/** A line that opens any structure: the parser's markers, and 附表 or a —— lead. */
export function opensStructure(text: string): boolean {
  return matchMarker(text) !== null || /^(?:附表|——)/.test(text);
}

/** A heading that never continues a table cell: 一、 （一） 第X章/条 附件 (not 1. or （1）). */
export function opensHeading(text: string): boolean {
  const m = matchMarker(text);
  return m !== null && m.kind !== 'box' && (m.kind !== 'outline' || (m.level ?? 0) <= 2);
}

/** Sentence-final punctuation: a line ending with it may end a paragraph. */
const TERMINAL = /[。！？；：:!?;…]$/;
/** Closing quotes and brackets that can follow a sentence end: “……。” */
const CLOSERS = /[”’」』）)】〕\]》]+$/;

/** True when the text ends a sentence (closing quotes after 。 count). */
export function endsSentence(text: string): boolean {
  if (TERMINAL.test(text)) return true;
  const stripped = text.replace(CLOSERS, '');
  return stripped !== text && TERMINAL.test(stripped);
}

/** Punctuation after which a wrapped line certainly continues. */
export const CONTINUES = /[，、（(《“‘—\-－〔［【]$/;

/** A 文号 anywhere: issuer abbreviation, bracketed year, number, 号. Spaces and bracket forms vary. */
export const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}[〔﹝\[［【(（]\s{0,2}(?:19|20)\d{2}\s{0,2}[〕﹞\]］】)）]\s{0,2}\d{1,4}\s{0,2}号/;

/** A line that is only a 文号 (possibly in parentheses). */
export const DOC_NUMBER_LINE = new RegExp(`^[（(]?${DOC_NUMBER.source}[）)]?`);

/** A date line: 2021年11月5日, 2020 年 2 月 17 日, 2022-10-07, possibly followed by 印发. */
export const DATE_LINE =
  /^(?:(?:19|20)\d{2}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|[〇一二三四五六七八九零○]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)(?:印发|发布|公布)?$/;

/** 发布时间：… / 发布日期：… lines of a web copy. */
export const PUBLISHED_LINE = /^(?:发布时间|发布日期|时间)\s{0,3}[:：]/;

/** A label line: 联系人：… / 联系电话：… / 邮 箱：… (letter-spaced by the PDF). */
export const LABEL_LINE = /^[\u4e00-\u9fa5](?:[ \u3000]?[\u4e00-\u9fa5]){1,5}[:：]/;

/** A line that ends with a telephone number (seven digits or more) or an e-mail address: a contact line. */
export const CONTACT_END = /(?:\d{7,}|@[\w.-]+\.[a-z]{2,})$/;

/** The lead of the list of attachments under a notice: 附件： / 附表1： */
export const ATTACHMENT_LEAD = /^附\s?[件表]\s?\d{0,2}\s?[:：]/;

/** The list of attachments opening a line: 附件：1.… / 附件：技工院校… (it opens a line of its own). */
export const ATTACHMENT_LIST = new RegExp(`${ATTACHMENT_LEAD.source}\\s?\\S`);

/** 文种 words that end a document title, longest first. */
export const GENRES = [
  '实施意见',
  '指导意见',
  '若干意见',
  '实施方案',
  '工作方案',
  '行动计划',
  '实施细则',
  '管理办法',
  '实施办法',
  '通知',
  '意见',
  '规划',
  '方案',
  '办法',
  '细则',
  '规定',
  '条例',
  '决定',
  '指南',
  '计划',
  '纲要',
  '措施',
  '标准',
  '规范',
  '要点',
  '通告',
  '公告',
  '批复',
  '安排',
  '清单',
  '名单',
  '目录',
  '函',
  '法',
] as const;

/** Bracketed title suffixes: （试行）（暂行）（2020—2023年）（修订）. */
const TITLE_SUFFIX = /(?:[（(](?:试行|暂行|修订|征求意见稿|\d{4}\s*[—\-－–~～至]+\s*\d{4}\s*年?)[)）])+$/;

/** The 文种 that ends a title, or null. */
export function titleGenre(text: string): string | null {
  const t = text.replace(TITLE_SUFFIX, '').replace(/[\s\u3000]+$/, '');
  for (const g of GENRES) if (t.endsWith(g)) return g;
  return null;
}

/** Addressee lines: 各省、自治区、直辖市…： / 各州、市人民政府…： */
export const ADDRESSEE = /^各[\u4e00-\u9fa5（）()、，,\s\u3000]{2,200}[:：]$/;
