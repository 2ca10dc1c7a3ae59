/**
 * Unit references where they stand in running text, right after what they belong to
 * (《职业教育法》第三十六条第二款第三项规定的…, 本法第十条至第十二条, 第十三条（一）（二）): one
 * article reference, a list joined by 、/和/及/或者, or a range 第X条至第Y条 (expanded), read into
 * {@link UnitPath}s. Running text is read more strictly than a typed reference: it must start
 * with 第X条, and an outline path (二（三）) is never read out of a sentence.
 */
import { CHINESE_NUMERAL, parseChineseNumeral } from '../text/index.ts';
import type { UnitPath, UnitStep } from './types.ts';

/** A number in running text: at most 7 characters, so a sentence is never read as one. */
const N = `(?:[0-9０-９]{1,4}|${CHINESE_NUMERAL.slice(0, -1)}{1,7})`;

/** 第X条(之Y)(第Z款)(第（W）项 | （W）)(第N目), anchored at the start of the text. */
const ARTICLE_REF = new RegExp(`^第(${N})条(?:之(${N}))?(?:第(${N})款)?(?:第[（(]?(${N})[)）]?项|[（(](${N})[)）](?!项))?(?:第(${N})目)?`);
const RANGE = /^(?:至|到|—|－|-)/;
const LIST = /^(?:、|和|及|或者|或)/;
const MORE_ITEM = new RegExp(`^[（(](${N})[)）]`);

/**
 * The unit references at the start of `text`, and the length of text they take.
 *
 * @example readUnitRefs('第三十六条第二款第三项规定的') // { paths: [[article 36, clause 2, item 3]], length: 12 }
 * @example readUnitRefs('依照本法') // null
 */
export function readUnitRefs(text: string): { paths: UnitPath[]; length: number } | null {
  const first = ARTICLE_REF.exec(text);
  if (!first) return null;
  const paths = [toPath(first)];
  let at = first[0].length;
  for (;;) {
    const rest = text.slice(at);
    const range = RANGE.exec(rest);
    const sep = range ?? LIST.exec(rest);
    if (!sep) {
      // 第十三条（一）（二）（三）: further items of the same clause.
      const item = MORE_ITEM.exec(rest);
      const last = paths.at(-1)!;
      if (item && last.at(-1)?.type === 'item') {
        paths.push([...last.slice(0, -1), { type: 'item', number: num(item[1]!) }]);
        at += item[0].length;
        continue;
      }
      break;
    }
    const next = ARTICLE_REF.exec(rest.slice(sep[0].length));
    if (!next) break;
    const path = toPath(next);
    if (range) {
      const from = (paths.at(-1)![0] as Extract<UnitStep, { type: 'article' }>).number;
      const to = (path[0] as Extract<UnitStep, { type: 'article' }>).number;
      for (let n = from + 1; n < to && n - from < 200; n++) paths.push([{ type: 'article', number: n, zhiyi: null }]);
    }
    paths.push(path);
    at += sep[0].length + next[0].length;
  }
  return { paths, length: at };
}

function toPath(m: RegExpExecArray): UnitPath {
  const path: UnitPath = [{ type: 'article', number: num(m[1]!), zhiyi: m[2] ? num(m[2]) : null }];
  if (m[3]) path.push({ type: 'clause', number: num(m[3]) });
  const item = m[4] ?? m[5];
  if (item) path.push({ type: 'item', number: num(item) });
  if (m[6]) path.push({ type: 'subitem', number: num(m[6]) });
  return path;
}

function num(s: string): number {
  return parseChineseNumeral(s) ?? Number.NaN;
}
