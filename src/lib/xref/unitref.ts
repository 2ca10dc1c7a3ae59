/**
 * Unit references in running text: 第三十六条第二款第三项, 第三十六条之一, 第36条第2款, 第（三）项,
 * 第十三条（一）（二）, 第十条至第十二条, 第十条、第十二条. Parsed into unit ids of the structure
 * parser (art-36-p2-i3). (Typed or pasted references, outline paths included, are the quick
 * jump's: src/lib/jump/clause.ts.)
 */
import { parseChineseNumeral } from '../text/index.ts';

const N = '[〇零一二两三四五六七八九十百千\\d０-９]{1,7}';

/** One unit a reference names. */
export interface UnitRef {
  article: number;
  zhiyi: number | null;
  clause: number | null;
  item: number | null;
  subitem: number | null;
}

/** 第X条(之Y)(第Z款)(第（W）项 | （W）)(第N目), anchored at the start of `text`. */
export const ARTICLE_REF = new RegExp(
  `^第(${N})条(?:之(${N}))?(?:第(${N})款)?(?:第[（(]?(${N})[)）]?项|[（(](${N})[)）](?!项))?(?:第(${N})目)?`,
);

/**
 * Parse the unit references at the start of `text`: one article reference, or a list joined by
 * 、/和/及, or a range 第X条至第Y条 (expanded). Returns the references and the length consumed.
 *
 * @example
 *   parseArticleRefs('第三十六条第二款第三项规定的') // { refs: [{article: 36, clause: 2, item: 3, …}], length: 12 }
 */
export function parseArticleRefs(text: string): { refs: UnitRef[]; length: number } | null {
  const first = ARTICLE_REF.exec(text);
  if (!first) return null;
  const refs = [toRef(first)];
  let at = first[0].length;
  for (;;) {
    const rest = text.slice(at);
    const range = /^(?:至|到|—|－|-)/.exec(rest);
    const list = /^(?:、|和|及|或者|或)/.exec(rest);
    const sep = range ?? list;
    if (!sep) {
      // 第十三条（一）（二）（三）: further items of the same clause.
      const item = new RegExp(`^[（(](${N})[)）]`).exec(rest);
      if (item && refs.at(-1)!.item !== null) {
        refs.push({ ...refs.at(-1)!, item: num(item[1]!) });
        at += item[0].length;
        continue;
      }
      break;
    }
    const next = ARTICLE_REF.exec(rest.slice(sep[0].length));
    if (!next) break;
    const ref = toRef(next);
    if (range) {
      const from = refs.at(-1)!;
      for (let n = from.article + 1; n < ref.article && n - from.article < 200; n++) refs.push({ article: n, zhiyi: null, clause: null, item: null, subitem: null });
    }
    refs.push(ref);
    at += sep[0].length + next[0].length;
  }
  return { refs, length: at };
}

function toRef(m: RegExpExecArray): UnitRef {
  return {
    article: num(m[1]!),
    zhiyi: m[2] ? num(m[2]) : null,
    clause: m[3] ? num(m[3]) : null,
    item: m[4] ? num(m[4]) : m[5] ? num(m[5]) : null,
    subitem: m[6] ? num(m[6]) : null,
  };
}

function num(s: string): number {
  return parseChineseNumeral(s) ?? Number.NaN;
}

/**
 * The unit id a reference names: art-36, art-36-1 (之一), art-36-p2, art-36-p2-i3, …
 * A 项 without a 款 is in the first 款 (第十三条（一） → art-13-p1-i1).
 */
export function unitIdOf(ref: UnitRef): string {
  let id = `art-${ref.article}${ref.zhiyi ? `-${ref.zhiyi}` : ''}`;
  if (ref.clause !== null || ref.item !== null) id += `-p${ref.clause ?? 1}`;
  if (ref.item !== null) id += `-i${ref.item}`;
  if (ref.subitem !== null) id += `-s${ref.subitem}`;
  return id;
}
