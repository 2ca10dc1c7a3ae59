/**
 * Unit ids: ASCII, stable, derived from a unit's numbers alone, so fixing a typo never changes a
 * link (src/lib/pst/spec.md, “Ids”). The parser (pst/plugin-ids.ts) names each unit with the
 * segment builders here, and every reader of a citation turns a {@link UnitPath} into the same id
 * with {@link unitIdOf} — one spelling of the id syntax for the whole code base.
 *
 *   art-36-p2-i3      第三十六条第二款第三项 (a 项 without a 款 is in 第一款: art-13-p1-i1)
 *   art-10-p1-i0-s1   第十条第1目 (a 目 without a 项 is under item 0)
 *   art-36-1          第三十六条之一
 *   s2-3, s1-0-1      二（三）; 一 › 1. with the （）level skipped
 *   ch-2-s1           第二章 一、 (outline numbering starts again in each chapter)
 *   box-2-s1          专栏2 第1项;   att-1-s2  附件1 二;   tbl-1  表1
 */
import type { UnitPath } from './types.ts';

/** The id segment of each kind of step. */
export const idSegment = {
  attachment: (n: number) => `att-${n}`,
  part: (n: number) => `pt-${n}`,
  chapter: (n: number) => `ch-${n}`,
  section: (n: number) => `sec-${n}`,
  article: (n: number, zhiyi: number | null) => `art-${n}${zhiyi === null ? '' : `-${zhiyi}`}`,
  clause: (n: number) => `p${n}`,
  item: (n: number) => `i${n}`,
  subitem: (n: number) => `s${n}`,
  box: (n: number) => `box-${n}`,
  table: (n: number) => `tbl-${n}`,
  /** Outline numbers from the shallowest level of their scope down; a skipped level is 0. */
  outline: (numbers: readonly number[]) => `s${numbers.join('-')}`,
} as const;

/** Joins id segments: `joinId('att-1', 's2')` → `att-1-s2`; empty segments are skipped. */
export function joinId(...segments: ReadonlyArray<string | null | undefined>): string {
  return segments.filter((s): s is string => !!s).join('-');
}

/**
 * The id of the unit a path names.
 *
 * Articles are numbered through the whole document, so parts, chapters and sections before an
 * article do not enter its id; before an outline item they do (ch-2-s1). A box or table is
 * numbered through its attachment (or the document), so outline steps before it are dropped. A
 * lone `number` step is an outline item (`s3`): citations write articles as 第N条.
 *
 * @example unitIdOf(parseUnitPath('第三十六条第二款第三项')!) // 'art-36-p2-i3'
 * @example unitIdOf(parseUnitPath('第十条第1目')!)         // 'art-10-p1-i0-s1'
 */
export function unitIdOf(path: UnitPath): string {
  const parts: string[] = [];
  /** Where the current scope's non-article steps start (parts, chapters, sections, outlines). */
  let scope: string[] = [];
  let outline: number[] | null = null;
  let lastLevel = 0;
  let clause: string | null = null;
  let item: string | null = null;
  let article: string | null = null;
  for (const s of path) {
    switch (s.type) {
      case 'attachment':
        parts.length = 0;
        parts.push(idSegment.attachment(s.number));
        scope = [];
        outline = null;
        break;
      case 'part':
        scope = [idSegment.part(s.number)];
        break;
      case 'chapter':
        scope = [...scope.filter((x) => x.startsWith('pt-')), idSegment.chapter(s.number)];
        break;
      case 'section':
        scope = [...scope.filter((x) => !x.startsWith('sec-')), idSegment.section(s.number)];
        break;
      case 'box':
        scope = [idSegment.box(s.number)];
        outline = null;
        break;
      case 'table':
        return joinId(...parts, idSegment.table(s.number));
      case 'number':
        outline = [s.number];
        lastLevel = 1;
        break;
      case 'outline':
        if (outline === null) outline = [s.number];
        else {
          for (let level = lastLevel + 1; level < s.level; level++) outline.push(0);
          outline.push(s.number);
        }
        lastLevel = s.level;
        break;
      case 'article':
        article = idSegment.article(s.number, s.zhiyi);
        clause = item = null;
        break;
      case 'clause':
        clause = idSegment.clause(s.number);
        item = null;
        break;
      case 'item':
        clause ??= idSegment.clause(1);
        item = idSegment.item(s.number);
        break;
      case 'subitem':
        clause ??= idSegment.clause(1);
        item ??= idSegment.item(0);
        return joinId(...parts, article ?? idSegment.article(0, null), clause, item, idSegment.subitem(s.number));
    }
  }
  if (article !== null) return joinId(...parts, article, clause, item);
  if (outline !== null) return joinId(...parts, ...scope, idSegment.outline(outline));
  return joinId(...parts, ...scope);
}

/**
 * The ids that enclose `id`, nearest first: `art-2-p2-i1` → `art-2-p2`, `art-2`; `att-1-s2-3` →
 * `att-1-s2`, `att-1`. Where a unit id no longer exists (a phantom 款 removed), the nearest
 * surviving one is where an old link should land.
 */
export function enclosingIds(id: string): string[] {
  const out: string[] = [];
  let rest = id.replace(/_\d+$/, '');
  for (;;) {
    const shorter = rest
      .replace(/-(?:p|i|s)\d+$/, '') // 款, 项, 目 / the last outline segment
      .replace(/^((?:.*-)?s\d+(?:-\d+)*)-\d+$/, '$1'); // s2-3 → s2
    const next = shorter !== rest ? shorter : rest.replace(/-?(?:art|box|tbl|sec|ch|pt|att)-\d+(?:-\d+)?$/, '');
    if (next === rest || next === '') break;
    out.push(next);
    rest = next;
  }
  return out;
}
