/**
 * Amounts in a sentence: money (5000元, 10万元, 1.5亿元, 300—700万元, 一万元) and shares (30%,
 * 5‰), each with the qualifiers that bound it (原则上, 不低于, 最高, 以上, 分别 …), the unit of
 * the grant (每人每年, 每个, 生均…/年) and, for money, its value in 元.
 *
 * Matching runs on a width-folded copy of the sentence (toHalfWidth maps one code unit to one),
 * so every offset is an offset into the sentence as written.
 *
 * Not every number next to 元 is a grant. Thresholds a grant depends on (年薪达50万—150万元,
 * 营业收入首次超过5000万元, 交易额在500万—3000万元之间的) are left out, and a share counts only when
 * its clause is about money (投资额的30%, 经费60%以上, not 权重80% or 占就业人员的比例达到30%).
 * Whether the sentence states a rule at all — not a statistic or a target — is decided by the
 * caller (classify.ts).
 */
import { parseChineseNumeral, toHalfWidth } from '../text/index.ts';
import type { Amount, AmountBound } from './types.ts';

const NUM = String.raw`(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]*[十百千万][一二两三四五六七八九十百千]*)`;
const DASH = String.raw`(?:-|—{1,2}|–|~|至|到)`;
const MONEY = new RegExp(String.raw`(?<a>${NUM}) *(?<am>[万亿])?(?: *${DASH} *(?<b>${NUM}))? *(?<bm>[万亿])? *元(?<suffix>(?:/[年人生])*)`, 'gu');
const SHARE = new RegExp(String.raw`(?<a>\d+(?:\.\d+)?) *%?(?: *${DASH} *(?<b>\d+(?:\.\d+)?))? *(?<u>%|‰)`, 'gu');

/** Words that make a clause about money, so a share in it is a share of money. */
const MONEY_WORDS = /投资|经费|资金|收入|支出|投入|附加|年薪|工资|薪金|奖励|补助|补贴|抵免|提取|拨款|费用|价格|租金|扣除/u;
/** Thresholds: the text right before the amount says it is what the receiver must reach. */
const THRESHOLD_BEFORE = [
  /(?:年薪|工资|营业收入|收入|交易额|营业额|销售额|违法所得|利润)[^,;。]{0,8}(?:达到?|(?<!不)超过|在|不足|(?<!不)低于|(?<!不)高于)$/u,
  /(?<!不)(?:超过|不足)$/u,
];
const MULTIPLIER: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Qualifiers read before an amount (in its clause), with the bound each implies. */
const BEFORE: ReadonlyArray<[string, AmountBound | null]> = [
  ['不低于', 'min'],
  ['不少于', 'min'],
  ['至少', 'min'],
  ['最低', 'min'],
  ['达到', 'min'],
  ['不超过', 'max'],
  ['不高于', 'max'],
  ['最高', 'max'],
  ['最多', 'max'],
  ['平均', 'approx'],
  ['分别', null],
];
/** Qualifiers read right after an amount. */
const AFTER: ReadonlyArray<[string, AmountBound]> = [
  ['以上', 'min'],
  ['以下', 'max'],
  ['以内', 'max'],
  ['左右', 'approx'],
];

interface Match {
  start: number;
  end: number;
  measure: Amount['measure'];
  value: number;
  valueMax: number | null;
  unit: Amount['unit'];
  /** Multiplier of each end, for money. */
  factor: number;
  factorMax: number;
  suffix: string;
}

/**
 * The amounts a sentence grants, in order.
 *
 * @example
 *   findAmounts('学徒每人每年的补贴标准原则上5000元以上')
 *   // [{ text: '原则上5000元以上', value: 5000, unit: '元', qualifiers: ['原则上', '以上'],
 *   //    bound: 'min', per: '每人每年', yuan: 5000, … }]
 */
export function findAmounts(sentence: string): Amount[] {
  const folded = toHalfWidth(sentence);
  const matches = [...moneyMatches(folded), ...shareMatches(folded)].sort((a, b) => a.start - b.start);
  const out: Amount[] = [];
  for (const list of lists(folded, matches)) {
    const first = list[0]!;
    const last = list.at(-1)!;
    const previous = matches[matches.indexOf(first) - 1];
    const windowStart = Math.max(clauseStart(folded, first.start), previous?.end ?? 0);
    // What stands between the clause start (or the amount before) and the list: 给予每人一次性奖励.
    const before = folded.slice(windowStart, first.start);
    if (THRESHOLD_BEFORE.some((re) => re.test(before))) continue;
    if (first.measure === 'share' && !shareOfMoney(folded, first.start, last.end)) continue;

    for (const match of list) {
      const qualifiers: string[] = [];
      let bound: AmountBound = match.valueMax === null ? 'exact' : 'range';
      // 原则上 governs the rest of the sentence (原则上每个基地补助300—700万元，每个工作室补助10—30万元).
      if (folded.slice(0, first.start).includes('原则上')) qualifiers.push('原则上');
      const found = BEFORE.filter(([word]) => before.includes(word)).sort(([a], [b]) => before.indexOf(a) - before.indexOf(b));
      for (const [word, implies] of found) {
        qualifiers.push(word);
        if (implies && bound === 'exact') bound = implies;
      }
      let end = match.end;
      for (const [word, implies] of AFTER) {
        if (!folded.startsWith(word, end)) continue;
        qualifiers.push(word);
        if (bound === 'exact') bound = implies;
        end += word.length;
      }
      // Widen the highlighted text over qualifiers that touch the amount (原则上5000元以上, 不少于500万元).
      let start = match.start;
      for (let widened = true; widened && match === first;) {
        widened = false;
        for (const word of [...BEFORE.map(([w]) => w), '原则上']) {
          if (word !== '分别' && folded.slice(windowStart, start).endsWith(word)) {
            start -= word.length;
            widened = true;
          }
        }
      }

      const money = match.measure === 'money';
      out.push({
        text: sentence.slice(start, end),
        start,
        end,
        measure: match.measure,
        value: match.value,
        valueMax: match.valueMax,
        unit: match.unit,
        qualifiers,
        bound,
        per: perOf(before, folded.slice(last.end, last.end + 6), match.suffix),
        yuan: money ? round(match.value * match.factor) : null,
        yuanMax: money && match.valueMax !== null ? round(match.valueMax * match.factorMax) : null,
      });
    }
  }
  return out;
}

/** Groups amounts written as one list (10万元、5万元、2万元; 30%、60%和80%). */
function lists(folded: string, matches: readonly Match[]): Match[][] {
  const out: Match[][] = [];
  for (const match of matches) {
    const list = out.at(-1);
    const previous = list?.at(-1);
    if (list && previous && previous.measure === match.measure && /^ *(?:[、和或及,]|以及) *$/u.test(folded.slice(previous.end, match.start))) {
      list.push(match);
    } else {
      out.push([match]);
    }
  }
  return out;
}

function* moneyMatches(folded: string): Generator<Match> {
  for (const m of folded.matchAll(MONEY)) {
    const g = m.groups!;
    const start = m.index!;
    // A numeral written in Chinese must follow a word that takes an amount (按一万元计算), so
    // 多元 and 统一元 never match.
    if (!/^\d/u.test(g.a!) && start > 0 && /[\u4e00-\u9fff]/u.test(folded[start - 1]!) && !/[按足于达过为至到予]/u.test(folded[start - 1]!)) continue;
    const a = number(g.a!);
    const b = g.b === undefined ? null : number(g.b);
    if (a === null || (g.b !== undefined && b === null)) continue;
    // 300—700万元: the 万 written once at the end applies to both ends.
    const bm = g.bm ?? '';
    const am = g.am ?? (b !== null ? bm : '');
    const written = b === null ? am || bm : bm || am;
    yield {
      start,
      end: start + m[0].length,
      measure: 'money',
      value: a,
      valueMax: b,
      unit: written === '万' ? '万元' : written === '亿' ? '亿元' : '元',
      factor: MULTIPLIER[b === null ? written : am] ?? 1,
      factorMax: MULTIPLIER[bm] ?? 1,
      suffix: g.suffix ?? '',
    };
  }
}

function* shareMatches(folded: string): Generator<Match> {
  for (const m of folded.matchAll(SHARE)) {
    const g = m.groups!;
    const start = m.index!;
    // Part of a longer number or code (A3%, 2.5.30%): not a share.
    if (start > 0 && /[\w.]/u.test(folded[start - 1]!)) continue;
    yield {
      start,
      end: start + m[0].length,
      measure: 'share',
      value: Number(g.a),
      valueMax: g.b === undefined ? null : Number(g.b),
      unit: g.u === '‰' ? '‰' : '%',
      factor: 1,
      factorMax: 1,
      suffix: '',
    };
  }
}

/**
 * A share is a share of money when its clause names money (按投资额的30%抵免), or spends a fund
 * the sentence names (职工教育经费，60%以上用于一线职工); a weight (权重80%) never is.
 */
function shareOfMoney(folded: string, start: number, end: number): boolean {
  const from = clauseStart(folded, start);
  const clause = folded.slice(from, clauseEnd(folded, end));
  if (/权重 *$/u.test(folded.slice(from, start))) return false;
  if (MONEY_WORDS.test(clause)) return true;
  return /用于|部分|比例/u.test(clause) && /经费|资金|附加/u.test(folded);
}

/** The start of the clause holding `index`: after the last , ; : 。 ！ ？ outside brackets. */
export function clauseStart(folded: string, index: number): number {
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const char = folded[i]!;
    if (char === ')' || char === '）' || char === '〕' || char === '】') depth++;
    else if (char === '(' || char === '（' || char === '〔' || char === '【') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[,;:。!?]/u.test(char)) return i + 1;
  }
  return 0;
}

/** The end of the clause holding `index` (exclusive), brackets skipped as in {@link clauseStart}. */
export function clauseEnd(folded: string, index: number): number {
  let depth = 0;
  for (let i = index; i < folded.length; i++) {
    const char = folded[i]!;
    if (char === '(' || char === '（' || char === '〔' || char === '【') depth++;
    else if (char === ')' || char === '）' || char === '〕' || char === '】') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[,;:。!?]/u.test(char)) return i;
  }
  return folded.length;
}

/** 每人每年 / 每个 / 生均 before the amount, 一次性 next to it, /年/生 after it. */
function perOf(before: string, afterList: string, suffix: string): string | null {
  const parts: string[] = [];
  const each = [...before.matchAll(/生均|人均|(?:每[人生名个所次项县年月校家户])+/gu)].at(-1);
  if (each) parts.push(each[0]);
  // 每人一次性奖励 (before) or 100万元一次性工作生活补贴 (right after).
  if (/一次性[^,;。]{0,6}$/u.test(before) || afterList.startsWith('一次性')) parts.push('一次性');
  const per = suffix.split('/').filter(Boolean);
  // 5000元/年/生 → 每生每年; 12000元/年 after 生均 → 生均每年.
  const ordered = [...per.filter((p) => p !== '年'), ...per.filter((p) => p === '年')];
  for (const p of ordered) if (!parts.some((part) => part.includes(`每${p}`) || (p === '生' && part === '生均'))) parts.push(`每${p}`);
  return parts.length === 0 ? null : parts.join('');
}

function number(text: string): number | null {
  if (/^\d/u.test(text)) return Number(text);
  return parseChineseNumeral(text);
}

/** Money in 元 without floating-point dust (1.5亿 → 150000000). */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
