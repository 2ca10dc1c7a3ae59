/**
 * What a question asks for: an amount, a time, who is responsible, whether something is
 * allowed, a penalty, who is eligible. Read from cue words (多少钱, 什么时候, 由谁, 能不能, 处罚,
 * 哪些人) and two sentence patterns of spoken Chinese (a modal verb in a 吗/是否 question; which
 * people may receive or apply). The ranker boosts clauses that carry that kind of answer
 * (answers.ts finds them).
 *
 * A cue is either a pure question form, dropped from the words searched (多少钱, 谁), or a word
 * the texts use themselves, kept (标准, 处罚, 条件: 补贴标准 is in the clause that answers).
 */

/** The kinds of answer a question can ask for, in a fixed order (labels, bit sets). */
export const INTENTS = ['amount', 'time', 'responsible', 'permission', 'penalty', 'eligibility'] as const;
export type Intent = (typeof INTENTS)[number];

/** How the page names each kind after the query: 按“学徒 补贴”检索 · 问金额. */
export const INTENT_LABELS: Readonly<Record<Intent, string>> = {
  amount: '问金额',
  time: '问时间',
  responsible: '问谁负责',
  permission: '问能否',
  penalty: '问处罚',
  eligibility: '问条件对象',
};

/** A cue word: the kind it asks for, and whether the texts use it (then it is also searched). */
export interface Cue {
  intent: Intent;
  keep: boolean;
}

const cue = (intent: Intent, keep: boolean, words: string): Array<[string, Cue]> => words.split(' ').map((word) => [word, { intent, keep }]);

/** Cue words. A query is cut into words with these known, so 多少钱 is one word, not 多少 + 钱. */
export const CUES: ReadonlyMap<string, Cue> = new Map([
  ...cue('amount', false, '多少钱 多少元 多少 补多少 给多少 发多少 奖多少 几万 几千 多高'),
  ...cue('amount', true, '钱 金额 标准 额度 数额'),
  ...cue('time', false, '什么时候 啥时候 何时 几年 多少年 多长时间 多久 多长 哪年 哪一年 几月 几号 几个月 几天 哪天 哪一天 哪月 什么日子 几时'),
  ...cue('time', true, '期限 有效期 时限 年限 学制 修业年限 截止'),
  ...cue('responsible', false, '谁 由谁 谁来 谁管 归谁 哪个部门 哪些部门 什么部门 哪个单位 哪个机构 什么机构'),
  ...cue('responsible', true, '负责 主管 牵头 主管部门'),
  // 合法吗, 违不违法: whether something is lawful is whether it is allowed (不得, 禁止); the texts say 合法 of 权益
  ...cue('permission', false, '能不能 可不可以 能否 可否 是否允许 可以 行不行 要不要 需不需要 准不准 合法 合不合法 违不违法 合规 合不合规'),
  ...cue('permission', true, '允许 不得 禁止 严禁 不准 应当 必须'),
  ...cue('penalty', true, '罚 处罚 罚款 罚金 法律责任 追究 处分 惩罚 惩处 吊销 责令 违反 违规 违法'),
  ...cue('eligibility', false, '谁能 谁可以 哪些人 什么人 哪类人 什么样的人 谁有资格'),
  ...cue('eligibility', true, '条件 对象 资格 具备 符合'),
]);

/**
 * Modal verbs. In a question (…吗, 是否…) they ask whether something is allowed or required
 * (技校老师评职称还要论文吗, 是否需要备案); outside one they say nothing searchable. Dropped
 * either way.
 */
export const MODALS: ReadonlySet<string> = new Set(['能', '能够', '可', '要', '还要', '需要', '需', '须', '得', '准', '会', '应该', '该', '用']);

/** Words of money: with one of them, 标准 asks for an amount. */
const MONEY = /钱|补贴|补助|资助|奖励|奖补|奖金|津贴|费|资金|工资|薪酬|待遇|助学金|奖学金/u;
/** Units of time after 多少 or 几. */
const TIME_UNIT = /^(?:年|个月|月|周|天|日|小时|学时|课时|学年|学期)/u;
/** The modal of a who-may question (谁可以, 哪些人能). */
const MAY = new Set(['可以', '能', '能够', '可']);
/** Particles and forms that make a yes/no question. */
const YES_NO = new Set(['吗', '么', '是否', '是不是', '会不会']);
/** Asking which people or bodies (with a verb of receiving or taking part: eligibility). */
const WHICH = new Set(['哪些', '哪类', '什么样', '什么', '谁', '哪个']);
const TAKE_PART = new Set(['享受', '申请', '申报', '参加', '报考', '获得', '领取', '报名', '入学', '招收']);

/**
 * The intents of a query, from its words as cut (cue words, question words and the rest).
 *
 * @example
 *   intentsOf(['学徒', '补贴', '多少钱'])                 // ['amount']
 *   intentsOf(['技校', '老师', '评职称', '还要', '论文', '吗']) // ['permission']
 *   intentsOf(['哪些', '学生', '能', '享受', '国家助学金'])    // ['eligibility']
 */
export function intentsOf(words: readonly string[]): Intent[] {
  const found = new Set<Intent>();
  words.forEach((word, i) => {
    // 多少学时, 几天: a number of hours or days is a duration, not an amount of money.
    if ((word === '多少' || word === '几') && TIME_UNIT.test(words[i + 1] ?? '')) found.add('time');
    else {
      const c = CUES.get(word) ?? suffixCue(word);
      // 标准 is an amount only beside money (补贴标准, 学费 标准); 职业技能标准 is a standard of skills.
      if (c && !(c.intent === 'amount' && word.endsWith('标准') && !words.some((w) => MONEY.test(w)))) found.add(c.intent);
    }
  });
  const has = (set: ReadonlySet<string>) => words.some((w) => set.has(w));
  if (has(MODALS) && has(YES_NO)) found.add('permission');
  // 哪些人可以申请, 哪些机构可以做, 什么情况下能…: which people or bodies may (or take part).
  if (has(WHICH) && (has(TAKE_PART) || has(MAY))) found.add('eligibility');
  // 哪些人可以申请: the 可以 of a who-may question asks who is eligible, not whether it is allowed.
  if (found.has('eligibility') && words.every((w) => CUES.get(w)?.intent !== 'permission' || MAY.has(w))) found.delete('permission');
  return INTENTS.filter((intent) => found.has(intent));
}

/**
 * A kept cue of two or more characters that ends a word: the head of a Chinese compound is its
 * last word, so 补贴标准 asks for a 标准 and 申报条件 for 条件.
 */
function suffixCue(word: string): Cue | undefined {
  for (const [cueWord, c] of CUES) if (c.keep && cueWord.length >= 2 && word.length > cueWord.length && word.endsWith(cueWord)) return c;
  return undefined;
}
