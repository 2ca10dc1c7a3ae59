/**
 * PDF justification spaces: a PDF spreads a line to the margin with spaces that the extraction
 * keeps as text (`2021 年 6 月 28 日`, `人社厅发〔2010〕15 号`, `社 会 保 障 部`), so a search for
 * 2021年6月 misses them. They are removed between a digit and a CJK character, between CJK
 * punctuation and the text beside it, and between single letter-spaced CJK characters. Spaces
 * that carry meaning stay: between Latin words, between issuing bodies (教育部 工业和信息化部),
 * between the parts of a 题注 (…公布 根据…), after a structure marker (第二条 技工学校…), and in
 * table rows flattened onto one line. The accounting invariant counts characters, not spaces,
 * so it still holds.
 */
import { paragraphLines, type Block, type Paragraph } from './paragraphs.ts';

/** Kinds of removed spaces, as counted in the report. */
export type SpacingKind = 'digit-cjk' | 'punctuation' | 'letter-spacing';

const CJK = '\\u4e00-\\u9fa5';
const PUNCT = '，。、；：？！“”‘’（）《》〔〕【】';
const RULES: ReadonlyArray<[SpacingKind, RegExp]> = [
  // 2021 年 / 15 号 / 超 36万 / 不低于 50% / 培训 10000 名: a figure of up to five digits (a phone
  // number, seven digits or more, keeps its space).
  [
    'digit-cjk',
    new RegExp(
      `(?<=(?<![0-9.])[0-9]{1,5}(?:\\.[0-9]+)?%?)[ \\u00a0]+(?=[${CJK}${PUNCT}])|(?<=[${CJK}${PUNCT}])[ \\u00a0]+(?=[0-9]{1,5}(?:\\.[0-9]+)?(?:[ \\u00a0]*[${CJK}${PUNCT}%]|$))`,
      'g',
    ),
  ],
  // 。 它 / （ 试行 ）
  ['punctuation', new RegExp(`(?<=[${PUNCT}])[ \\u00a0]+(?=[${CJK}${PUNCT}])|(?<=[${CJK}])[ \\u00a0]+(?=[${PUNCT}])`, 'g')],
];
/** 社 会 保 障 部 / 电 话 / 尚 涛: single characters each followed by one space. */
const LETTER_SPACED = new RegExp(`(?<![${CJK}])[${CJK}](?:[ \\u00a0][${CJK}](?![${CJK}]))+`, 'g');

/**
 * A flattened table row on one line: 1 天 津 全市 1 — short cells, no sentence punctuation (a
 * wrapped line that opens with a figure, `50 家以上…，推出覆盖 100 个`, is prose).
 */
const TABLE_ROW = /^\d{1,3}(?: [^\s，。；：]{1,12}){2,}$/;
/** A structure marker's separator at the start: 第二条 / 第一章 / 专栏1 . */
const MARKER = new RegExp(
  `^(?:第[〇零一二两三四五六七八九十百千0-9]+[编章节条](?:之[一二三四五六七八九十])?|专栏\\s?\\d{1,2}|附件\\s?\\d{0,2})[ \\u3000\\u00a0]+`,
);

/** Remove justification spaces from one line of text; counts by kind go into `counts`. */
export function normalizeSpacing(text: string, counts: Partial<Record<SpacingKind, number>> = {}, paragraphStart = true): string {
  if (TABLE_ROW.test(text)) return text;
  const marker = paragraphStart ? (MARKER.exec(text)?.[0] ?? '') : '';
  let rest = text.slice(marker.length);
  rest = rest.replace(LETTER_SPACED, (run) => {
    counts['letter-spacing'] = (counts['letter-spacing'] ?? 0) + (run.length - run.replace(/[ \u00a0]/g, '').length);
    return run.replace(/[ \u00a0]/g, '');
  });
  for (const [kind, re] of RULES) {
    rest = rest.replace(re, (space) => {
      counts[kind] = (counts[kind] ?? 0) + space.length;
      return '';
    });
  }
  return marker + rest;
}

/** Normalise every paragraph (line by line, keeping the source spans) and table cell of a body. */
export function normalizeBodySpacing(body: Block[]): Partial<Record<SpacingKind, number>> {
  const counts: Partial<Record<SpacingKind, number>> = {};
  for (const b of body) {
    if (b.type === 'table') {
      b.rows = b.rows.map((r) => r.map((c) => normalizeSpacing(c, counts)));
      continue;
    }
    normalizeParagraph(b, counts);
  }
  return counts;
}

function normalizeParagraph(p: Paragraph, counts: Partial<Record<SpacingKind, number>>): void {
  // Line by line, so that each line's span still points at its source line (a trimmed line
  // end carries no spaces).
  let text = '';
  const spans = paragraphLines(p).map((l, k) => {
    const at = text.length;
    text += normalizeSpacing(l.text, counts, k === 0);
    return { at, line: l.line, column: l.column };
  });
  p.text = text;
  p.spans = spans;
}
