/**
 * Query understanding: what a person typed, read as the library's texts write it (issue 11).
 *
 * `understandQuery(q, ctx)` is pure and synchronous. It normalises the query (traditional →
 * simplified when `ctx.toSimplified` is given, full/half width, 文号 in any brackets), takes out
 * quoted phrases and 文号, cuts the rest into words with the corpus vocabulary, drops question
 * words and particles, reads what kind of answer is asked (intents), expands words through the
 * thesaurus and adds near-miss words for typos. The ranker searches `phrases`, `docNumbers` and
 * `terms`, boosts clauses whose answer kinds (`answerKinds`) meet `intents`, highlights
 * `answerSpans`, and shows `label` above the results.
 *
 * Terms are a flat list; each has a weight for ranking:
 * - `query`: a word as typed — weight 1, a single character {@link WEIGHTS}.single;
 * - `synonym`: the words a typed word stands for in the thesaurus, one term per typed word and
 *   relation, `text` plus `alternates` all counting as the same term (a clause holding any of
 *   them matches it), weight {@link WEIGHTS}.same or .related, `expands` the typed word;
 * - `fuzzy`: vocabulary words one character away from a typed stretch the vocabulary does not
 *   know (注测 → 注册, 注重 …), weight {@link WEIGHTS}.fuzzy split among them, `expands` the
 *   stretch.
 * A ranker that scores a term as the best of its text and alternates, summing over terms, counts
 * each typed word at most once per relation.
 *
 * In the browser: `if (hasTraditional(q)) toSimplified = await loadToSimplified()`.
 */
import { segment } from '../segment.ts';
import { symbols } from '../symbols.ts';
import { nearIndex, type NearIndex } from './fuzzy.ts';
import { CUES, INTENT_LABELS, intentsOf, MODALS, type Intent } from './intents.ts';
import { normalizeQuery } from './normalize.ts';
import { isQuestionWord, QUESTION_WORDS } from './stopwords.ts';
import { expand, thesaurusWords, type Thesaurus } from './thesaurus.ts';

export { answerKinds, answerSpans, type AnswerSpan } from './answers.ts';
export { MAX_NEAR, nearIndex, type NearIndex } from './fuzzy.ts';
export { CUES, INTENT_LABELS, INTENTS, intentsOf, MODALS, type Cue, type Intent } from './intents.ts';
export { normalizeQuery, type NormalizedQuery } from './normalize.ts';
export { isQuestionWord, QUESTION_WORDS } from './stopwords.ts';
export { expand, loadThesaurus, thesaurusWords, type Expansion, type Relation, type Thesaurus, type ThesaurusEntry } from './thesaurus.ts';
export { hasTraditional, loadToSimplified, TRADITIONAL, type ToSimplified } from './traditional.ts';

/** Term weights: the reader's own word counts most; what we add for them counts less. */
export const WEIGHTS = {
  /** A word as typed. */
  query: 1,
  /** A single typed character that is not a word (读 in 技校读几年): it matches a lot. */
  single: 0.5,
  /** A word the thesaurus says is the same thing (技校 → 技工学校). */
  same: 0.7,
  /** A word the thesaurus says is related (学制 ~ 修业年限, 钱 ~> 补贴). */
  related: 0.35,
  /** A near-miss word for a typo. */
  fuzzy: 0.6,
} as const;

/** One term to search for. */
export interface QueryTerm {
  text: string;
  /** Other words that count as this term (thesaurus ring members, further near misses). */
  alternates: string[];
  weight: number;
  source: 'query' | 'synonym' | 'fuzzy';
  /** For `synonym` and `fuzzy`: the typed word or stretch it stands in for. */
  expands?: string;
}

/** A query as understood. */
export interface UnderstoodQuery {
  /** The query as typed. */
  original: string;
  /** Simplified, width-folded, 文号 canonical, spaces collapsed. */
  normalized: string;
  /** Quoted exact phrases (without quotes), never cut, stripped or expanded. */
  phrases: string[];
  /** 文号, canonical (人社部发〔2020〕96号). */
  docNumbers: string[];
  terms: QueryTerm[];
  /** Question words, particles and question cues left out of the search (多少钱, 能不能, 吗). */
  dropped: string[];
  /** What kind of answer is asked, in {@link INTENTS} order. */
  intents: Intent[];
  /** For the results page: 按“学徒 补贴”检索 · 问金额. */
  label: string;
}

/** The corpus vocabulary: a word list (enables near-miss words) or a membership test. */
export type Vocabulary = ReadonlySet<string> | readonly string[] | ((word: string) => boolean);

/** What understanding needs: the vocabulary (optional), the thesaurus, a converter (optional). */
export interface UnderstandContext {
  vocabulary?: Vocabulary;
  thesaurus: Thesaurus;
  toSimplified?: (s: string) => string;
}

/** Near-miss indexes by vocabulary, then thesaurus: built once per pair. */
const nearIndexes = new WeakMap<object, WeakMap<Thesaurus, NearIndex>>();

/**
 * Understands a query.
 *
 * @example
 *   understandQuery('学徒补贴多少钱', { vocabulary, thesaurus }).label // '按“学徒 补贴”检索 · 问金额'
 */
export function understandQuery(q: string, ctx: UnderstandContext): UnderstoodQuery {
  const { normalized, phrases, docNumbers, rest } = normalizeQuery(q, ctx.toSimplified);
  const known = knownTest(ctx);
  const near = nearOf(ctx.vocabulary, ctx.thesaurus);
  const thesaurusKnown = thesaurusWords(ctx.thesaurus);
  const isWord = (w: string) => known(w) || thesaurusKnown.has(w) || CUES.has(w) || QUESTION_WORDS.has(w) || MODALS.has(w);

  const words: string[] = [];
  const terms: QueryTerm[] = [];
  const dropped: string[] = [];
  const addTerm = (term: QueryTerm) => {
    if (!terms.some((t) => t.text === term.text && t.source === term.source)) terms.push(term);
  };

  for (const chunk of rest.split(/[^\p{L}\p{N}+]+/u).filter(Boolean)) {
    // 老师去企业兼职能拿钱吗: a question's one-character word is a word too (兼职 + 能, not 兼 + 职能).
    const pieces = splitAtQuestions(
      symbols(chunk).map((s) => s.value),
      phrasesWithQuestions(ctx.thesaurus),
    ).flatMap((part) => (typeof part === 'string' ? [part] : segment(part, isWord, isWord).map((values) => values.join(''))));
    words.push(...pieces);
    for (const group of groupPieces(pieces, (w) => known(w) || thesaurusKnown.has(w) || CUES.has(w), near)) {
      if ('near' in group) {
        addTerm({ text: group.typed, alternates: [], weight: WEIGHTS.query, source: 'query' });
        // Several equally near words share the weight: at most one of them was meant.
        addTerm({ text: group.near[0]!, alternates: group.near.slice(1), weight: WEIGHTS.fuzzy / group.near.length, source: 'fuzzy', expands: group.typed });
        continue;
      }
      const word = group.word;
      const cue = CUES.get(word);
      if (cue ? !cue.keep : isQuestionWord(word) || MODALS.has(word)) {
        dropped.push(word);
        continue;
      }
      const single = [...word].length === 1 && !known(word) && !thesaurusKnown.has(word) && !cue;
      addTerm({ text: word, alternates: [], weight: single ? WEIGHTS.single : WEIGHTS.query, source: 'query' });
      for (const relation of ['same', 'related'] as const) {
        const list = expand(ctx.thesaurus, word)
          .filter((e) => e.relation === relation)
          .map((e) => e.text);
        if (list.length > 0) addTerm({ text: list[0]!, alternates: list.slice(1), weight: WEIGHTS[relation], source: 'synonym', expands: word });
        // 读几年 -> 学制: the words a phrase stands for can carry its intent.
        if (relation === 'same') words.push(...list);
      }
    }
  }

  // 技校 技工学校: a word typed is searched as typed, not again as another's synonym.
  const typed = new Set(terms.filter((t) => t.source === 'query').map((t) => t.text));
  for (const term of terms.filter((t) => t.source === 'synonym')) {
    const rest = [term.text, ...term.alternates].filter((w) => !typed.has(w));
    if (rest.length === 0) terms.splice(terms.indexOf(term), 1);
    else Object.assign(term, { text: rest[0]!, alternates: rest.slice(1) });
  }

  // A query of nothing but question words (多少钱?) still searches for what was typed.
  if (terms.length === 0 && phrases.length === 0 && docNumbers.length === 0) {
    for (const word of dropped.splice(0)) addTerm({ text: word, alternates: [], weight: WEIGHTS.query, source: 'query' });
  }
  const intents = intentsOf(words);
  const shown = [...phrases, ...docNumbers, ...terms.filter((t) => t.source === 'query').map((t) => t.text)];
  // A near miss is named when it is the only one (产教融合); several (注册, 注重 …) are not guesses to show.
  const nearShown = terms.filter((t) => t.source === 'fuzzy' && t.alternates.length === 0).map((t) => t.text);
  const label =
    `按“${shown.join(' ')}”检索` +
    (nearShown.length > 0 ? ` · 近似“${nearShown.join(' ')}”` : '') +
    intents.map((intent) => ` · ${INTENT_LABELS[intent]}`).join('');
  return { original: q, normalized, phrases, docNumbers, terms, dropped: [...new Set(dropped)], intents, label };
}

/** Question forms of two or more characters (什么时候, 能不能, 多少钱 …), longest first. */
const QUESTION_FORMS = [...QUESTION_WORDS, ...[...CUES].filter(([, c]) => !c.keep).map(([w]) => w)]
  .filter((w) => [...w].length >= 2)
  .sort((a, b) => [...b].length - [...a].length);

/** Thesaurus words holding a question form (读几年), by thesaurus. */
const questionPhrases = new WeakMap<Thesaurus, string[]>();

/** The thesaurus words that hold a question form: they are cut out before it (读几年, not 读 + 几年). */
function phrasesWithQuestions(thesaurus: Thesaurus): string[] {
  let list = questionPhrases.get(thesaurus);
  if (!list) questionPhrases.set(thesaurus, (list = [...thesaurusWords(thesaurus)].filter((w) => QUESTION_FORMS.some((f) => w.includes(f)))));
  return list;
}

/**
 * Cuts out question forms before the rest is cut into words, longest first wherever they are:
 * 是什么时候 is 是 + 什么时候 (a time question), where cutting into fewest pieces would give
 * 是什么 + 时候. `phrases` (thesaurus words holding a question form) are cut out first. A form is
 * a string in the result; the runs between stay symbol lists.
 */
function splitAtQuestions(values: readonly string[], phrases: readonly string[]): Array<string | string[]> {
  let parts: Array<string | string[]> = [[...values]];
  for (const form of [...[...phrases].sort((a, b) => [...b].length - [...a].length), ...QUESTION_FORMS]) {
    const chars = [...form];
    parts = parts.flatMap((part) => {
      if (typeof part === 'string') return [part];
      const out: Array<string | string[]> = [];
      let from = 0;
      for (let i = 0; i + chars.length <= part.length; i++) {
        if (chars.every((c, k) => part[i + k] === c)) {
          if (i > from) out.push(part.slice(from, i));
          out.push(form);
          from = i + chars.length;
          i = from - 1;
        }
      }
      if (from < part.length) out.push(part.slice(from));
      return out;
    });
  }
  return parts;
}

/** The bigram overlap a near miss of three or more characters needs (one changed character in four). */
const NEAR_DICE = 0.6;

/** A piece of the query as cut, or a typed stretch with its near-miss words. */
type Group = { word: string } | { typed: string; near: string[] };

/**
 * Finds typos. A typo leaves loose characters: single characters no word list knows, like the
 * 注 and 测 of 学籍注测 or the 融 of 产教融和. Each run of them (without particles at its ends)
 * is looked up with its neighbours — the word before and the piece after, one of them, or
 * alone — and the longest that has near-miss words wins (产教 + 融 + 和 → 产教融合). Without a
 * near miss the pieces stay as cut, and loose characters next to each other become one word.
 */
function groupPieces(pieces: readonly string[], isKnown: (w: string) => boolean, near: NearIndex | null): Group[] {
  const loose = (w: string) => [...w].length === 1 && /\p{Script=Han}/u.test(w) && !isKnown(w);
  const particle = (w: string) => isQuestionWord(w) || MODALS.has(w);
  const out: Group[] = [];
  for (let i = 0; i < pieces.length;) {
    if (!loose(pieces[i]!) || particle(pieces[i]!)) {
      out.push({ word: pieces[i]! });
      i++;
      continue;
    }
    let end = i;
    while (end < pieces.length && loose(pieces[end]!) && (end === i || !particle(pieces[end]!))) end++;
    const stretch = pieces.slice(i, end).join('');
    const before = out.at(-1);
    const prev = before && 'word' in before && !particle(before.word) && !CUES.has(before.word) ? before.word : null;
    // A window never takes in a question word or modal (技校生能考: 生 is not a typo of 生能 → 不能).
    const next = end < pieces.length && !CUES.has(pieces[end]!) && !QUESTION_WORDS.has(pieces[end]!) && !MODALS.has(pieces[end]!) ? pieces[end]! : null;
    // Longest first. A window of three or more characters must share most of its bigrams with
    // the word (产教融 ~ 产教融合, not 企业办 ~ 企业家); two loose characters alone are looked up
    // only beside a word of the query (学籍 注测), since alone they are more often a word the
    // corpus lacks (加班, 小时) than a typo.
    const windows = [
      [prev, next],
      [prev, null],
      [null, next],
      [null, null],
    ].map(([p, n]) => ({ p, n, text: `${p ?? ''}${stretch}${n ?? ''}` }));
    const lookup = (text: string): string[] => {
      const length = [...text].length;
      if (!near || length < 2) return [];
      if (length === 2 && prev === null && next === null) return [];
      return near.near(text, length >= 3 ? NEAR_DICE : 0);
    };
    const hit = windows.map((w) => ({ ...w, found: lookup(w.text) })).find((w) => w.found.length > 0);
    if (hit) {
      if (hit.p !== null) out.pop();
      out.push({ typed: hit.text, near: hit.found });
      i = end + (hit.n !== null ? 1 : 0);
    } else {
      out.push({ word: stretch });
      i = end;
    }
  }
  return out;
}

/** The vocabulary as a membership test (every word unknown without one). */
function knownTest(ctx: UnderstandContext): (word: string) => boolean {
  const v = ctx.vocabulary;
  if (v === undefined) return () => false;
  if (typeof v === 'function') return v;
  const set = v instanceof Set ? (v as ReadonlySet<string>) : new Set(v as readonly string[]);
  return (w) => set.has(w);
}

/**
 * The near-miss index over a word-list vocabulary and the thesaurus's words (职称评审 is typed
 * though jieba cuts it in two), built once per pair; none for a membership test.
 */
function nearOf(vocabulary: Vocabulary | undefined, thesaurus: Thesaurus): NearIndex | null {
  if (vocabulary === undefined || typeof vocabulary === 'function') return null;
  let byThesaurus = nearIndexes.get(vocabulary);
  if (!byThesaurus) nearIndexes.set(vocabulary, (byThesaurus = new WeakMap()));
  let index = byThesaurus.get(thesaurus);
  if (!index) {
    // Built on the first lookup (tens of ms over the corpus vocabulary): most queries have no
    // loose characters and never need it.
    let built: NearIndex | undefined;
    const get = () => (built ??= nearIndex([...(vocabulary as Iterable<string>), ...thesaurusWords(thesaurus)]));
    index = { has: (word) => get().has(word), near: (typed, minDice) => get().near(typed, minDice) };
    byThesaurus.set(thesaurus, index);
  }
  return index;
}
