/**
 * The words of a question that say nothing about what to find: question words (什么, 怎么,
 * 如何, 哪些, 多少 …), yes/no forms (能不能, 是否, 有没有 …), sentence particles (吗, 呢, 吧 …)
 * and the little words of everyday speech (请问, 我想知道, 还, 一下). The library's texts never
 * answer with them, so a search that requires them finds nothing (issue 11: 学徒补贴多少钱).
 *
 * Words that ask for a kind of answer (多少钱 → an amount) are in intents.ts; a cue that is
 * also a question word is dropped there and recorded as an intent. This list is only what is
 * dropped without saying anything about the kind of answer.
 */
import { STOP_CHARACTERS } from '../segment.ts';

/**
 * Question words and particles, dropped from a query. Longest forms first is not needed: the
 * query is cut into words with these as known words, and the cut prefers fewer pieces.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  // question words
  '什么',
  '什么样',
  '是什么',
  '有什么',
  '有哪些',
  '哪些',
  '哪个',
  '哪里',
  '哪儿',
  '哪',
  '怎么',
  '怎么样',
  '怎样',
  '怎么办',
  '如何',
  '为什么',
  '为何',
  '多少',
  '几',
  '咋',
  '咋办',
  '啥',
  // which article: the texts number their clauses, they never say 第几条
  '第几条',
  '第几款',
  '哪一条',
  '哪条',
  '哪几条',
  '哪款',
  // yes/no forms
  '是否',
  '是不是',
  '有没有',
  '有无',
  '能不能',
  '可不可以',
  '能否',
  '会不会',
  '要不要',
  '需不需要',
  '用不用',
  '行不行',
  // particles
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '么',
  '嘛',
  '哦',
  '呐',
  // everyday speech around a question
  '请问',
  '请教',
  '想问',
  '我想',
  '想知道',
  '知道',
  '我',
  '我们',
  '你',
  '您',
  '一下',
  '到底',
  '究竟',
  '具体',
  '还',
  '都',
  // 哪条讲校企合作, 文件里说了什么: the verb of asking what a text says
  '讲',
  '说',
  '提到',
  // 有 (有报酬吗) and 跟 (跟专业无关: the spoken 与) say no more than 的 or 与 do
  '有',
  '跟',
]);

/**
 * Whether a word of a query is a question word or particle. Single characters that join words
 * (的, 和, 与 … the search's {@link STOP_CHARACTERS}) count too: 的 says as little in 技工学校的管理
 * as 吗 does.
 */
export function isQuestionWord(word: string): boolean {
  return QUESTION_WORDS.has(word) || STOP_CHARACTERS.has(word);
}
