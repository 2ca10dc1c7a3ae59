/**
 * The one place the ranked search meets query understanding (understand/): what a query asks
 * for, as the ranker takes it, and the answer kinds and phrases of a clause's text. The
 * ranker, the index builder and the page import these from here only.
 */
import { normalizeDocNumber } from '../text/index.ts';
import { parseQuery } from './query.ts';
import { segment } from './segment.ts';
import { ANSWER_KINDS, type AnswerKind } from './static-index/format.ts';

/** One word to look for, with the other ways of writing it. */
export interface QueryTerm {
  text: string;
  alternates: string[];
  weight: number;
  source: 'query' | 'synonym' | 'fuzzy';
}

/** A query as understood: what to look for and what is asked. */
export interface UnderstoodQuery {
  original: string;
  normalized: string;
  /** Quoted phrases: only texts holding them verbatim are results. */
  phrases: string[];
  /** 文号 in the query, normalised (人社部发〔2020〕96号). */
  docNumbers: string[];
  terms: QueryTerm[];
  /** Question words and particles left out (多少钱, 能不能, 吗). */
  dropped: string[];
  intents: AnswerKind[];
  /** For people: 按“学徒 补贴”检索 · 问金额. */
  label: string;
}

/** What understanding needs of the index: whether a word is one of its terms. */
export interface UnderstandContext {
  known: (word: string) => boolean;
}

/** A span of text that answers a kind of question: an amount, a date, a 不得 sentence. */
export interface AnswerSpan {
  start: number;
  end: number;
  kind: AnswerKind;
}

// ---------------------------------------------------------------------------------------------
// Until understand/ lands: a minimal reading (the vocabulary cut, a short stop list).

const QUESTION_WORDS = ['请问', '是否', '能不能', '可不可以', '有没有', '是不是', '怎么样', '怎么', '如何', '什么', '哪些', '哪个', '多少钱', '多少', '为什么', '几年', '吗', '呢', '吧', '啊'];
const INTENT_WORDS: Array<[AnswerKind, RegExp]> = [
  ['amount', /多少钱|补多少|多少|金额|标准|补贴多|钱/],
  ['time', /什么时候|何时|几年|多长时间|期限|多久/],
  ['responsible', /谁|哪个部门|由谁|负责/],
  ['permission', /能不能|可不可以|可以|是否允许|能否|允许/],
  ['penalty', /罚|处罚|法律责任/],
  ['eligibility', /条件|哪些人|对象|资格|谁可以/],
];
const INTENT_LABELS: Record<AnswerKind, string> = { amount: '问金额', time: '问时间', responsible: '问责任主体', permission: '问是否允许', penalty: '问处罚', eligibility: '问条件' };
const STOP_SINGLE = new Set([...'的了和与及或在是对为等之其并把被从以于向将所而且也就都要还吗呢吧啊能会']);

/** Reads a query (the stand-in for understand/understandQuery). */
export function understand(q: string, ctx: UnderstandContext): UnderstoodQuery {
  const normalized = q.normalize('NFKC').trim();
  const phrases = [...normalized.matchAll(/["“「『]([^"”」』]+)["”」』]/g)].map((m) => m[1]!);
  const docNumbers = [...normalized.matchAll(/([\u4e00-\u9fa5]{2,12}?)\s*[〔[［(（【]?\s*((?:19|20)\d{2})\s*[〕\]］)）】]?\s*(?:第\s*)?(\d{1,4})\s*号?/g)].map((m) => normalizeDocNumber(`${m[1]}〔${m[2]}〕${m[3]}号`));
  const intents = INTENT_WORDS.filter(([, re]) => re.test(normalized)).map(([kind]) => kind);
  const terms: QueryTerm[] = [];
  const dropped: string[] = [];
  for (const part of parseQuery(normalized)) {
    if (part.quoted) {
      terms.push({ text: part.text, alternates: [], weight: 1, source: 'query' });
      continue;
    }
    let rest = part.text;
    for (const word of QUESTION_WORDS) {
      if (rest.includes(word)) {
        rest = rest.split(word).join(' ');
        dropped.push(word);
      }
    }
    for (const piece of rest.split(' ').filter(Boolean)) {
      for (const values of segment([...piece], ctx.known)) {
        const text = values.join('');
        if (values.length === 1 && STOP_SINGLE.has(text)) continue;
        if (!terms.some((t) => t.text === text)) terms.push({ text, alternates: [], weight: 1, source: 'query' });
      }
    }
  }
  const words = terms.map((t) => t.text).join(' ');
  const label = `按“${words}”检索${intents.map((i) => ` · ${INTENT_LABELS[i]}`).join('')}`;
  return { original: q, normalized, phrases, docNumbers, terms, dropped, intents, label };
}

const ANSWER_PATTERNS: Array<[AnswerKind, RegExp]> = [
  ['amount', /(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)\s*(?:万|亿)?\s*元(?:\/[人年月次])?|\d+(?:\.\d+)?\s*%/g],
  ['time', /\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|[一二三四五六七八九十\d]+\s*(?:个)?(?:年|学年|个月|日|天|周)(?:以内|以上|内)?/g],
  ['permission', /[^，。；]*(?:不得|禁止|严禁|不准|可以|应当)[^，。；]*/g],
  ['penalty', /[^，。；]*(?:罚款|处罚|法律责任|追究|吊销|责令)[^，。；]*/g],
  ['responsible', /[^，。；]*(?:负责|主管|牵头)[^，。；]*/g],
  ['eligibility', /[^，。；]*(?:条件|对象|资格|符合|具备)[^，。；]*/g],
];

/** Where a text answers each kind of question (the stand-in for understand/'s spans). */
export function answerSpans(text: string): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  for (const [kind, re] of ANSWER_PATTERNS) for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ kind, start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/** The kinds of answer a text holds. */
export function answerKinds(text: string): AnswerKind[] {
  const kinds = new Set(answerSpans(text).map((s) => s.kind));
  return ANSWER_KINDS.filter((k) => kinds.has(k));
}
