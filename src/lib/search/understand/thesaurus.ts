/**
 * The domain thesaurus (content/dictionaries/synonyms.txt): the words people type for the words
 * the texts use — short forms (技校 = 技工学校), colloquial ones (评职称 = 职称评审), renamed
 * terms, and loosely related words (钱 ~> 资金). One entry per line, each with its reason:
 *
 *     技校 = 技工学校 = 技工院校      # reason: …   a ring: each word finds the others
 *     学制 ~ 修业年限                 # reason: …   a weak ring: related, found at a lower weight
 *     读几年 -> 学制, 修业年限         # reason: …   one way: the left words find the right ones
 *     钱 ~> 资金, 经费                # reason: …   one way and weak
 *
 * Parsing never throws: a malformed line is a message at its file:line:column and is skipped.
 */
import { VFileMessage } from 'vfile-message';

/** How strongly the words of an entry stand for each other. */
export type Relation = 'same' | 'related';

/** One line of the thesaurus. */
export interface ThesaurusEntry {
  /** The words that are expanded (for a ring, all of them). */
  from: string[];
  /** What they expand to (for a ring, all of them: each word to the others). */
  to: string[];
  relation: Relation;
  /** Whether only `from` expands to `to` (`->`, `~>`). */
  oneWay: boolean;
  /** Why the words stand for each other. */
  reason: string;
  /** 1-based line in the file. */
  line: number;
}

/** The parsed thesaurus: its entries, a lookup from word to entries, and problems found. */
export interface Thesaurus {
  entries: ThesaurusEntry[];
  /** Entries each word expands through. */
  byWord: ReadonlyMap<string, readonly ThesaurusEntry[]>;
  /** Malformed lines, as `file:line:column` messages. */
  messages: VFileMessage[];
}

/** One word an expansion adds: the word, and how it relates to the word typed. */
export interface Expansion {
  text: string;
  relation: Relation;
  /** The line that gives it. */
  line: number;
}

const RING = { '=': 'same', '~': 'related' } as const;
const ONE_WAY = { '->': 'same', '→': 'same', '~>': 'related' } as const;
/** What a word may hold: letters, digits, + (1+X), and the marks inside titles. */
const WORD = /^[\p{L}\p{N}+“”《》·]+$/u;

/**
 * Parses the thesaurus text. `file` names it in messages.
 *
 * @example
 *   loadThesaurus('技校 = 技工学校  # reason: short form\n').entries[0]
 *   // { from: ['技校', '技工学校'], to: ['技校', '技工学校'], relation: 'same', oneWay: false, … }
 */
export function loadThesaurus(text: string, file = 'synonyms.txt'): Thesaurus {
  const entries: ThesaurusEntry[] = [];
  const messages: VFileMessage[] = [];
  const report = (reason: string, line: number, column: number, ruleId: string) => {
    const message = new VFileMessage(reason, { place: { line, column }, ruleId, source: 'thesaurus' });
    // As vfile does: String(message) is then `file:line:column: reason`.
    message.name = `${file}:${message.name}`;
    message.file = file;
    messages.push(message);
  };
  const seen = new Map<string, number>();

  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/^\uFEFF/, '');
    if (content.trim() === '' || content.trimStart().startsWith('#')) return;
    const hash = content.indexOf('#');
    const body = hash === -1 ? content : content.slice(0, hash);
    const comment = hash === -1 ? '' : content.slice(hash + 1).trim();
    const reason = /^reason:\s*(.+)$/u.exec(comment)?.[1]?.trim() ?? '';
    if (reason === '') {
      report('Missing reason, expected `# reason: …` after the words', line, hash === -1 ? body.trimEnd().length + 1 : hash + 1, 'thesaurus-reason');
      return;
    }
    const parsed = parseBody(body);
    if ('error' in parsed) {
      report(parsed.error, line, parsed.column + 1, 'thesaurus-line');
      return;
    }
    const { from, to, relation, oneWay, words } = parsed;
    for (const { word, column } of words) {
      if (!WORD.test(word)) {
        report(`Unexpected \`${word}\`, expected a word (letters and digits)`, line, column + 1, 'thesaurus-word');
        return;
      }
    }
    const key = `${oneWay ? from.join(',') + '>' : ''}${[...to].sort().join(',')}`;
    const first = seen.get(key);
    if (first !== undefined) {
      report(`Duplicate entry (first on line ${first}), keeping the first`, line, 1, 'thesaurus-duplicate');
      return;
    }
    seen.set(key, line);
    entries.push({ from, to, relation, oneWay, reason, line });
  });

  const byWord = new Map<string, ThesaurusEntry[]>();
  for (const entry of entries) {
    for (const word of entry.from) {
      const list = byWord.get(word) ?? [];
      list.push(entry);
      byWord.set(word, list);
    }
  }
  return { entries, byWord, messages };
}

type Parsed =
  { from: string[]; to: string[]; relation: Relation; oneWay: boolean; words: Array<{ word: string; column: number }> } | { error: string; column: number };

/** Reads `a = b = c`, `a ~ b`, `a, b -> c, d` or `a ~> c, d` (column offsets 0-based). */
function parseBody(body: string): Parsed {
  const oneWay = /->|→|~>/u.exec(body);
  if (oneWay) {
    const left = listAt(body, 0, oneWay.index, /[,，、]/u);
    const right = listAt(body, oneWay.index + oneWay[0].length, body.length, /[,，、]/u);
    const empty = [...left, ...right].find((w) => w.word === '');
    if (empty) return { error: 'Empty word, expected `word, word -> word, word`', column: empty.column };
    if (/->|→|~>|=|~(?!>)/u.test(body.slice(oneWay.index + oneWay[0].length))) {
      return { error: 'Unexpected second relation, expected one of `->` or `~>` per line', column: oneWay.index };
    }
    return {
      from: left.map((w) => w.word),
      to: right.map((w) => w.word),
      relation: ONE_WAY[oneWay[0] as keyof typeof ONE_WAY],
      oneWay: true,
      words: [...left, ...right],
    };
  }
  const operators = new Set([...body].filter((c) => c === '=' || c === '~'));
  if (operators.size === 0) return { error: 'Expected `=`, `~`, `->` or `~>` between words', column: body.search(/\S/u) };
  if (operators.size > 1) return { error: 'Unexpected mix of `=` and `~`, expected one relation per line', column: body.indexOf('~') };
  const op = [...operators][0] as keyof typeof RING;
  const words = listAt(body, 0, body.length, op);
  const empty = words.find((w) => w.word === '');
  if (empty) return { error: `Empty word, expected \`word ${op} word\``, column: empty.column };
  if (words.length < 2) return { error: 'Expected at least two words', column: 0 };
  const list = words.map((w) => w.word);
  if (new Set(list).size !== list.length) return { error: 'Repeated word in one entry', column: 0 };
  return { from: list, to: list, relation: RING[op], oneWay: false, words };
}

/** The separated, trimmed words of `body[start, end)`, each with its column. */
function listAt(body: string, start: number, end: number, separator: string | RegExp): Array<{ word: string; column: number }> {
  const out: Array<{ word: string; column: number }> = [];
  let from = start;
  const text = body.slice(0, end);
  const isSep = (c: string) => (typeof separator === 'string' ? c === separator : separator.test(c));
  for (let i = start; i <= end; i++) {
    if (i === end || isSep(text[i]!)) {
      const piece = text.slice(from, i);
      // An empty word is placed where its gap starts; a word at its first character.
      const lead = piece.trim() === '' ? 0 : piece.length - piece.trimStart().length;
      out.push({ word: piece.trim(), column: from + lead });
      from = i + 1;
    }
  }
  return out;
}

/**
 * The words a word expands to, each once with its strongest relation (same before related),
 * without the word itself.
 *
 * @example
 *   expand(thesaurus, '技校') // [{ text: '技工学校', relation: 'same', line: 12 }, …]
 */
export function expand(thesaurus: Thesaurus, word: string): Expansion[] {
  const out = new Map<string, Expansion>();
  for (const entry of thesaurus.byWord.get(word) ?? []) {
    for (const text of entry.to) {
      if (text === word) continue;
      const had = out.get(text);
      if (!had || (had.relation === 'related' && entry.relation === 'same')) out.set(text, { text, relation: entry.relation, line: entry.line });
    }
  }
  return [...out.values()];
}

const wordSets = new WeakMap<Thesaurus, ReadonlySet<string>>();

/** Every word the thesaurus knows (the left side of every entry), for cutting queries. */
export function thesaurusWords(thesaurus: Thesaurus): ReadonlySet<string> {
  let words = wordSets.get(thesaurus);
  if (!words) wordSets.set(thesaurus, (words = new Set(thesaurus.byWord.keys())));
  return words;
}
