import { KINDS, UNKNOWN_KIND } from '../vocab/index.ts';
import type { CatalogEntry } from './catalog.ts';

export { KINDS, UNKNOWN_KIND };

/** A kind and its documents. */
export interface KindGroup<T extends Pick<CatalogEntry, 'kind'> = CatalogEntry> {
  kind: string;
  documents: T[];
}

/**
 * Groups catalog entries by kind: known kinds in {@link KINDS} order, then any other kind by
 * name, then {@link UNKNOWN_KIND}. Entries keep their order; empty kinds are left out.
 */
export function groupByKind<T extends Pick<CatalogEntry, 'kind'>>(entries: readonly T[]): KindGroup<T>[] {
  const groups = new Map<string, T[]>();
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
