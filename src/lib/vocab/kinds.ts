/**
 * The kinds of document (the legal rank in the frontmatter's `kind`) in the order a reader
 * expects them, law first.
 */
import type { PolicyKind } from '../pst/types.ts';

/** Every kind of the corpus format, law first. */
export const KINDS: readonly PolicyKind[] = ['法律', '行政法规', '部门规章', '地方性法规', '党内法规', '规范性文件', '新闻', '讲话'];

/** The kinds browsing shows even when the corpus has none of them, so a reader sees that it has none. */
export const LEGAL_KINDS = ['法律', '行政法规', '部门规章', '地方性法规', '规范性文件'] as const;

/** The group label for documents without a kind. */
export const UNKNOWN_KIND = '未分类';

/** Kinds cited by title alone: laws and regulations are known by their names, not their 文号. */
const CITED_WITHOUT_DOC_NUMBER: ReadonlySet<PolicyKind> = new Set(['法律', '行政法规', '地方性法规']);

/**
 * Whether a citation of a document of this kind carries its 文号 after the title (公文 form:
 * 《技工教育“十四五”规划》（人社部发〔2021〕86号）); a document of unknown kind is cited as a policy
 * document is.
 */
export function citesDocNumber(kind: PolicyKind | null): boolean {
  return kind === null || !CITED_WITHOUT_DOC_NUMBER.has(kind);
}
