/**
 * Merging copies of one document, within and across sources, into one canonical document.
 *
 * Copies are grouped by their normalised title (wrapper and embedded document have different
 * titles, and a province's 实施意见 has its own, so documents that merely share text stay
 * apart). The most complete copy gives the text; the others are compared with it sentence by
 * sentence, every difference is kept, and a copy that stops early is marked incomplete.
 */
import { compareCopies, type Difference } from './diff.ts';
import { UNTITLED, type DocumentMetadata, type Role, type SourceDocument } from './document.ts';
import { blockInk } from './accounts.ts';
import type { Block } from './paragraphs.ts';
import { titleKey } from '../text/index.ts';

/** Where one copy of a document is. */
export interface CopyRef {
  file: string;
  startLine: number;
  endLine: number;
  complete: boolean;
}

/** A document of the library, built from one or more copies. */
export interface CanonicalDocument extends DocumentMetadata {
  /** Stable identity for id lookup: the normalised title. */
  key: string;
  id: string;
  /** Key of the parent document (resolved to an id when ids are assigned). */
  parentKey: string | null;
  parent: string | null;
  sources: CopyRef[];
  differences: Difference[];
  /** Corrections applied to any copy. */
  corrections: Array<{ file: string; line: number; fields: string[]; reason: string }>;
  body: Block[];
  /** Unit ids earlier imports had that this text lacks → the nearest surviving unit. */
  renamedUnits: Record<string, string>;
  /** The copies, canonical first. */
  copies: SourceDocument[];
}

/** The key copies are grouped by: the one title key (src/lib/text/title.ts). */
export function documentKey(title: string): string {
  return titleKey(title);
}

const ROLE_RANK: Record<Role, number> = { embedded: 5, attachment: 4, wrapper: 3, news: 2, speech: 1, standalone: 0 };

/** Merge all sources' documents. `bySource` maps a file to its documents, in source order. */
export function mergeDocuments(bySource: ReadonlyMap<string, readonly SourceDocument[]>): CanonicalDocument[] {
  const groups = new Map<string, SourceDocument[]>();
  for (const docs of bySource.values()) {
    for (const d of docs) {
      // Untitled documents are never merged with each other: their key is their place.
      const key = d.title === UNTITLED ? `${UNTITLED}${d.file}:${d.startLine}` : documentKey(d.title);
      const g = groups.get(key);
      if (g) g.push(d);
      else groups.set(key, [d]);
    }
  }
  const out: CanonicalDocument[] = [];
  for (const [key, copies] of groups) {
    const ranked = [...copies].sort((a, b) => bodyInk(b) - bodyInk(a));
    const base = ranked[0]!;
    const differences: Difference[] = [];
    const complete = new Map<SourceDocument, boolean>([[base, true]]);
    for (const c of ranked.slice(1)) {
      const r = compareCopies(base.body, c.body, c.file);
      for (const d of r.differences) differences.push(d);
      complete.set(c, !r.truncated);
    }
    const pick = <T>(f: (d: SourceDocument) => T | null): T | null => {
      for (const c of ranked) {
        const v = f(c);
        if (v !== null && v !== undefined) return v;
      }
      return null;
    };
    // The most specific role wins; among parents, the notice that issues it over a news item.
    const parentOf = (d: SourceDocument) => (d.parent === null ? null : bySource.get(d.file)![d.parent]!);
    const parentRank = (d: SourceDocument) => (parentOf(d)?.role === 'wrapper' ? 2 : parentOf(d) ? 1 : 0);
    const withParent = [...copies].sort((a, b) => ROLE_RANK[b.role] - ROLE_RANK[a.role] || parentRank(b) - parentRank(a))[0]!;
    const parentDoc = parentOf(withParent);
    out.push({
      key,
      id: '',
      title: pickTitle(ranked),
      docNumber: pick((d) => d.docNumber),
      issuers: [...copies].sort((a, b) => b.issuers.length - a.issuers.length)[0]!.issuers,
      dates: {
        issued: pick((d) => d.dates.issued),
        published: pick((d) => d.dates.published),
        effective: pick((d) => d.dates.effective),
      },
      kind: base.kind,
      genre: base.genre,
      jurisdiction: base.jurisdiction,
      role: withParent.role,
      parentKey: parentDoc ? (parentDoc.title === UNTITLED ? `${UNTITLED}${parentDoc.file}:${parentDoc.startLine}` : documentKey(parentDoc.title)) : null,
      parent: null,
      sources: [...copies]
        .sort((a, b) => a.file.localeCompare(b.file) || a.startLine - b.startLine)
        .map((c) => ({ file: c.file, startLine: c.startLine, endLine: c.endLine, complete: complete.get(c)! })),
      differences,
      corrections: copies.flatMap((c) => c.corrections),
      body: base.body,
      renamedUnits: {},
      copies: ranked,
    });
  }
  return out;
}

/** A corrected title wins; then the title that keeps the most layout (spaces between issuers). */
function pickTitle(copies: readonly SourceDocument[]): string {
  const corrected = copies.find((c) => c.corrections.some((x) => x.fields.includes('title')));
  if (corrected) return corrected.title;
  return [...copies].sort((a, b) => b.title.length - a.title.length)[0]!.title;
}

function bodyInk(d: SourceDocument): number {
  return d.body.reduce((n, b) => n + blockInk(b), 0);
}
