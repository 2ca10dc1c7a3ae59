/**
 * A unit address: the path of numbered steps that names one unit of a document, outermost
 * first — 第三十六条第二款第三项 is article 36 › clause 2 › item 3; 附件1二（三） is attachment 1 ›
 * outline 二 › outline （三）. Every citation form, every unit id and every typed reference is
 * a way of writing such a path (src/lib/pst/spec.md, “Ids”).
 */

/** One step of a unit address. */
export type UnitStep =
  | { type: 'attachment' | 'part' | 'chapter' | 'section' | 'item' | 'subitem' | 'box' | 'table'; number: number }
  /** `sole`: the article has a single 款, so citations leave 第一款 out. */
  | { type: 'clause'; number: number; sole?: boolean }
  | { type: 'article'; number: number; zhiyi: number | null }
  | { type: 'outline'; level: 1 | 2 | 3 | 4; number: number }
  /** A bare number (`30`, `三十`) typed on its own: an article in a law, a 一、 item elsewhere. */
  | { type: 'number'; number: number };

/** A unit address, outermost step first (never empty when parsed). */
export type UnitPath = UnitStep[];

/** The step types on the article side of a document (条, 款, 项, 目). */
export const ARTICLE_SIDE: ReadonlySet<UnitStep['type']> = new Set(['article', 'clause', 'item', 'subitem']);
