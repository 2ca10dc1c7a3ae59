/**
 * Splitting what is typed into the quick-jump box into a document part and a clause reference:
 * `职教法 30`, `职教法第三十六条第二款第三项`, `技工教育十四五规划 二（三）`,
 * `《技工教育“十四五”规划》（人社部发〔2021〕86号）二（三）`.
 */
import { parseUnitPath, type UnitPath } from '../address/index.ts';
import { CHINESE_NUMERAL } from '../text/index.ts';

/** A query read as a document followed by a clause. */
export interface ClauseQuery {
  /** What names the document: a title, short title, abbreviation or 文号, as typed (trimmed, without 《》). */
  document: string;
  /** The clause part as typed (`第三十六条第二款第三项`). */
  clause: string;
  ref: UnitPath;
}

const NUMERAL = new RegExp(`[0-9０-９]|${CHINESE_NUMERAL.slice(0, -1)}`);
const CJK = /[\u3400-\u9fff]/;

/**
 * Every way to read `input` as a document followed by a clause reference it ends with, the
 * longest clause first (`职教20条 （五）`: 职教 + 第二十条（五）, then 职教20条 + （五）); empty when
 * it does not end with one. The document part may be empty (`第三十条` alone, for the document
 * being read).
 *
 * A reference that begins with a bare numeral must not split a number (`十四五`, `〔2021〕86`),
 * and a lone bare numeral needs a space before it (`职教法 三十`), or, if Arabic, may follow the
 * title directly (`职教法30`).
 *
 * @example splitJumpQuery('职教法 30') // [{ document: '职教法', clause: '30', ref: [{ type: 'number', number: 30 }] }]
 */
export function splitJumpQuery(input: string): ClauseQuery[] {
  const text = input.trim();
  const out: ClauseQuery[] = [];
  for (let start = 0; start < text.length; start++) {
    if (/\s/.test(text[start]!) || (start > 0 && !/\s/.test(text[start - 1]!) && !boundary(text, start))) continue;
    const clause = text.slice(start).trim();
    const ref = parseUnitPath(clause);
    if (!ref || !acceptable(text, start, ref)) continue;
    out.push({ document: cleanDocument(text.slice(0, start)), clause, ref });
  }
  return out;
}

/** Whether a reference may start at `start`: never inside a run of numerals. */
function boundary(text: string, start: number): boolean {
  return !(NUMERAL.test(text[start - 1]!) && NUMERAL.test(text[start]!));
}

function acceptable(text: string, start: number, ref: UnitPath): boolean {
  const before = text.slice(0, start);
  const prev = before.at(-1);
  if (prev === undefined) return true;
  const bareStart = NUMERAL.test(text[start]!);
  if (!bareStart) return true;
  // 〔2021〕86, [2021: the numbers of a 文号, not a clause.
  if (/[〔﹝[［【(（]/.test(prev) || (/[〕﹞\]］】)）]/.test(prev) && ref.length === 1)) return false;
  if (ref.length > 1 || ref[0]?.type !== 'number') return true;
  if (/\s/.test(prev)) return true;
  return /[0-9０-９]/.test(text[start]!) && (CJK.test(prev) || prev === '》');
}

/** The document part without surrounding spaces, 《》 or a trailing 的. */
function cleanDocument(value: string): string {
  return value
    .trim()
    .replace(/^《(.*)》$/, '$1')
    .replace(/的$/, '')
    .trim();
}
