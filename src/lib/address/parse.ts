/**
 * Reading unit references: a whole typed or pasted reference ({@link parseUnitPath}: 第三十六条第二款
 * 第三项, 第36条, 第三十六条之一, 第（三）项, 二（三）, 二、（三）1., 专栏2第1项, 附件1二, 第三章, 表1,
 * a bare 30), and the references at a place in running text ({@link readUnitRefs}: 第十条至第十二条,
 * 第十条、第十二条, 第十三条（一）（二）). Both read the same tokens into {@link UnitPath}s.
 */
import { ANY_NUMERAL, CHINESE_NUMERAL, parseChineseNumeral } from '../text/index.ts';
import { ARTICLE_SIDE, type UnitPath, type UnitStep } from './types.ts';

const CN = CHINESE_NUMERAL;
const AR = '[0-9０-９]+';
const NUM = ANY_NUMERAL;
const S = '[\\s\\u3000]*';
const OPEN = '[（(]';
const CLOSE = '[）)]';

/** Token patterns, tried in order at each position (sticky). */
const TOKENS: Array<[RegExp, (m: RegExpExecArray, prev: UnitStep | undefined) => UnitStep | null]> = [
  [sticky(`附件${S}(${NUM})`), (m) => step('attachment', m[1])],
  [sticky(`第${S}(${NUM})${S}编`), (m) => step('part', m[1])],
  [sticky(`第${S}(${NUM})${S}章`), (m) => step('chapter', m[1])],
  [sticky(`第${S}(${NUM})${S}节`), (m) => step('section', m[1])],
  [
    sticky(`第?${S}(${NUM})${S}条(?:${S}之${S}(${NUM}))?`),
    (m) => {
      const number = num(m[1]);
      const zhiyi = num(m[2]);
      if (number === null || (m[2] !== undefined && zhiyi === null)) return null;
      return { type: 'article', number, zhiyi };
    },
  ],
  [sticky(`第${S}(${NUM})${S}款`), (m) => step('clause', m[1])],
  [sticky(`第${S}(${NUM})${S}部分`), (m) => outline(1, m[1])],
  [
    // 第三项, 第（三）项; inside a 专栏 the 1. items are cited 第1项.
    sticky(`第${S}(?:${OPEN}${S}(${NUM})${S}${CLOSE}|(${NUM}))${S}项`),
    (m, prev) => {
      const number = num(m[1] ?? m[2]);
      if (number === null) return null;
      return prev?.type === 'box' ? { type: 'outline', level: 3, number } : { type: 'item', number };
    },
  ],
  [sticky(`第${S}(${NUM})${S}目`), (m) => step('subitem', m[1])],
  [sticky(`专栏${S}(${NUM})`), (m) => step('box', m[1])],
  [sticky(`表${S}(${NUM})`), (m) => step('table', m[1])],
  [
    // （三） is a 项 after an article or 款 (第十三条（一）), else a level-2 outline item.
    sticky(`${OPEN}${S}(${CN})${S}${CLOSE}`),
    (m, prev) => {
      const number = num(m[1]);
      if (number === null) return null;
      return prev?.type === 'article' || prev?.type === 'clause' ? { type: 'item', number } : { type: 'outline', level: 2, number };
    },
  ],
  [sticky(`${OPEN}${S}(${AR})${S}${CLOSE}`), (m) => outline(4, m[1])],
  [sticky(`(${AR})${S}[.．、]`), (m) => outline(3, m[1])],
  [sticky(`(${CN})${S}、`), (m) => outline(1, m[1])],
  // Bare numerals last: 二 of 二（三）, or a lone 30.
  [sticky(`(${CN})`), (m) => outline(1, m[1])],
  [sticky(`(${AR})`), (m) => step('number', m[1])],
];

/** The order steps nest in; each step must rank below the one after it. */
const RANK: Record<UnitStep['type'], number> = {
  attachment: 0,
  part: 1,
  chapter: 2,
  section: 3,
  article: 4,
  clause: 5,
  item: 6,
  subitem: 7,
  box: 4,
  table: 8,
  outline: 5, // + level
  number: 4,
};

/**
 * Parses a whole string as a clause reference, or returns null. Spaces and 、 between the
 * parts are ignored; a lone bare numeral (`30`, `三十`) becomes a `number` step.
 *
 * @example parseUnitPath('第三十六条第二款第（三）项')
 * // [{ type: 'article', number: 36, zhiyi: null }, { type: 'clause', number: 2 }, { type: 'item', number: 3 }]
 * @example parseUnitPath('二（三）') // [{ type: 'outline', level: 1, number: 2 }, { type: 'outline', level: 2, number: 3 }]
 */
export function parseUnitPath(text: string): UnitPath | null {
  const steps: UnitStep[] = [];
  let at = 0;
  const skip = () => {
    while (at < text.length && /[\s\u3000、，,]/.test(text[at]!)) at++;
  };
  skip();
  while (at < text.length) {
    let matched: UnitStep | null = null;
    for (const [pattern, make] of TOKENS) {
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (!m) continue;
      matched = make(m, steps.at(-1));
      if (!matched) return null;
      at += m[0].length;
      break;
    }
    if (!matched || !nests(steps.at(-1), matched)) return null;
    steps.push(matched);
    skip();
  }
  if (steps.length === 0) return null;
  const only = steps[0]!;
  // A lone Chinese numeral without its 、 is as ambiguous as a bare Arabic one.
  if (steps.length === 1 && only.type === 'outline' && only.level === 1 && !/(?:、|部分)\s*$/.test(text)) return [{ type: 'number', number: only.number }];
  if (steps.some((s, i) => s.type === 'number' && (i > 0 || steps.length > 1))) return null;
  return steps;
}

function sticky(source: string): RegExp {
  return new RegExp(source, 'y');
}

function num(value: string | undefined): number | null {
  return value === undefined ? null : parseChineseNumeral(value);
}

function step(type: Exclude<UnitStep['type'], 'article' | 'outline'>, value: string | undefined): UnitStep | null {
  const number = num(value);
  return number === null ? null : { type, number };
}

function outline(level: 1 | 2 | 3 | 4, value: string | undefined): UnitStep | null {
  const number = num(value);
  return number === null ? null : { type: 'outline', level, number };
}

function rank(s: UnitStep): number {
  return s.type === 'outline' ? RANK.outline + s.level : RANK[s.type];
}

/** Whether `next` may follow `prev`: deeper, and not an outline inside an article. */
function nests(prev: UnitStep | undefined, next: UnitStep): boolean {
  if (!prev) return true;
  const articleSide = (s: UnitStep) => ARTICLE_SIDE.has(s.type);
  if (articleSide(prev) && next.type === 'outline') return false;
  if (prev.type === 'outline' && articleSide(next)) return false;
  if (prev.type === 'box' && articleSide(next)) return false;
  // 二（三）专栏1: a box placed in an outline item.
  if (prev.type === 'outline' && next.type === 'box') return true;
  return rank(next) > rank(prev);
}
