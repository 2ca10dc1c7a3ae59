/**
 * Ranking records for an understood query (understood.ts) over the ranked index (static-index/):
 * BM25 per query word with field weights, word coverage, the answer-kind boost, and the
 * phrase bonus once the texts of the best candidates are loaded. Pure: postings come in as a
 * lookup, texts as a list.
 *
 * Per query word w and record r:
 *   s_w(r) = max( weight(v) · bm25(v, r) for v in w and its alternates,
 *                 INNER · mean bm25(i, r) over the known shorter terms i inside w )
 * so 技工学校 scores fully where the text has 技工学校 and partly where it has 技工 and 学校
 * apart. A record's score is the sum over words plus TITLE times the same sum over its
 * document's name record (a word in the title speaks for every clause that has some other
 * word), times coverage^COVERAGE (the share of the query's words it holds, in weight), times
 * (1 + INTENT) when the record holds the kind of answer asked for (an amount for 多少钱).
 * No word is ever required: a missing word lowers a score, it never empties the page.
 */
import { innerTerms, numberTerm } from './analyze.ts';
import { findTerms } from './excerpt.ts';
import { segment } from './segment.ts';
import { symbols } from './symbols.ts';
import { kindBits, LEVELS, type IndexMeta } from './static-index/format.ts';
import type { UnderstoodQuery } from './understood.ts';

/** A term's postings, decoded. */
export interface Postings {
  records: number[];
  tf: number[];
}

/** The weights of the ranking, in one place (the ablation switches some off). */
export interface RankWeights {
  k1: number;
  b: number;
  /** Share of a word's score given by the shorter terms inside it. */
  inner: number;
  /** Weight of a word found in the document's name, for each clause of the document. */
  title: number;
  /** Exponent of the coverage factor. */
  coverage: number;
  /** Boost for a record holding the kind of answer asked for. */
  intent: number;
  /** Bonus for a record holding a run of the query's words verbatim. */
  phrase: number;
}

export const WEIGHTS: RankWeights = { k1: 1.2, b: 0.75, inner: 0.5, title: 0.3, coverage: 1, intent: 0.3, phrase: 1 };

/** One way a query word is found: an index term, or the index terms it is cut into. */
export interface Variant {
  term: string;
  weight: number;
  parts?: string[];
}

/** One query word as the ranker looks for it. */
export interface WordSpec {
  text: string;
  weight: number;
  /**
   * The word, the known terms holding it when it is not one, and its stand-ins, with their
   * weights. A variant the index does not hold whole (职业教育法, 中等专业学校: jieba cuts them
   * 职业 / 教育法, 中等专业 / 学校) has `parts`, and a record holding every part holds it.
   */
  variants: Variant[];
  /** Known shorter terms inside the word. */
  inner: string[];
}

/**
 * The words to look for, and every index term they need: each word as typed, with the
 * thesaurus's and near-miss words that stand in for it (understand/ lists them as terms that
 * `expand` it) as its variants, at their weight relative to the typed word's. A word counts
 * once, however many ways it is found.
 */
export function wordSpecs(query: UnderstoodQuery, vocabulary: ReadonlySet<string>): WordSpec[] {
  const known = (term: string) => vocabulary.has(term);
  const specs = new Map<string, WordSpec>();
  const typed = query.terms.filter((t) => t.source === 'query');
  for (const t of typed) {
    const variants = [{ term: t.text, weight: 1 }, ...containing(t.text, vocabulary).map((term) => ({ term, weight: 1 }))];
    specs.set(t.text, { text: t.text, weight: t.weight, variants, inner: innerTerms(t.text, known) });
  }
  for (const t of query.terms) {
    if (t.source === 'query') continue;
    const key = t.expands ?? t.text;
    const spec = specs.get(key) ?? { text: key, weight: t.weight, variants: [], inner: [] };
    const relative = Math.min(1, t.weight / (spec.weight || 1));
    for (const term of [t.text, ...t.alternates]) if (!spec.variants.some((v) => v.term === term)) spec.variants.push({ term, weight: relative });
    specs.set(key, spec);
  }
  // A phrase in quotes is looked for as its words; the page then keeps only texts holding it.
  for (const phrase of query.phrases) {
    const text = symbols(phrase)
      .map((s) => s.value)
      .join('');
    if (text)
      specs.set(text, {
        text,
        weight: 1,
        variants: [{ term: text, weight: 1 }, ...containing(text, vocabulary).map((term) => ({ term, weight: 1 }))],
        inner: innerTerms(text, known),
      });
  }
  // A 文号 finds its document by the number term, and the texts that cite it by its parts.
  for (const number of query.docNumbers)
    specs.set(number, { text: number, weight: 2, variants: [{ term: numberTerm(number), weight: 1 }], inner: numberParts(number, known) });
  for (const spec of specs.values())
    for (const v of spec.variants) {
      const parts = wordParts(v.term, vocabulary);
      if (parts) v.parts = parts;
    }
  return [...specs.values()];
}

/**
 * The index terms a word is cut into when the index does not hold it whole: the thesaurus's
 * words (职业教育法, 国家职业教育改革实施方案, 顶岗实习) are words of the domain that jieba's
 * dictionary lacks, so the index holds them only as their parts. Null for a term the index
 * holds, a 文号 term, or a stretch that cuts into loose characters only (教融: not a word).
 *
 * @example
 *   wordParts('职业教育法', new Set(['职业', '教育法'])) // ['职业', '教育法']
 */
export function wordParts(word: string, vocabulary: ReadonlySet<string>): string[] | null {
  if (vocabulary.has(word) || word.startsWith('#')) return null;
  const parts = segment(
    symbols(word).map((s) => s.value),
    vocabulary,
  ).map((values) => values.join(''));
  return parts.length >= 2 && parts.some((p) => vocabulary.has(p)) ? parts : null;
}

/** Terms a word not in the vocabulary is part of (教融 → 产教融合), so a substring still finds its texts. */
export const MAX_CONTAINING = 24;

/**
 * Jieba's search mode adds the words of two and three symbols inside a longer word, never
 * longer ones: 职业技能等级认定 is indexed with 职业 / 技能 / 等级 / 认定, not 职业技能.
 */
const SEARCH_MODE_INNER = 3;

/**
 * The known terms holding a typed stretch, shortest first, where the index may hold the stretch
 * only inside them: a stretch the vocabulary does not know (教融), or a word longer than search
 * mode's inner words (职业技能 inside 职业技能等级认定).
 */
function containing(word: string, vocabulary: ReadonlySet<string>): string[] {
  const length = [...word].length;
  if (length < 2 || (vocabulary.has(word) && length <= SEARCH_MODE_INNER) || /^[a-z0-9 ]+$/.test(word)) return [];
  const out: string[] = [];
  for (const term of vocabulary) if (term !== word && term.includes(word)) out.push(term);
  return out.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_CONTAINING);
}

/** The parts of a 文号 a text citing it holds: 财教〔2021〕310号 → 财教, 2021, 310. */
function numberParts(number: string, known: (term: string) => boolean): string[] {
  const out: string[] = [];
  let han = '';
  const flush = () => {
    if (han && known(han)) out.push(han);
    out.push(...innerTerms(han, known));
    han = '';
  };
  for (const s of symbols(number)) {
    if (/^[a-z0-9]+$/.test(s.value)) {
      flush();
      out.push(s.value);
    } else if (s.value !== '号') {
      han += s.value;
    }
  }
  flush();
  return [...new Set(out)];
}

/** Every index term a query needs. */
export function specTerms(specs: readonly WordSpec[]): string[] {
  return [...new Set(specs.flatMap((s) => [...s.variants.flatMap((v) => [v.term, ...(v.parts ?? [])]), ...s.inner]))];
}

/** A scored record. */
export interface Scored {
  record: number;
  score: number;
  /** Which query words it holds (indexes into the specs), in its text or its document's name. */
  words: number[];
}

/** What {@link scoreRecords} found. */
export interface Scoring {
  /** Unit and text records, best first. */
  records: Scored[];
  /** Name records (level `doc`), best first. */
  names: Scored[];
  /** Words no record holds in any form. */
  missing: string[];
}

/**
 * Scores every record that holds some query word, in documents `allowed` (null: all).
 *
 * @example
 *   scoreRecords(meta, (t) => postings.get(t) ?? null, wordSpecs(understood, known), ['amount'], null)
 */
export function scoreRecords(
  meta: IndexMeta,
  lookup: (term: string) => Postings | null,
  specs: readonly WordSpec[],
  intents: readonly string[],
  allowed: ReadonlySet<number> | null,
  weights: RankWeights = WEIGHTS,
): Scoring {
  const { records } = meta;
  const n = records.doc.length;
  const nameLevel = LEVELS.indexOf('doc');
  const bm25 = (term: string): Map<number, number> => {
    const out = new Map<number, number>();
    const p = lookup(term);
    if (!p) return out;
    const idf = Math.log(1 + (n - p.records.length + 0.5) / (p.records.length + 0.5));
    for (let i = 0; i < p.records.length; i++) {
      const r = p.records[i]!;
      if (allowed && !allowed.has(records.doc[r]!)) continue;
      const tf = p.tf[i]!;
      const norm = 1 - weights.b + (weights.b * records.len[r]!) / meta.avgdl[records.level[r]!]!;
      out.set(r, (idf * tf * (weights.k1 + 1)) / (tf + weights.k1 * norm));
    }
    return out;
  };

  // s_w(r) for every word, and whether r holds the word itself (or a stand-in) or only its parts.
  const whole = specs.map(() => new Set<number>());
  const perWord = specs.map((spec, w) => {
    const best = new Map<number, number>();
    for (const v of spec.variants) {
      for (const [r, s] of v.parts ? allParts(v.parts.map(bm25)) : bm25(v.term)) {
        best.set(r, Math.max(best.get(r) ?? 0, v.weight * s));
        whole[w]!.add(r);
      }
    }
    if (spec.inner.length > 0) {
      const sum = new Map<number, number>();
      for (const term of spec.inner) for (const [r, s] of bm25(term)) sum.set(r, (sum.get(r) ?? 0) + s);
      for (const [r, s] of sum) best.set(r, Math.max(best.get(r) ?? 0, (weights.inner * s) / spec.inner.length));
    }
    return best;
  });
  const missing = specs.filter((_, w) => perWord[w]!.size === 0).map((s) => s.text);

  // The name record of each document, for the title field.
  const nameOf = new Map<number, number>();
  for (let r = 0; r < n; r++) if (records.level[r] === nameLevel) nameOf.set(records.doc[r]!, r);

  const totalWeight = specs.reduce((a, s) => a + s.weight, 0) || 1;
  const asked = kindBits(intents);
  const scored = new Map<number, Scored>();
  for (const [w, scores] of perWord.entries()) {
    for (const r of scores.keys()) if (!scored.has(r)) scored.set(r, { record: r, score: 0, words: [] });
    void w;
  }
  for (const entry of scored.values()) {
    const r = entry.record;
    const isName = records.level[r] === nameLevel;
    const name = isName ? undefined : nameOf.get(records.doc[r]!);
    let sum = 0;
    let covered = 0;
    for (const [w, scores] of perWord.entries()) {
      const own = scores.get(r) ?? 0;
      const inTitle = name === undefined ? 0 : (scores.get(name) ?? 0);
      const s = own + weights.title * inTitle;
      if (s > 0) {
        sum += specs[w]!.weight * s;
        // A word found only as its parts (技工 … 学校 for 技工学校) covers the query in part.
        const held = whole[w]!.has(r) || (name !== undefined && whole[w]!.has(name));
        covered += specs[w]!.weight * (held ? 1 : weights.inner);
        entry.words.push(w);
      }
    }
    let score = sum * Math.pow(covered / totalWeight, weights.coverage);
    if (asked !== 0 && (records.kinds[r]! & asked) !== 0) score *= 1 + weights.intent;
    entry.score = score;
  }
  const all = [...scored.values()].sort((a, b) => b.score - a.score || a.record - b.record);
  return { records: all.filter((s) => records.level[s.record] !== nameLevel), names: all.filter((s) => records.level[s.record] === nameLevel), missing };
}

/**
 * A word held as its parts: the records holding every part, each scored as the sum of the
 * parts' scores (a phrase is as rare as its parts together).
 */
function allParts(parts: ReadonlyArray<Map<number, number>>): Map<number, number> {
  const out = new Map<number, number>();
  const [first, ...rest] = [...parts].sort((a, b) => a.size - b.size);
  if (!first) return out;
  for (const [r, s] of first) {
    let sum = s;
    for (const p of rest) {
      const t = p.get(r);
      if (t === undefined) {
        sum = -1;
        break;
      }
      sum += t;
    }
    if (sum >= 0) out.set(r, sum);
  }
  return out;
}

/**
 * Leaves out a record when a record inside it scores nearly as well (the inner one is the more
 * specific answer) or when a record around it is already listed (it is shown there).
 */
export function foldNested(meta: IndexMeta, ranked: readonly Scored[], near = 0.85): Scored[] {
  const { parent } = meta.records;
  const score = new Map(ranked.map((s) => [s.record, s.score]));
  const innerBest = new Map<number, number>();
  for (const s of ranked) for (let p = parent[s.record]!; p !== -1; p = parent[p]!) innerBest.set(p, Math.max(innerBest.get(p) ?? 0, s.score));
  const shown = new Set<number>();
  const out: Scored[] = [];
  for (const s of ranked) {
    if ((innerBest.get(s.record) ?? 0) >= near * (score.get(s.record) ?? 0)) continue;
    let inside = false;
    for (let p = parent[s.record]!; p !== -1 && !inside; p = parent[p]!) inside = shown.has(p);
    if (inside) continue;
    shown.add(s.record);
    out.push(s);
  }
  return out;
}

/**
 * The phrase bonus, once texts are known: a record holding, verbatim, a run of two or more
 * query words as they were typed together (学徒补贴 of 学徒补贴多少钱) gains PHRASE per run —
 * the previous engine's first rule (parts found verbatim rank first), kept as a bonus.
 * Quoted phrases are required: a record without one is dropped.
 */
export function phraseRerank(
  ranked: readonly Scored[],
  textOf: (record: number) => string | undefined,
  runs: ReadonlyArray<readonly string[]>,
  required: ReadonlyArray<readonly string[]>,
  weights: RankWeights = WEIGHTS,
): Scored[] {
  const out: Scored[] = [];
  for (const s of ranked) {
    const text = textOf(s.record);
    if (text === undefined) {
      out.push(s);
      continue;
    }
    if (required.some((phrase) => findTerms(text, [phrase]).length === 0)) continue;
    const found = runs.filter((run) => findTerms(text, [run]).length > 0).length;
    out.push(found > 0 ? { ...s, score: s.score * (1 + weights.phrase * found) } : s);
  }
  return out.sort((a, b) => b.score - a.score || a.record - b.record);
}

/**
 * Runs of the query worth a phrase bonus: each query part (what was typed between spaces)
 * with the question words left out, as folded symbols, when it holds two words or more; and
 * a part that held a dropped word, whole as typed — a passage pasted from a text (国家发展改革委会
 * of …会同有关部门) may hold a character that reads as a question word, and the record holding
 * all of it verbatim is the one the reader copied it from.
 */
export function phraseRuns(query: UnderstoodQuery): string[][] {
  const out: string[][] = [];
  const typed = query.normalized.replace(/["“”「」『』]/g, ' ');
  let text = typed;
  for (const word of query.dropped) text = text.split(word).join(' ');
  const add = (piece: string) => {
    const values = symbols(piece).map((s) => s.value);
    const joined = values.join('');
    if (values.length >= 3 && !query.terms.some((t) => t.text === joined) && !out.some((run) => run.join('') === joined)) out.push(values);
  };
  for (const piece of text.split(/\s+/)) add(piece);
  for (const piece of typed.split(/\s+/)) if (query.dropped.some((word) => piece.includes(word))) add(piece);
  return out;
}
