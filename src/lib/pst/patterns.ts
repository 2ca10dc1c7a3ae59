/**
 * What a paragraph opens with: 第X编/章/节, 第X条(之一), 一、, （一）, 1., （1）, 专栏1, 附件1, or
 * nothing. Pure functions over one paragraph's text; indices are into that text, so callers can
 * map them back to the file.
 */
import { CHINESE_NUMERAL, parseChineseNumeral, parseSubNumber, toHalfWidth } from '../text/index.ts';

/** A structural marker at the start of a paragraph. */
export interface Marker {
  kind: 'part' | 'chapter' | 'section' | 'article' | 'outline' | 'box' | 'attachment';
  number: number | null;
  /** 之一 → 1 (articles only). */
  zhiyi: number | null;
  /** Outline level: 1 一、 2 （一） 3 1. 4 （1）. */
  level: 1 | 2 | 3 | 4 | null;
  /** `[start, end)` of the label as written, e.g. `第三十六条之一` or `（一）`. */
  labelStart: number;
  labelEnd: number;
  /** Where the text after the label and its separator starts. */
  restStart: number;
  /** The text after the label and separator. */
  rest: string;
}

const CN = CHINESE_NUMERAL;
const NUM = `(?:${CN}|[0-9]+)`; // matched on the half-width fold
const SP = '[ \\t\\u00a0]*'; // matched on the half-width fold, where U+3000 is a space

/**
 * Text that follows 第X条 without a separator when the paragraph cites the article instead.
 * 中 counts only as the preposition (第十二条中规定的…), not as the start of a word
 * (第十七条中等职业学校应当… in 云南省职业教育条例).
 */
const CITATION_AFTER_ARTICLE = /^(?:第|规定|的|、|至|和|及|或|中(?![等国华央小外])|所|之|款|项|[，,。；;：:])/;
/** Sentence punctuation: a heading (章 title, outline heading, title line) has none. */
const SENTENCE = /[。；;！？!?]/;

type Recognizer = (folded: string, text: string, lead: number) => Marker | null;

/**
 * Recognizes the marker a paragraph opens with (after leading spaces), or returns `null` for a
 * plain paragraph. Headings (编, 章, 节, 专栏) must be short and without sentence punctuation,
 * so that a paragraph quoting 第一章规定… is not a chapter.
 */
export function matchMarker(text: string): Marker | null {
  const folded = toHalfWidth(text);
  const lead = folded.length - folded.trimStart().length;
  for (const recognize of RECOGNIZERS) {
    const marker = recognize(folded, text, lead);
    if (marker) return marker;
  }
  return null;
}

const RECOGNIZERS: Recognizer[] = [heading, article, outline, box, attachment];

// Compiled once: matchMarker runs several times per paragraph.
const HEADING = new RegExp(`^第(${NUM})(编|章|节)${SP}`);
const ARTICLE = new RegExp(`^第(${NUM})条(之${CN})?(${SP})`);
const SPACES = new RegExp(`^${SP}`);
const LABELLED = {
  box: new RegExp(`^专栏(?:${SP}(${NUM})(?![0-9.、]))?`),
  attachment: new RegExp(`^附件(?:${SP}(${NUM})(?![0-9.、]))?`),
};
const COLON = new RegExp(`^${SP}[:：]?${SP}`);

function heading(folded: string, text: string, lead: number): Marker | null {
  const match = HEADING.exec(folded.slice(lead));
  if (!match?.[1]) return null;
  const kind = match[2] === '编' ? 'part' : match[2] === '章' ? 'chapter' : 'section';
  const marker = make(kind, text, lead, match[0].trimEnd().length, match[0].length, parseChineseNumeral(match[1]));
  return isHeadingText(marker.rest) ? marker : null;
}

function article(folded: string, text: string, lead: number): Marker | null {
  const match = ARTICLE.exec(folded.slice(lead));
  if (!match?.[1]) return null;
  const marker = make('article', text, lead, match[0].length - (match[3]?.length ?? 0), match[0].length, parseChineseNumeral(match[1]));
  // 第一条为了… has no separator, but 第十二条第二款规定… is a citation, not an article.
  if (match[3] === '' && CITATION_AFTER_ARTICLE.test(marker.rest)) return null;
  marker.zhiyi = match[2] ? parseSubNumber(match[2]) : null;
  return marker;
}

const OUTLINES: ReadonlyArray<[RegExp, 1 | 2 | 3 | 4]> = [
  [new RegExp(`^(${CN})、`), 1],
  [new RegExp(`^\\(${SP}(${CN})${SP}\\)`), 2],
  [/^([0-9]{1,3})(?:[.、](?![0-9]))/, 3],
  [new RegExp(`^\\(${SP}([0-9]{1,3})${SP}\\)`), 4],
];

function outline(folded: string, text: string, lead: number): Marker | null {
  for (const [pattern, level] of OUTLINES) {
    const match = pattern.exec(folded.slice(lead));
    if (!match?.[1]) continue;
    const separator = SPACES.exec(folded.slice(lead + match[0].length))?.[0].length ?? 0;
    const marker = make('outline', text, lead, match[0].length, match[0].length + separator, parseChineseNumeral(match[1]));
    marker.level = level;
    return marker;
  }
  return null;
}

function box(folded: string, text: string, lead: number): Marker | null {
  return labelled('box', folded, text, lead);
}

function attachment(folded: string, text: string, lead: number): Marker | null {
  // No heading test: 附件：1.… (the list of attachments) may be long or end in 。 (略).
  return labelled('attachment', folded, text, lead);
}

/** 专栏1：title / 附件 2 title: a word, an optional number, an optional colon, the rest. */
function labelled(kind: 'box' | 'attachment', folded: string, text: string, lead: number): Marker | null {
  const match = LABELLED[kind].exec(folded.slice(lead));
  if (!match) return null;
  const after = COLON.exec(folded.slice(lead + match[0].length))?.[0].length ?? 0;
  const marker = make(kind, text, lead, match[0].length, match[0].length + after, match[1] ? parseChineseNumeral(match[1]) : null);
  if (kind === 'box' && !isHeadingText(marker.rest)) return null;
  return marker;
}

function make(kind: Marker['kind'], text: string, lead: number, labelLength: number, restOffset: number, number: number | null): Marker {
  return {
    kind,
    number,
    zhiyi: null,
    level: null,
    labelStart: lead,
    labelEnd: lead + labelLength,
    restStart: lead + restOffset,
    rest: text.slice(lead + restOffset),
  };
}

/** A heading line: short and without sentence punctuation. */
export function isHeadingText(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 50 && !SENTENCE.test(trimmed);
}

/**
 * The short title an outline paragraph opens with, or `null`:
 * - the whole text when it has no sentence punctuation at all (`发展环境`);
 * - else the first sentence, when it is at most 30 characters without commas and either more
 *   text follows (`指导思想` of `指导思想。以习近平…`) or `governs` is true, i.e. the outline has
 *   content under it (`基本原则` of `（二）基本原则。` followed by 1. 2.).
 *
 * A lone short sentence with nothing under it (`（1）完善项目制培养模式。`) is an item, not a heading.
 */
export function outlineHeading(rest: string, governs: boolean): string | null {
  const trimmed = rest.trim();
  if (trimmed !== '' && isHeadingText(trimmed) && !/[，,]/.test(trimmed) && !/[。.]$/.test(trimmed)) return trimmed;
  const first = /^([^。；;！？!?，,：:]{1,30})。(.*)$/su.exec(trimmed);
  if (!first?.[1]) return null;
  return first[2] !== '' || governs ? first[1].trim() : null;
}
