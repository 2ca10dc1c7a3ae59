/**
 * Clause references as people type them — 第三十六条第二款第三项, 第36条, 第三十六条之一,
 * 第（三）项, 二（三）, 二、（三）1., 专栏2第1项, 附件1二, 第三章, a bare 30 — parsed into steps,
 * written back in the canonical citation form of `listUnits` (src/lib/cite), and turned into
 * the unit id the structure parser gives such a unit (src/lib/pst/spec.md).
 */
import { parseChineseNumeral, toChineseNumeral } from '../text/index.ts';

/** One step of a reference, outermost first. */
export type ClauseStep =
  | { type: 'attachment' | 'part' | 'chapter' | 'section' | 'clause' | 'item' | 'subitem' | 'box'; number: number }
  | { type: 'article'; number: number; zhiyi: number | null }
  | { type: 'outline'; level: 1 | 2 | 3 | 4; number: number }
  /** A bare number (`30`, `三十`) on its own: an article in a law, a 一、 item elsewhere. */
  | { type: 'number'; number: number };

/** A parsed reference: its steps, outermost first (never empty). */
export type ClauseRef = ClauseStep[];

const CN = '[〇零一二两三四五六七八九十百千]+';
const AR = '[0-9０-９]+';
const NUM = `(?:${AR}|${CN})`;
const S = '[\\s\\u3000]*';
const OPEN = '[（(]';
const CLOSE = '[）)]';

/** Token patterns, tried in order at each position (sticky). */
const TOKENS: Array<[RegExp, (m: RegExpExecArray, prev: ClauseStep | undefined) => ClauseStep | null]> = [
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
const RANK: Record<ClauseStep['type'], number> = {
  attachment: 0,
  part: 1,
  chapter: 2,
  section: 3,
  article: 4,
  clause: 5,
  item: 6,
  subitem: 7,
  box: 4,
  outline: 5, // + level
  number: 4,
};

/**
 * Parses a whole string as a clause reference, or returns null. Spaces and 、 between the
 * parts are ignored; a lone bare numeral (`30`, `三十`) becomes a `number` step.
 *
 * @example parseClauseRef('第三十六条第二款第（三）项')
 * // [{ type: 'article', number: 36, zhiyi: null }, { type: 'clause', number: 2 }, { type: 'item', number: 3 }]
 * @example parseClauseRef('二（三）') // [{ type: 'outline', level: 1, number: 2 }, { type: 'outline', level: 2, number: 3 }]
 */
export function parseClauseRef(text: string): ClauseRef | null {
  const steps: ClauseStep[] = [];
  let at = 0;
  const skip = () => {
    while (at < text.length && /[\s\u3000、，,]/.test(text[at]!)) at++;
  };
  skip();
  while (at < text.length) {
    let matched: ClauseStep | null = null;
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
  if (steps.length === 1 && only.type === 'outline' && only.level === 1 && !/、\s*$/.test(text)) return [{ type: 'number', number: only.number }];
  if (steps.some((s, i) => s.type === 'number' && (i > 0 || steps.length > 1))) return null;
  return steps;
}

/**
 * The citation `listUnits` gives the unit a reference names: 第三十六条第二款第三项, 二（三）1.,
 * 专栏2第1项, 附件1二. A `number` step is written as an article (第三十条).
 */
export function formatClauseRef(ref: ClauseRef): string {
  let out = '';
  let inBox = false;
  for (const s of ref) {
    switch (s.type) {
      case 'attachment':
        out += `附件${s.number}`;
        break;
      case 'part':
        out += `第${cn(s.number)}编`;
        break;
      case 'chapter':
        out += `第${cn(s.number)}章`;
        break;
      case 'section':
        out += `第${cn(s.number)}节`;
        break;
      case 'article':
      case 'number':
        out += `第${cn(s.number)}条${s.type === 'article' && s.zhiyi !== null ? `之${cn(s.zhiyi)}` : ''}`;
        break;
      case 'clause':
        out += `第${cn(s.number)}款`;
        break;
      case 'item':
        out += `第${cn(s.number)}项`;
        break;
      case 'subitem':
        out += `第${s.number}目`;
        break;
      case 'box':
        out += `专栏${s.number}`;
        inBox = true;
        break;
      case 'outline':
        if (inBox && s.level === 3) out += `第${s.number}项`;
        else out += s.level === 1 ? cn(s.number) : s.level === 2 ? `（${cn(s.number)}）` : s.level === 3 ? `${s.number}.` : `（${s.number}）`;
        break;
    }
  }
  return out;
}

/**
 * The id the structure parser gives the unit a reference names, when that id follows from the
 * numbers alone: `art-36-p2-i3` (a 项 without 款 is in 第一款), `art-36-1`, `s2-3`, `s1-0-1`
 * (a skipped level is 0), `box-2-s1`, `att-1-s2`, `ch-3`, `ch-3-sec-2`; a lone number is an outline
 * item (`s3`), since citations write articles as 第N条. Units whose id depends on
 * more (an outline inside a chapter, `ch-2-s1`) need their id stored beside the citation.
 */
export function clauseRefId(ref: ClauseRef): string {
  const parts: string[] = [];
  let outlineAt: number | null = null; // where the outline segments start in `parts`
  let lastLevel = 0;
  let hasClause = false;
  let hasItem = false;
  for (const s of ref) {
    switch (s.type) {
      case 'attachment':
        parts.push(`att-${s.number}`);
        break;
      case 'part':
        parts.push(`pt-${s.number}`);
        break;
      case 'chapter':
        parts.push(`ch-${s.number}`);
        break;
      case 'section':
        parts.push(`sec-${s.number}`);
        break;
      case 'number':
        // Citations write articles as 第N条, so a bare number in one is a 一、 item.
        parts.push(`s${s.number}`);
        break;
      case 'article':
        parts.push(`art-${s.number}${s.zhiyi !== null ? `-${s.zhiyi}` : ''}`);
        break;
      case 'clause':
        hasClause = true;
        parts.push(`p${s.number}`);
        break;
      case 'item':
        if (!hasClause) parts.push('p1');
        hasClause = hasItem = true;
        parts.push(`i${s.number}`);
        break;
      case 'subitem':
        if (!hasClause) parts.push('p1');
        if (!hasItem) parts.push('i0');
        hasClause = hasItem = true;
        parts.push(`s${s.number}`);
        break;
      case 'box':
        // A box is numbered through its scope: 二（三）专栏1 is box-1.
        if (outlineAt !== null) parts.length = outlineAt;
        outlineAt = null;
        parts.push(`box-${s.number}`);
        break;
      case 'outline': {
        if (outlineAt === null) {
          outlineAt = parts.length;
          parts.push(`s${s.number}`);
        } else {
          for (let level = lastLevel + 1; level < s.level; level++) parts.push('0');
          parts.push(String(s.number));
        }
        lastLevel = s.level;
        break;
      }
    }
  }
  return parts.join('-');
}

function sticky(source: string): RegExp {
  return new RegExp(source, 'y');
}

function num(value: string | undefined): number | null {
  return value === undefined ? null : parseChineseNumeral(value);
}

function step(type: Exclude<ClauseStep['type'], 'article' | 'outline'>, value: string | undefined): ClauseStep | null {
  const number = num(value);
  return number === null ? null : { type, number };
}

function outline(level: 1 | 2 | 3 | 4, value: string | undefined): ClauseStep | null {
  const number = num(value);
  return number === null ? null : { type: 'outline', level, number };
}

function rank(s: ClauseStep): number {
  return s.type === 'outline' ? RANK.outline + s.level : RANK[s.type];
}

/** Whether `next` may follow `prev`: deeper, and not an outline inside an article. */
function nests(prev: ClauseStep | undefined, next: ClauseStep): boolean {
  if (!prev) return true;
  const articleSide = (s: ClauseStep) => ['article', 'clause', 'item', 'subitem'].includes(s.type);
  if (articleSide(prev) && next.type === 'outline') return false;
  if (prev.type === 'outline' && articleSide(next)) return false;
  if (prev.type === 'box' && articleSide(next)) return false;
  // 二（三）专栏1: a box placed in an outline item.
  if (prev.type === 'outline' && next.type === 'box') return true;
  return rank(next) > rank(prev);
}

function cn(n: number): string {
  return toChineseNumeral(n) ?? String(n);
}
