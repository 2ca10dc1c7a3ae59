/**
 * Finding citations in a paragraph of policy text, with offsets into it (eyecite's "find" step):
 *
 * - 《Title》, optionally followed by （文号） and by a unit: 《中华人民共和国职业教育法》第三十六条;
 * - a bare 文号 in any bracket form: 人社部发〔2021〕30号, 云人社发[2014]140号;
 * - references inside the document: 本法第十一条, 本实施细则第三条、第十一条, 本条, 前款, 前两款;
 * - short names: 《关于…的意见》（以下简称《意见》） defines 《意见》 for the rest of the document.
 */
import { findDocNumbers } from '../text/index.ts';
import { readUnitRefs, type UnitPath } from '../address/index.ts';

/** A citation found in text. */
export type Found =
  | { kind: 'title'; start: number; end: number; raw: string; title: string; docNumber: string | null; refs: UnitPath[] }
  | { kind: 'docNumber'; start: number; end: number; raw: string; docNumber: string; refs: UnitPath[] }
  | { kind: 'internal'; start: number; end: number; raw: string; refs: UnitPath[] }
  | { kind: 'relative'; start: number; end: number; raw: string; relation: 'this-article' | 'previous-clause' | 'previous-clauses'; count: number }
  | { kind: 'alias'; start: number; end: number; raw: string; alias: string };

const SELF = '本(?:法|条例|规定|实施细则|细则|办法|实施办法|意见|实施意见|通知|方案|实施方案|规划|决定|标准|指南)';
const INTERNAL = new RegExp(`${SELF}(?=第)`, 'g');
/** 本条 (not 基本条件, not 本条例), 前款, 前两款. */
const RELATIVE = /(?<![基根样版脚剧成资日文])本条(?![件例])|前款|前([两二三四])款/g;
const ALIAS = /[（(]以下简称([《“"]?)([^（）()《》“”"]{1,20})[》”"]?[）)]/g;

/** Every citation in `text`, in order, not overlapping. */
export function findCitations(text: string): Found[] {
  const found: Found[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const add = (f: Found) => {
    if (!free(f.start, f.end)) return;
    found.push(f);
    taken.push([f.start, f.end]);
  };

  // （以下简称《意见》） defines an alias for the citation just before it.
  for (const m of text.matchAll(ALIAS)) {
    add({ kind: 'alias', start: m.index, end: m.index + m[0].length, raw: m[0], alias: m[2]! });
  }
  // 《Title》（文号）第X条…
  for (const m of text.matchAll(/《([^《》]{1,100})》/g)) {
    const start = m.index;
    let end = start + m[0].length;
    let docNumber: string | null = null;
    const after = text.slice(end, end + 40);
    const paren = /^[（(]([^（）()]{4,30})[）)]/.exec(after);
    if (paren) {
      const dn = findDocNumbers(paren[1]!)[0];
      if (dn && dn.start === 0) {
        docNumber = dn.normalized;
        end += paren[0].length;
      }
    }
    const units = readUnitRefs(text.slice(end));
    if (units) end += units.length;
    add({ kind: 'title', start, end, raw: text.slice(start, end), title: m[1]!, docNumber, refs: units?.paths ?? [] });
  }
  // Bare 文号 (not the one in a title's parentheses).
  for (const dn of findDocNumbers(text)) {
    let end = dn.end;
    const units = readUnitRefs(text.slice(end));
    if (units) end += units.length;
    add({ kind: 'docNumber', start: dn.start, end, raw: text.slice(dn.start, end), docNumber: dn.normalized, refs: units?.paths ?? [] });
  }
  // 本法第十一条, 本实施细则第三条、第十一条.
  for (const m of text.matchAll(INTERNAL)) {
    const units = readUnitRefs(text.slice(m.index + m[0].length));
    if (!units) continue;
    const end = m.index + m[0].length + units.length;
    add({ kind: 'internal', start: m.index, end, raw: text.slice(m.index, end), refs: units.paths });
  }
  // 本条, 前款, 前两款.
  for (const m of text.matchAll(RELATIVE)) {
    const end = m.index + m[0].length;
    if (m[0] === '本条') add({ kind: 'relative', start: m.index, end, raw: m[0], relation: 'this-article', count: 0 });
    else if (m[0] === '前款') add({ kind: 'relative', start: m.index, end, raw: m[0], relation: 'previous-clause', count: 1 });
    else add({ kind: 'relative', start: m.index, end, raw: m[0], relation: 'previous-clauses', count: m[1] === '三' ? 3 : 2 });
  }
  return found.sort((a, b) => a.start - b.start);
}
