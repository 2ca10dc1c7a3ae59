/**
 * `npm run mine:synonyms`: prints candidate thesaurus entries mined from the corpus, for a
 * person to review before adding any to content/dictionaries/synonyms.txt. Nothing is written.
 *
 * Sources, each candidate with the file:line it comes from:
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
import { readAbbreviations } from '../src/lib/corpus/index.ts';
import { loadThesaurus } from '../src/lib/search/understand/index.ts';

const POLICIES = 'content/policies';
const SYNONYMS = 'content/dictionaries/synonyms.txt';

interface Candidate {
  short: string;
  full: string;
  source: string;
  where: string;
}

const candidates: Candidate[] = [];
const add = (short: string, full: string, source: string, where: string) => {
  short = clean(short);
  full = clean(full);
  if (short === '' || full === '' || short === full) return;
  if (!candidates.some((c) => c.short === short && c.full === full)) candidates.push({ short, full, source, where });
};

/** Quotes and book-title marks are not part of a word. */
function clean(word: string): string {
  return word.replace(/[“”"《》「」]/gu, '').trim();
}

/** The words right before a definition: after the last punctuation or joining word, at most 20 characters. */
function before(text: string, end: number): string {
  const head = text.slice(Math.max(0, end - 20), end);
  const parts = head.split(/[，。、；：,;:\s“”《》（）()]|(?:的|和|与|及|或|在|对|将|把|由|以|通过|开展|建设|推进|实施|建立|制定|深化|所称|结合|分为)/u);
  return parts.at(-1) ?? '';
}

const DEFINED = /（(?:以下(?:分别)?简称|以下称|简称)([^）]{1,40})）/gu;
const BRACKETED = /（([\p{Script=Han}]{2,6})）/gu;

for (const name of readdirSync(POLICIES).filter((n) => n.endsWith('.md')).sort()) {
  const file = path.join(POLICIES, name);
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((text, index) => {
    const where = `${file}:${index + 1}`;
    const title = /^title:\s*(.+)$/u.exec(text)?.[1];
    if (title) {
      for (const short of titleShortForms(title)) add(short, title, 'title', where);
      return;
    }
    for (const m of text.matchAll(DEFINED)) {
      const list = m[1]!.split(/[、，,]/u).map(clean);
      if (list.length === 1) add(list[0]!, before(text, m.index), '以下简称', `${where}:${m.index + 1}`);
      else add(list.join('、'), text.slice(Math.max(0, m.index - 40), m.index), '以下分别简称 (pair by hand)', `${where}:${m.index + 1}`);
    }
    for (const m of text.matchAll(BRACKETED)) {
      const short = m[1]!;
      const full = before(text, m.index);
      if (full.length > short.length && isSubsequence(short, full)) add(short, full, '（…）', `${where}:${m.index + 1}`);
    }
  });
}
for (const [abbreviation, title] of readAbbreviations()) add(abbreviation, title, 'abbreviations.txt', 'content/dictionaries/abbreviations.txt');

/** Short forms of a title as people cite it. */
function titleShortForms(title: string): string[] {
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

const thesaurus = loadThesaurus(readFileSync(SYNONYMS, 'utf8'), SYNONYMS);
for (const message of thesaurus.messages) console.error(String(message));
const inFile = (c: Candidate) => thesaurus.entries.some((e) => [...e.from, ...e.to].includes(c.short) && [...e.from, ...e.to].includes(c.full));
const onlyNew = process.argv.includes('--new');
let shown = 0;
for (const source of [...new Set(candidates.map((c) => c.source))]) {
  const list = candidates.filter((c) => c.source === source && !(onlyNew && inFile(c)));
  if (list.length === 0) continue;
  console.log(`\n# ${source}`);
  for (const c of list) {
    console.log(`${c.short} = ${c.full}  # ${c.where}${inFile(c) ? '  [in synonyms.txt]' : ''}`);
    shown++;
  }
}
console.log(`\n${shown} candidates (${candidates.filter(inFile).length} already in ${SYNONYMS})`);
