import type { PolicyKind } from '../pst/index.ts';
import type { CatalogEntry } from './catalog.ts';

/** The kinds of the corpus format, in the order a reader expects them (law first). */
export const KINDS: readonly PolicyKind[] = ['法律', '行政法规', '部门规章', '地方性法规', '党内法规', '规范性文件', '新闻', '讲话'];

/** The group label for documents without a kind. */
export const UNKNOWN_KIND = '未分类';

/** A kind and its documents. */
export interface KindGroup {
  kind: string;
  documents: CatalogEntry[];
}

/**
 * Groups catalog entries by kind: known kinds in {@link KINDS} order, then any other kind by
 * name, then {@link UNKNOWN_KIND}. Entries keep their order; empty kinds are left out.
 */
export function groupByKind(entries: readonly CatalogEntry[]): KindGroup[] {
  const groups = new Map<string, CatalogEntry[]>();
  for (const entry of entries) {
    const kind = entry.kind ?? UNKNOWN_KIND;
    groups.set(kind, [...(groups.get(kind) ?? []), entry]);
  }
  return [...groups]
    .map(([kind, documents]) => ({ kind, documents }))
    .sort((a, b) => rank(a.kind) - rank(b.kind) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

function rank(kind: string): number {
  const known = (KINDS as readonly string[]).indexOf(kind);
  return known >= 0 ? known : kind === UNKNOWN_KIND ? KINDS.length + 1 : KINDS.length;
}
