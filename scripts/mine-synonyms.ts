/**
 * `npm run mine:synonyms`: prints candidate thesaurus entries mined from the corpus, for a
 * person to review before adding any to content/dictionaries/synonyms.txt. Nothing is written.
 *
 * Sources, each candidate with the file:line:column it comes from:
 * - 以下简称 / 以下称 / 以下分别简称 definitions: 职业教育培训评价组织（以下简称培训评价组织）;
 * - （简称…） definitions;
 * - （…） short forms: a bracketed word whose characters all appear, in order, in the words
 *   just before it (专业教学资源库（资源库）);
 * - titles' short forms: without 中华人民共和国, without the issuer before 关于, without （试行）
 *   or a year range, the document a 印发《…》的通知 issues;
 * - content/dictionaries/abbreviations.txt.
 * A candidate whose words already share an entry is marked `[in synonyms.txt]`.
 *
 * Usage: npm run --silent mine:synonyms [-- --new]   (--new: only candidates not in the file)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAbbreviations } from '../src/lib/corpus/index.ts';
import { loadThesaurus, type Thesaurus } from '../src/lib/search/understand/index.ts';

const POLICIES = 'content/policies';
const SYNONYMS = 'content/dictionaries/synonyms.txt';

/** A short form and the full form it stands for, with where it was found. */
export interface Candidate {
  short: string;
  full: string;
  source: string;
  where: string;
}

/** Quotes and book-title marks are not part of a word. */
function clean(word: string): string {
  return word.replace(/[“”"《》「」]/gu, '').trim();
}

/** The words right before a definition: a 《title》, or what follows the last punctuation or joining word (at most 20 characters). */
function before(text: string, end: number): string {
  // 《国家职业教育改革实施方案》（以下简称“职教20条”）: the title is the full form.
  const title = /《([^《》]+)》$/u.exec(text.slice(0, end))?.[1];
  if (title) return title;
  const head = text.slice(Math.max(0, end - 20), end);
  const parts = head.split(/[，。、；：,;:\s“”《》（）()]|(?:的|和|与|及|或|在|对|将|把|由|以|通过|开展|建设|推进|实施|建立|制定|深化|所称|结合|分为)/u);
  return parts.at(-1) ?? '';
}

const DEFINED = /（(?:以下(?:分别)?简称|以下称|简称)([^）]{1,40})）/gu;
const BRACKETED = /（([\p{Script=Han}]{2,6})）/gu;

/**
 * The short forms a line of text defines, with their columns (1-based).
 *
 * @example
 *   definitions('要更多通过职业教育培训评价组织（以下简称培训评价组织）')
 *   // [{ short: '培训评价组织', full: '职业教育培训评价组织', source: '以下简称', column: 16 }]
 */
export function definitions(text: string): Array<Omit<Candidate, 'where'> & { column: number }> {
  const out: Array<Omit<Candidate, 'where'> & { column: number }> = [];
  for (const m of text.matchAll(DEFINED)) {
    const list = m[1]!.split(/[、，,]/u).map(clean);
    if (list.length === 1) out.push({ short: list[0]!, full: clean(before(text, m.index)), source: '以下简称', column: m.index + 1 });
    else out.push({ short: list.join('、'), full: text.slice(Math.max(0, m.index - 40), m.index), source: '以下分别简称 (pair by hand)', column: m.index + 1 });
  }
  for (const m of text.matchAll(BRACKETED)) {
    const short = m[1]!;
    const full = before(text, m.index);
    if (full.length > short.length && isSubsequence(short, full)) out.push({ short, full, source: '（…）', column: m.index + 1 });
  }
  return out.filter((c) => c.short !== '' && c.full !== '' && c.short !== c.full);
}

/**
 * Short forms of a title as people cite it.
 *
 * @example titleShortForms('中华人民共和国职业教育法') // ['职业教育法']
 */
export function titleShortForms(title: string): string[] {
  const out = new Set<string>();
  const issued = /印发《(.+)》的通知$/u.exec(title)?.[1];
  if (issued) out.add(issued);
  let t = title.replace(/^中华人民共和国/u, '');
  out.add(t);
  t = t.replace(/（(?:试行|暂行|\d{4}[—–-]\d{4}年|\d{4}年修订)）/gu, '');
  out.add(t);
  const about = /关于(?:印发)?(.+)$/u.exec(t)?.[1];
  if (about && !issued) out.add(about.replace(/的(?:通知|意见|决定)$/u, ''));
  out.delete(title);
  return [...out].filter((s) => s.length >= 4);
}

/** Whether every character of `short` appears in `full`, in order. */
function isSubsequence(short: string, full: string): boolean {
  let i = 0;
  for (const char of full) if (char === short[i]) i++;
  return i === short.length;
}

/** Whether the thesaurus has an entry holding both words of a candidate. */
export function inThesaurus(thesaurus: Thesaurus, c: Pick<Candidate, 'short' | 'full'>): boolean {
  return thesaurus.entries.some((e) => [...e.from, ...e.to].includes(c.short) && [...e.from, ...e.to].includes(c.full));
}

/** Every candidate of the corpus and the abbreviation dictionary, each once. */
export function mine(policyDir = POLICIES): Candidate[] {
  const candidates: Candidate[] = [];
  const add = (c: Candidate) => {
    if (c.short !== c.full && !candidates.some((d) => d.short === c.short && d.full === c.full)) candidates.push(c);
  };
  for (const name of readdirSync(policyDir)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const file = path.join(policyDir, name);
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const where = `${file}:${index + 1}`;
        const title = /^title:\s*(.+)$/u.exec(text)?.[1];
        if (title) for (const short of titleShortForms(title)) add({ short, full: title, source: 'title', where });
        else for (const { column, ...c } of definitions(text)) add({ ...c, where: `${where}:${column}` });
      });
  }
  for (const { abbreviation, title } of readAbbreviations())
    add({ short: abbreviation, full: title, source: 'abbreviations.txt', where: 'content/dictionaries/abbreviations.txt' });
  return candidates;
}

function main(): void {
  const thesaurus = loadThesaurus(readFileSync(SYNONYMS, 'utf8'), SYNONYMS);
  for (const message of thesaurus.messages) console.error(String(message));
  const candidates = mine();
  const onlyNew = process.argv.includes('--new');
  let shown = 0;
  for (const source of [...new Set(candidates.map((c) => c.source))]) {
    const list = candidates.filter((c) => c.source === source && !(onlyNew && inThesaurus(thesaurus, c)));
    if (list.length === 0) continue;
    console.log(`\n# ${source}`);
    for (const c of list) {
      console.log(`${c.short} = ${c.full}  # ${c.where}${inThesaurus(thesaurus, c) ? '  [in synonyms.txt]' : ''}`);
      shown++;
    }
  }
  console.log(`\n${shown} candidates (${candidates.filter((c) => inThesaurus(thesaurus, c)).length} already in ${SYNONYMS})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
