/**
 * Resolving found citations (eyecite's "resolve" step) to documents and units of the library,
 * and annotating a document's tree with them: each text-bearing node gets `citations`, the
 * spans of its text that cite something, with their targets.
 */
import type { PolicyRoot, Unit } from '../pst/index.ts';
import type { Found } from './find.ts';
import { findCitations } from './find.ts';
import type { Library, LibraryDocument } from './library.ts';
import { unitIdOf, type UnitPath } from '../address/index.ts';

/** Where a citation points. */
export type Target =
  | { type: 'document'; docId: string; unitId: string | null }
  | { type: 'external'; title: string | null; docNumber: string | null }
  | { type: 'unresolved'; reason: string };

/** A citation in a node's text: `text.slice(start, end)` cites `target`. */
export interface Citation {
  start: number;
  end: number;
  raw: string;
  kind: Found['kind'];
  target: Target;
  /** Further units when the citation names several (第十条、第十二条; 第十条至第十二条). */
  more: string[];
}

declare module '../pst/types.ts' {
  interface Text {
    citations?: Citation[];
  }
  interface Clause {
    citations?: Citation[];
  }
  interface Item {
    citations?: Citation[];
  }
  interface Subitem {
    citations?: Citation[];
  }
  interface Outline {
    citations?: Citation[];
  }
}

/** One citation with the unit it stands in, for backlinks and reports. */
export interface Occurrence {
  /** The citing unit (nearest enclosing addressable unit), or null at the document's top level. */
  fromUnit: string | null;
  citation: Citation;
}

/** A problem worth a warning: a unit that does not exist, an alias with nothing before it. */
export interface CitationWarning {
  docId: string;
  line: number;
  column: number;
  raw: string;
  reason: string;
}

/** Titles that are periodicals or books, not documents: 《求是》, 《人民日报》. */
export const NOT_DOCUMENTS = new Set([
  '求是',
  '人民日报',
  '光明日报',
  '经济日报',
  '解放军报',
  '中国青年报',
  '工人日报',
  '中国教育报',
  '新华每日电讯',
  '中华人民共和国职业分类大典',
]);

type TextNode = { type: string; text: string; citations?: Citation[]; position?: { start: { line: number; column: number } } };

/** The line and column in the `.md` file of `text.slice(start, end)` of a node, if known. */
export type Locate = (node: object, start: number, end: number) => { line: number; column: number } | undefined;

/**
 * Annotate one document's tree with its citations, resolved against the library.
 * Returns the warnings, at the place `locate` gives (the xref plugin maps through the parser's
 * offsets to the citation's true line and column), else at the node's start plus the offset.
 */
export function annotateCitations(tree: PolicyRoot, library: Library, locate?: Locate): { warnings: CitationWarning[]; occurrences: Occurrence[] } {
  const self = library.documents.get(tree.meta.id);
  const warnings: CitationWarning[] = [];
  const occurrences: Occurrence[] = [];
  const aliases = new Map<string, Target>();
  const walk = (
    node: { type: string; id?: string; children?: unknown[] } & Partial<TextNode>,
    article: Unit | null,
    clause: number | null,
    unit: string | null,
  ) => {
    let currentArticle = article;
    let currentClause = clause;
    const currentUnit = typeof node.id === 'string' ? node.id : unit;
    if (node.type === 'article') currentArticle = node as unknown as Unit;
    if (node.type === 'clause') currentClause = (node as unknown as { number: number }).number;
    if (typeof node.text === 'string' && node.type !== 'signature' && node.type !== 'dateline' && node.type !== 'tableCell') {
      const cites: Citation[] = [];
      let last: Target | null = null;
      for (const f of findCitations(node.text)) {
        if (f.kind === 'alias') {
          if (last && last.type !== 'unresolved') aliases.set(f.alias, last);
          continue;
        }
        const { target, more } = resolveOne(f, { library, self, aliases, article: currentArticle, clause: currentClause });
        if (target.type === 'unresolved') {
          const pos = node.position?.start;
          const at = locate?.(node, f.start, f.end) ?? { line: pos?.line ?? 1, column: (pos?.column ?? 1) + f.start };
          warnings.push({ docId: tree.meta.id, line: at.line, column: at.column, raw: f.raw, reason: target.reason });
        }
        if (f.kind === 'title' && NOT_DOCUMENTS.has(f.title)) continue;
        const citation: Citation = { start: f.start, end: f.end, raw: f.raw, kind: f.kind, target, more };
        cites.push(citation);
        occurrences.push({ fromUnit: currentUnit, citation });
        last = target;
      }
      if (cites.length > 0) node.citations = cites;
    }
    for (const child of node.children ?? []) walk(child as typeof node, currentArticle, currentClause, currentUnit);
  };
  walk(tree as unknown as { type: string; children: unknown[] }, null, null, null);
  return { warnings, occurrences };
}

interface Context {
  library: Library;
  self: LibraryDocument | undefined;
  aliases: ReadonlyMap<string, Target>;
  article: Unit | null;
  clause: number | null;
}

function resolveOne(f: Exclude<Found, { kind: 'alias' }>, ctx: Context): { target: Target; more: string[] } {
  switch (f.kind) {
    case 'title': {
      const alias = ctx.aliases.get(f.title);
      const doc = ctx.library.byTitleText(f.title) ?? (f.docNumber ? ctx.library.byDocNumber(f.docNumber) : undefined);
      if (!doc && alias) return withUnits(alias, f.refs, ctx);
      if (!doc) {
        if (NOT_DOCUMENTS.has(f.title)) return { target: { type: 'external', title: f.title, docNumber: null }, more: [] };
        return { target: { type: 'external', title: f.title, docNumber: f.docNumber }, more: [] };
      }
      return units(doc, f.refs);
    }
    case 'docNumber': {
      const doc = ctx.library.byDocNumber(f.docNumber);
      if (!doc) return { target: { type: 'external', title: null, docNumber: f.docNumber }, more: [] };
      return units(doc, f.refs);
    }
    case 'internal':
      if (!ctx.self) return { target: { type: 'unresolved', reason: 'the citing document is not in the library' }, more: [] };
      return units(ctx.self, f.refs);
    case 'relative': {
      if (!ctx.self || !ctx.article) return { target: { type: 'unresolved', reason: `${f.raw} outside an article` }, more: [] };
      const art = ctx.article.id;
      if (f.relation === 'this-article') return { target: { type: 'document', docId: ctx.self.id, unitId: art }, more: [] };
      const n = ctx.clause ?? 1;
      const first = n - f.count;
      if (first < 1) return { target: { type: 'unresolved', reason: `${f.raw} in the first 款 of ${art}: there is no earlier 款` }, more: [] };
      const ids = Array.from({ length: f.count }, (_, k) => `${art}-p${first + k}`);
      return { target: { type: 'document', docId: ctx.self.id, unitId: ids[0]! }, more: ids.slice(1) };
    }
  }
}

function withUnits(target: Target, refs: readonly UnitPath[], ctx: Context): { target: Target; more: string[] } {
  if (target.type !== 'document') return { target, more: [] };
  const doc = ctx.library.documents.get(target.docId);
  return doc ? units(doc, refs) : { target, more: [] };
}

/** The document, or its first cited unit (and the others), checking that each unit exists. */
function units(doc: LibraryDocument, refs: readonly UnitPath[]): { target: Target; more: string[] } {
  if (refs.length === 0) return { target: { type: 'document', docId: doc.id, unitId: null }, more: [] };
  const ids = refs.map(unitIdOf);
  const missing = ids.find((id) => !doc.units.has(id));
  if (missing) return { target: { type: 'unresolved', reason: `${doc.title} has no unit ${missing}` }, more: [] };
  return { target: { type: 'document', docId: doc.id, unitId: ids[0]! }, more: ids.slice(1) };
}
