/**
 * Conditions a rule attaches, as written: the clauses that say to whom or when it applies
 * (对培养高技能人才成绩突出的, 符合条件的投资, 经评估, 在受疫情影响停工期间).
 */
import { toHalfWidth } from '../text/index.ts';
import { clauseEnd } from './amounts.ts';

/** Clause endings that look like a condition but are not (的基础上 is a baseline, 的要求 a duty). */
const NOT_CONDITION = /的(?:基础上|要求|原则|比例|标准|政策|方式)$/u;

/**
 * The condition clauses of a sentence, in order.
 *
 * @example conditionsOf('对培养高技能人才成绩突出的，给予每个不少于500万元经费支持。')
 *   // ['对培养高技能人才成绩突出的']
 */
export function conditionsOf(sentence: string): string[] {
  const folded = toHalfWidth(sentence);
  const out: string[] = [];
  for (let start = 0; start < folded.length;) {
    const end = clauseEnd(folded, start);
    const plain = folded.slice(start, end).trim();
    const condition = conditionIn(plain);
    if (condition !== null) {
      const at = plain.indexOf(condition);
      const text = sentence
        .slice(start, end)
        .trim()
        .slice(at, at + condition.length);
      if (text.length <= 60) out.push(text);
    }
    start = end + 1;
  }
  return out;
}

/** The condition a clause states, as a slice of it, or `null`. */
function conditionIn(clause: string): string | null {
  if (clause === '') return null;
  // 对…的 / 凡…的 / …符合条件的 closing the clause: who qualifies.
  if (/的$/u.test(clause) && !NOT_CONDITION.test(clause) && clause.length >= 4) return clause;
  // 年薪达50万—150万元, 交易额在500万—3000万元之间的: a threshold to reach.
  if (/(?:年薪|营业收入|交易额)[^,;]{0,8}(?:达|超过|在)/u.test(clause)) return clause;
  // 符合条件的投资, 符合国家规定条件的学生: a test inside the clause.
  const test = /符合[^,;]{0,12}(?:条件|规定)的[^,;，]{0,16}/u.exec(clause);
  if (test) return test[0];
  // 经评估, 经审核后, 经绩效评价后: a procedure before the grant.
  const procedure = /^经[^,;]{1,10}?(?:后|评估|审核|认定|备案)/u.exec(clause);
  if (procedure) return procedure[0];
  // 在…期间: when the rule applies.
  return /^在[^,;]{2,30}期间/u.exec(clause)?.[0] ?? null;
}
