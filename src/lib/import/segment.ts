/**
 * Splitting a source's blocks into documents.
 *
 * A document starts at a title: one to five short fragments (hard-wrapped titles) whose
 * concatenation ends in a 文种 word (…的通知, …意见, …规划（2021—2025年）) or is a news headline
 * (…印发《…》), confirmed by what follows (a 文号, 发布时间, an addressee, the first article or
 * outline item, or body text). A masthead (…文件) and 文号 printed above the title belong to the
 * document too. Further starts: the official text after a news lead ending in 全文如下; an
 * attachment label (附件1) followed by its title; a 文号 with no title before it. Corrections
 * (overrides) add or suppress starts where the text does not say.
 */
import { titleKey } from '../text/index.ts';
import type { Block, Paragraph } from './paragraphs.ts';
import {
  ADDRESSEE,
  DATE_LINE,
  DOC_NUMBER,
  DOC_NUMBER_LINE,
  PUBLISHED_LINE,
  endsSentence,
  opensArticle,
  opensChapter,
  opensStructure,
  titleGenre,
} from './patterns.ts';

/** Why a document starts where it does. */
export type StartReason = 'title' | 'news-headline' | 'full-text' | 'attachment' | 'doc-number' | 'file-start' | 'override';

/** A document boundary found in a source. */
export interface DocumentStart {
  /** Index of the first block of the document. */
  block: number;
  /** Indexes of the blocks that make up the title (empty when the text has none). */
  titleBlocks: number[];
  /** Title text when it comes from elsewhere (the 《…》 of a news lead, an override). */
  title?: string;
  reason: StartReason;
  /** Index of the 附件 label block, for attachments. */
  label?: number;
  /** What confirmed the start (文号, addressee, body text…); absent for file starts and overrides. */
  evidence?: string;
  /** Set while segmenting: a web page's heading that repeats the next document's title. */
  stray?: boolean;
}

/** Options: starts forced or suppressed by corrections, keyed by source line. */
export interface SegmentOptions {
  startAt?: ReadonlyMap<number, { title?: string; issuers?: string[] }>;
  notStartAt?: ReadonlySet<number>;
}

const MAX_FRAGMENT = 34;
const MAX_TITLE = 110;
export const NEWS_HEADLINE = /印发《[^《》]{4,80}》$|(?:作出重要指示|重要指示精神|的贺信|致信|讲话)$/;
const FULL_TEXT_LEAD = /《([^《》]{4,80})》[，,]?(?:全文如下|主要内容如下|具体如下|内容如下)[。：:]?$/;
const TITLE_SUFFIX_LINE = /^[（(](?:试行|暂行|修订|\d{4}\s*[—\-－–~～至]+\s*\d{4}\s*年?)[)）]$/;
/** 中共中央办公厅国务院办公厅印发《…》: who issued what. */
export const ISSUED_HEADLINE = /^(.{2,60}?)印发《([^《》]{4,80})》$/;
/** A news lead after a headline: 新华社北京…电, 近日, …印发了《…》. */
const NEWS_LEAD = /新华社|日电|近日|记者|印发了|全文如下|具体如下|主要内容|《(?:通知|意见|方案|规划|办法)》(?:指出|要求|强调|明确)/;
export const ATTACHMENT_LABEL = /^附[件表]\s{0,2}\d{0,2}[:：]?$/;
const MASTHEAD = /文件$/;

/** Where documents start in a source, and page headings that only repeat a title. */
export interface Segmentation {
  starts: DocumentStart[];
  /** Indexes of blocks that are a web page's heading repeating the next title. */
  stray: number[];
}

/** Find where documents start in a source's blocks. */
export function findStarts(blocks: readonly Block[], options: SegmentOptions = {}): Segmentation {
  const starts: DocumentStart[] = [];
  const taken = new Set<number>();
  const add = (s: DocumentStart) => {
    if (taken.has(s.block)) return;
    for (const b of s.titleBlocks) taken.add(b);
    taken.add(s.block);
    starts.push(s);
  };
  const text = (i: number) => (blocks[i]?.type === 'para' ? (blocks[i] as Paragraph).text : '');
  const firstLine = (i: number) => blocks[i]!.line;
  const forced = new Set([...(options.startAt?.keys() ?? [])]);

  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.type !== 'para') continue;
    const t = text(i);
    if (options.notStartAt?.has(firstLine(i)) || forced.has(firstLine(i))) continue;

    // Attachment label followed by a title-like block.
    if (ATTACHMENT_LABEL.test(t) && i + 1 < blocks.length && isTitleLike(text(i + 1))) {
      // The title may wrap over a few fragments: take them until one ends in a 文种.
      const title = [i + 1];
      while (title.length < 3 && !titleGenre(title.map(text).join('')) && isFragment(text(title.at(-1)! + 1)) && isTitleLike(text(title.at(-1)! + 1))) {
        title.push(title.at(-1)! + 1);
      }
      if (!titleGenre(title.map(text).join(''))) title.splice(1);
      add({ block: i, titleBlocks: title, reason: 'attachment', label: i, evidence: '附件 label' });
      i = title.at(-1)!;
      continue;
    }

    // News lead: the official text starts on the next block.
    const lead = FULL_TEXT_LEAD.exec(t);
    if (lead && i + 1 < blocks.length) {
      const nextIsTitle = titleKey(text(i + 1)) === titleKey(lead[1]!);
      add({ block: i + 1, titleBlocks: nextIsTitle ? [i + 1] : [], title: nextIsTitle ? undefined : lead[1], reason: 'full-text', evidence: '全文如下' });
      if (nextIsTitle) i++;
      continue;
    }

    const title = titleRunEndingAt(blocks, i, taken);
    const evidence = title ? (namedBefore(blocks, title) ?? confirmsTitle(blocks, i + 1)) : null;
    if (title && evidence) {
      // A bracketed suffix on the next line belongs to the title: （2020—2023年）, （试行）.
      if (TITLE_SUFFIX_LINE.test(text(i + 1))) title.push(i + 1);
      const head = headerBefore(blocks, title[0]!, taken);
      const whole = title.map(text).join('');
      const headline = NEWS_HEADLINE.test(whole) && !titleGenre(unquote(whole));
      const issued = ISSUED_HEADLINE.exec(whole);
      // "X印发《Y》" followed directly by Y's own text (no news lead) is Y under a headline.
      if (headline && issued && !leadFollows(blocks, title.at(-1)! + 1)) {
        add({ block: head, titleBlocks: title, title: issued[2], reason: 'title', evidence });
      } else {
        add({ block: head, titleBlocks: title, reason: headline ? 'news-headline' : 'title', evidence });
      }
      i = title.at(-1)!;
      continue;
    }

    // A 文号 line with no title above it starts a document (web copies that lost the title).
    if (DOC_NUMBER_LINE.test(t) && [...t].length <= 40 && !precededByTitle(blocks, i, taken) && i > 0) {
      const prev = text(i - 1);
      const start = PUBLISHED_LINE.test(prev) ? i - 1 : i;
      if (!taken.has(start) && looksClosed(blocks, start - 1)) add({ block: start, titleBlocks: [], reason: 'doc-number' });
    }
  }
  for (const [line, o] of options.startAt ?? []) {
    const b = blocks.findIndex((x) => x.lines.includes(line));
    if (b >= 0 && !starts.some((s) => s.block === b)) {
      starts.push({ block: b, titleBlocks: [], title: o.title, reason: 'override' });
    } else if (b >= 0 && o.title) {
      const s = starts.find((x) => x.block === b)!;
      s.title = o.title;
    }
  }
  if (blocks.length > 0 && !starts.some((s) => s.block === 0)) starts.push({ block: 0, titleBlocks: [], reason: 'file-start' });
  starts.sort((a, b) => a.block - b.block);
  // A web page's own heading repeats the title of the document right below it.
  for (let k = 0; k + 1 < starts.length; k++) {
    const s = starts[k]!;
    const n = starts[k + 1]!;
    if (s.reason !== 'title' || s.titleBlocks.length !== 1 || n.block !== s.block + 1) continue;
    const own = titleKey(text(s.titleBlocks[0]!));
    const next = titleKey(n.titleBlocks.map(text).join(''));
    if (next.includes(own) && next !== own) {
      s.stray = true;
    }
  }
  return { starts: starts.filter((s) => !s.stray), stray: starts.filter((s) => s.stray).map((s) => s.block) };
}

/** Does a news lead follow (within three blocks, skipping date and 文号 lines)? */
function leadFollows(blocks: readonly Block[], from: number): boolean {
  let seen = 0;
  for (let k = from; k < blocks.length && seen < 3; k++) {
    const b = blocks[k]!;
    if (b.type !== 'para') return false;
    if (DATE_LINE.test(b.text) || PUBLISHED_LINE.test(b.text) || DOC_NUMBER_LINE.test(b.text)) continue;
    if (NEWS_LEAD.test(b.text)) return true;
    seen++;
  }
  return false;
}

/** A title fragment: short, no sentence end, not a numbered heading, not a date or 文号. */
function isFragment(t: string): boolean {
  const n = [...t].length;
  return (
    n > 0 &&
    n <= MAX_FRAGMENT &&
    !/^[（(].*[)）]$/.test(t) &&
    !/[:：]|\d{5}|\d{4}\s*年\s*\d{1,2}\s*月/.test(t) &&
    !endsSentence(t) &&
    !/[，。；]/.test(t) &&
    !opensStructure(t) &&
    !DATE_LINE.test(t) &&
    !DOC_NUMBER_LINE.test(t) &&
    !PUBLISHED_LINE.test(t)
  );
}

/** A whole title on one block (web copies): up to MAX_TITLE characters, ends in a 文种 or is a headline. */
function isTitleLike(t: string): boolean {
  const n = [...t].length;
  return (
    n >= 4 &&
    n <= MAX_TITLE &&
    !endsSentence(t) &&
    !/[。；]/.test(t) &&
    !opensStructure(t) &&
    !DATE_LINE.test(t) &&
    !DOC_NUMBER_LINE.test(t) &&
    !PUBLISHED_LINE.test(t) &&
    !ADDRESSEE.test(t)
  );
}

/**
 * If block `i` ends a title, the indexes of the title's blocks (1–5 fragments). The last block
 * must end in a 文种 word or be a news headline; earlier fragments are short unfinished lines.
 */
function titleRunEndingAt(blocks: readonly Block[], i: number, taken: ReadonlySet<number>): number[] | null {
  const b = blocks[i]!;
  if (b.type !== 'para' || taken.has(i)) return null;
  const t = b.text;
  if (!isTitleLike(t) && !(isFragment(t) && [...t].length >= 2)) return null;
  if (!titleGenre(unquote(t)) && !NEWS_HEADLINE.test(t) && !/》$/.test(t)) return null;
  const run = [i];
  let total = [...t].length;
  for (let j = i - 1; j >= 0 && run.length < 5; j--) {
    const p = blocks[j]!;
    if (p.type !== 'para' || taken.has(j)) break;
    if (!isFragment(p.text)) break;
    // A fragment must not itself be a complete title of a previous document.
    if (titleGenre(p.text) && run.length === 1 && !/[《“]/.test(p.text)) break;
    if (MASTHEAD.test(p.text)) break;
    if (isOrgLine(p.text) && !/关于|印发/.test(p.text + t)) break;
    total += [...p.text].length;
    if (total > MAX_TITLE) break;
    run.unshift(j);
    if (p.pageStart) break;
  }
  // A multi-fragment title must read as one: balanced 《》 and “”.
  const whole = run.map((k) => (blocks[k] as Paragraph).text).join('');
  if (!balanced(whole)) return null;
  if ([...whole].length < 4) return null;
  if (!titleGenre(unquote(whole)) && !NEWS_HEADLINE.test(whole)) return null;
  return run;
}

/** What follows a title confirms it; returns the evidence, or null. */
function confirmsTitle(blocks: readonly Block[], next: number): string | null {
  const b = blocks[next];
  if (!b || b.type === 'table') return null;
  const t = b.text;
  if (DOC_NUMBER_LINE.test(t)) return '文号';
  if (PUBLISHED_LINE.test(t)) return '发布时间';
  if (DATE_LINE.test(t)) return 'date';
  if (ADDRESSEE.test(t)) return 'addressee';
  if (opensChapter(t) || opensArticle(t)) return 'first article';
  if (/^[一１1][、．.]/.test(t) || /^[（(][一1][)）]/.test(t)) return 'first outline item';
  if (TITLE_SUFFIX_LINE.test(t)) return 'title suffix';
  if ([...t].length >= 40 && !opensStructure(t)) return 'body text';
  return null;
}

/**
 * A notice just before names this title as what it issues (现印发给你们 / 现将《X》印发 /
 * 附件：X): the title starts the issued document even when little text follows it.
 */
function namedBefore(blocks: readonly Block[], title: readonly number[]): string | null {
  const want = titleKey(title.map((k) => (blocks[k] as Paragraph).text).join(''));
  for (let j = title[0]! - 1; j >= 0 && j >= title[0]! - 10; j--) {
    const b = blocks[j]!;
    if (b.type !== 'para' || !/印发|附件/.test(b.text)) continue;
    for (const m of b.text.matchAll(/《([^《》]{2,80})》/g)) if (titleKey(m[1]!) === want) return 'named by the notice before it';
  }
  return null;
}

/** Masthead (…文件) and 文号 lines printed above a title belong to its document. */
function headerBefore(blocks: readonly Block[], first: number, taken: ReadonlySet<number>): number {
  let k = first;
  for (let j = first - 1; j >= 0 && j >= first - 4; j--) {
    const b = blocks[j]!;
    if (b.type !== 'para' || taken.has(j)) break;
    const t = b.text;
    if (DOC_NUMBER_LINE.test(t) && [...t].length <= 30) k = j;
    else if (MASTHEAD.test(t) && [...t].length <= 40) k = j;
    else if (isOrgLine(t) && j === k - 1 && MASTHEAD.test((blocks[k] as Paragraph).text)) k = j;
    else break;
  }
  return k;
}

function precededByTitle(blocks: readonly Block[], i: number, taken: ReadonlySet<number>): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    if (taken.has(j)) return true;
    const b = blocks[j]!;
    if (b.type === 'para' && (titleGenre(b.text) || NEWS_HEADLINE.test(b.text)) && !endsSentence(b.text)) return true;
  }
  return false;
}

/** The block before a headless 文号 closes the previous document (a date, a signature, a sentence end). */
function looksClosed(blocks: readonly Block[], j: number): boolean {
  const b = blocks[j];
  if (!b) return true;
  if (b.type === 'table') return true;
  return DATE_LINE.test(b.text) || endsSentence(b.text) || isOrgLine(b.text) || /印发$/.test(b.text);
}

/** A line made of issuing-body names only (a signature or masthead). */
export function isOrgLine(t: string): boolean {
  return (
    /^(?:[\u4e00-\u9fa5]{2,30}(?:部|委|厅|局|院|署|会|联|室|办|办公厅|政府|委员会|总工会|工商联|司令部|国资委)[\s\u3000]*)+$/.test(t) && [...t].length <= 60
  );
}

/** A title printed inside 《》 (the whole title quoted) without them. */
export function unquote(t: string): string {
  const m = /^《([^《》]+)》$/.exec(t);
  return m ? m[1]! : t;
}

function balanced(t: string): boolean {
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  return count(/《/g) === count(/》/g) && count(/“/g) === count(/”/g);
}

void DOC_NUMBER;
