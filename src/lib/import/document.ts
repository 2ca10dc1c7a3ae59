/**
 * From a source's blocks and document starts to documents with metadata: title, 文号, issuers,
 * dates, kind, 文种, jurisdiction, role (wrapper → embedded → attachment, news → full text).
 * Every block of a document is assigned a part (header or body) for the accounting.
 */
import type { Dictionaries } from './dictionaries.ts';
import {
  cleanTitle,
  effectiveDate,
  genreOf,
  inferTitle,
  issuersOf,
  jurisdictionOf,
  kindOf,
  newsFacts,
  readSignature,
  resolveEffective,
  type EffectiveRule,
} from './metadata.ts';
import type { Block, Paragraph } from './paragraphs.ts';
import { linkRoles } from './roles.ts';
import { readHeader } from './header.ts';
import { ISSUED_HEADLINE, unquote, type DocumentStart } from './segment.ts';

export { cleanTitle, UNTITLED } from './metadata.ts';

/** Roles of a document in its source. */
export type Role = 'standalone' | 'wrapper' | 'embedded' | 'attachment' | 'news' | 'speech';

/** Kinds (效力层级 / 类别). */
export type Kind = '法律' | '行政法规' | '部门规章' | '地方性法规' | '党内法规' | '规范性文件' | '新闻' | '讲话';

/** Dates of a document, ISO or null. */
export interface DocDates {
  issued: string | null;
  published: string | null;
  effective: string | null;
}

/** What the catalog says of a document, whether one copy or the merged document. */
export interface DocumentMetadata {
  title: string;
  docNumber: string | null;
  issuers: string[];
  dates: DocDates;
  kind: Kind;
  genre: string;
  jurisdiction: string;
  role: Role;
}

/** A document as found in one source (one copy). */
export interface SourceDocument extends DocumentMetadata {
  file: string;
  /** Index within the source, in order. */
  index: number;
  startLine: number;
  endLine: number;
  titleInText: boolean;
  /** Index (within the same source) of the wrapper, news item or document this is attached to. */
  parent: number | null;
  /** Header blocks (title, masthead, 文号, 发布时间) are metadata; body blocks are the text. */
  header: Block[];
  body: Block[];
  /** Why the document starts here, and what confirmed it. */
  startReason: DocumentStart['reason'];
  startEvidence: string | null;
  /** Facts taken from the text that are worth telling a reviewer. */
  notes: string[];
  /** How the effective date is stated, kept so that inherited dates can fill it. */
  effectiveRule: EffectiveRule;
  /** Corrections applied to this copy: the fields they set and why. */
  corrections: Array<{ file: string; line: number; fields: string[]; reason: string }>;
}

/** Facts supplied by corrections for one document, keyed by its start line. */
export interface DocumentFacts {
  title?: string;
  docNumber?: string | null;
  issuers?: string[];
  dates?: Partial<DocDates>;
  kind?: Kind;
  genre?: string;
  jurisdiction?: string;
  role?: Role;
  /** Start line of the parent document in the same source. */
  parentLine?: number | null;
}

/** Build the documents of one source from its blocks and starts. */
export function buildDocuments(file: string, blocks: readonly Block[], starts: readonly DocumentStart[], dicts: Dictionaries): SourceDocument[] {
  const docs: SourceDocument[] = [];
  for (let s = 0; s < starts.length; s++) {
    const start = starts[s]!;
    const end = s + 1 < starts.length ? starts[s + 1]!.block : blocks.length;
    const own = blocks.slice(start.block, end);
    if (own.length === 0) continue;
    docs.push(analyse(file, docs.length, start, own, blocks, dicts));
  }
  linkRoles(docs, dicts.issuers);
  return docs;
}

function analyse(file: string, index: number, start: DocumentStart, own: readonly Block[], all: readonly Block[], dicts: Dictionaries): SourceDocument {
  const dict = dicts.issuers;
  const titleText = start.titleBlocks.map((b) => (all[b] as Paragraph).text).join('');
  const read = readHeader(start, own, all);
  const { header, body, docNumber, masthead } = read;
  let published = read.published;
  const notes: string[] = [];
  const title = cleanTitle(start.title ?? (unquote(titleText) || inferTitle(body)), dict);
  const titleInText = start.titleBlocks.length > 0;
  const genre = genreOf(title, start);
  const signature = readSignature(body, dict);
  const headline = ISSUED_HEADLINE.exec(titleText);
  const issuers = issuersOf(headline && start.reason !== 'news-headline' ? `${headline[1]}关于` : title, masthead, signature.issuers, docNumber, dicts);
  const news = newsFacts(body);
  const kind = kindOf(title, genre, issuers, start, titleText, body, dicts);
  const issued = signature.date ?? null;
  const effectiveRule = effectiveDate(body);
  const effective = resolveEffective(effectiveRule, issued, published);
  const lines = own.flatMap((b) => b.lines);
  if (kind === '新闻') {
    // A news item's issuer is the agency, not the bodies in its headline; its date is the dispatch.
    issuers.splice(0, issuers.length, ...news.issuers);
    published ??= news.published;
  }
  return {
    file,
    index,
    startLine: Math.min(...lines),
    endLine: Math.max(...lines),
    title,
    titleInText,
    docNumber,
    issuers,
    dates: { issued, published, effective },
    kind,
    genre,
    jurisdiction: jurisdictionOf(title, issuers, docNumber, dicts),
    role: start.reason === 'attachment' ? 'attachment' : kind === '新闻' ? 'news' : kind === '讲话' ? 'speech' : 'standalone',
    parent: null,
    header,
    body,
    startReason: start.reason,
    startEvidence: start.evidence ?? null,
    notes,
    effectiveRule,
    corrections: [],
  };
}
