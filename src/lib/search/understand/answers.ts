/**
 * Where a clause's text answers each kind of question (intents.ts): the amount (5000元,
 * 每人每年不低于3000元, 不少于总课时的50%), the time (自2022年5月1日起施行, 学制为三年, 2年), and the sentence
 * that says who is responsible (由…负责), what is allowed or forbidden (不得, 禁止, 应当, 可以),
 * the penalty (罚款, 法律责任) or who is eligible (条件, 对象, 具备…的). The index stores each
 * clause's kinds; the results page highlights the spans.
 *
 * Amounts are the subsidy extractor's (src/lib/subsidy/amounts.ts) and dates the text module's;
 * the rest are patterns over sentences. Offsets are into the text as given.
 */
import { findAmounts } from '../../subsidy/amounts.ts';
import { splitSentences } from '../../subsidy/sentences.ts';
import { findDates, toHalfWidth } from '../../text/index.ts';
import { INTENTS, type Intent } from './intents.ts';

/** A stretch of text that answers one kind of question. */
export interface AnswerSpan {
  start: number;
  end: number;
  intent: Intent;
}

const NUMBER = '(?:\\d{1,3}(?:\\.\\d+)?|[一二两三四五六七八九十百半]+)';
/** A year, or a year and month, that is not part of a full date (到2025年, 2022年5月). */
const YEAR = /(?<!\d)(?:19|20)\d{2} *年(?: *\d{1,2} *月)?/gu;
/**
 * A share of anything (实践性教学课时不少于总课时的50%): it answers 多少 too. The subsidy
 * extractor counts only shares of money, which it reports as grants.
 */
const SHARE = /(?:不低于|不少于|不超过|不高于|超过|达到|最高|最低|至少)?(?<![\d.])\d+(?:\.\d+)? *[%‰](?:以上|以下|以内|左右)?/gu;
/** A month, or a month and day, without a year (每年5月, 10 月 20 日前). */
const MONTH_DAY = /(?<![\d.])(?:1[0-2]|0?[1-9]) *月(?: *(?:[12]\d|3[01]|0?[1-9]) *日)?(?:前|以前|之前|起)?/gu;
/** 自…起施行 and its kin: when a text takes effect. */
const IN_FORCE = /自[^。；;]{0,30}?起(?:施行|实施|执行|生效)|(?:施行|实施|执行)之日起/gu;
/** A duration or a numbered period: 三年, 2年, 6个月, 两学年, 30天, 120学时, 五年制, 第二周 (not 2021年, 5月, 30日). */
const DURATION = new RegExp(`(?<![\\d.年月])第?${NUMBER} *(?:个)? *(?:学年|学期|年(?!级|度)|个月|周|天|工作日|小时|学时|课时)(?:以内|以上|以下|内|制)?`, 'gu');
/** Words naming a time answer even without a number. */
const TIME_WORDS = /学制|修业年限|有效期|期限|时限/gu;

/** Sentence patterns of the other kinds. */
const SENTENCE_KINDS: ReadonlyArray<[Intent, RegExp]> = [
  ['responsible', /负责|主管|牵头|统筹|会同|主办|承办|由[^。；，,]{1,30}?(?:组织|实施|审批|审核|批准|认定|制定|管理|发放|承担|颁发|核发|确定|责令|处以|给予)/u],
  ['permission', /不得|禁止|严禁|不准|不允许|允许|可以|应当|必须|有权/u],
  ['penalty', /罚款|罚金|处罚|法律责任|追究|处分|吊销|责令|没收|警告|取缔|取消[^。；]{0,12}资格/u],
  ['eligibility', /条件|对象|资格|具备[^。；]{0,40}?的|符合[^。；]{0,30}?(?:条件|要求|规定|标准)|面向|招收|适用于/u],
];

/**
 * The spans of `text` that answer `intents` (all kinds when not given), in text order.
 *
 * @example
 *   answerSpans('学徒培训补贴标准原则上每人每年4000元以上。', ['amount'])
 *   // [{ start: 12, end: 21, intent: 'amount' }]  (原则上4000元以上 … as the extractor marks it)
 */
export function answerSpans(text: string, intents: readonly Intent[] = INTENTS): AnswerSpan[] {
  const wanted = new Set(intents);
  const out: AnswerSpan[] = [];
  const add = (intent: Intent, start: number, end: number) => {
    if (end > start && !out.some((s) => s.intent === intent && s.start <= start && s.end >= end)) out.push({ start, end, intent });
  };
  const folded = toHalfWidth(text);
  for (const sentence of splitSentences(text)) {
    if (wanted.has('amount')) for (const a of findAmounts(sentence.text)) add('amount', sentence.start + a.start, sentence.start + a.end);
    for (const [intent, pattern] of SENTENCE_KINDS) if (wanted.has(intent) && pattern.test(sentence.text)) add(intent, sentence.start, sentence.end);
  }
  if (wanted.has('amount')) for (const m of folded.matchAll(SHARE)) add('amount', m.index, m.index + m[0].length);
  if (wanted.has('time')) {
    for (const date of findDates(text)) add('time', date.start, date.end);
    for (const pattern of [IN_FORCE, YEAR, MONTH_DAY, DURATION, TIME_WORDS])
      for (const m of folded.matchAll(pattern)) add('time', m.index, m.index + m[0].length);
  }
  // A shorter span of one kind inside a longer one found later is dropped (2022年5月 in 自2022年5月1日起施行).
  const kept = out.filter(
    (s) => !out.some((o) => o !== s && o.intent === s.intent && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start),
  );
  return kept.sort((a, b) => a.start - b.start || INTENTS.indexOf(a.intent) - INTENTS.indexOf(b.intent));
}

/**
 * The kinds of question a text answers, in {@link INTENTS} order.
 *
 * @example answerKinds('违反本规定的，由人力资源社会保障部门责令改正。') // ['responsible', 'penalty']
 */
export function answerKinds(text: string): Intent[] {
  const kinds = new Set(answerSpans(text).map((s) => s.intent));
  return INTENTS.filter((intent) => kinds.has(intent));
}
