/**
 * Sentences of a paragraph with their offsets. A sentence ends at 。！？ and at ；, since policy
 * texts string separate grants together with semicolons (对引进的…团队，给予最高3000万元…；对引进的
 * 科技领军人才，给予…); a stop inside 《》 or “” does not end one.
 */

/** One sentence: its text (ending punctuation included, surrounding spaces not) and where it is. */
export interface Sentence {
  text: string;
  /** Offsets in the paragraph, end exclusive. */
  start: number;
  end: number;
}

const STOP = /[。！？；!?;]/u;

/**
 * Splits a paragraph into sentences.
 *
 * @example splitSentences('甲。乙；丙') // [{ text: '甲。', start: 0, end: 2 }, { text: '乙；', … }, { text: '丙', … }]
 */
export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(paragraph[s]!)) s++;
    while (e > s && /\s/u.test(paragraph[e - 1]!)) e--;
    if (e > s) out.push({ text: paragraph.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < paragraph.length; i++) {
    const char = paragraph[i]!;
    if (char === '《' || char === '“') depth++;
    else if ((char === '》' || char === '”') && depth > 0) depth--;
    else if (char === '\n' || (depth === 0 && STOP.test(char))) push(i + 1);
  }
  push(paragraph.length);
  return out;
}
