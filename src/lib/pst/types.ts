/**
 * The policy syntax tree (PST): the structure of one `content/policies/<id>.md` file, typed
 * once here as the spec (see spec.md beside it for the rules in prose).
 *
 * Every node parsed from the file has a unist `position` into the `.md` file (line, column,
 * offset); nodes the parser had to invent (an empty 款 before the 项 of an article whose first
 * paragraph is only 第X条) have none. `text` fields hold the text exactly as in the file after
 * Markdown un-escaping.
 *
 * Extend by module augmentation, never by casting: add a field to an interface, or a node type
 * to one of the `…ContentMap` interfaces:
 *
 * ```ts
 * declare module '../pst/types.ts' {
 *   interface Article { citations?: Citation[] }
 *   interface BlockContentMap { note: Note }
 * }
 * ```
 */
import type { Node, Parent } from 'unist';

// ---------------------------------------------------------------------------------------------
// Frontmatter

/** 法律 | 行政法规 | … — the legal rank of the document (`kind` in the frontmatter). */
export type PolicyKind = '法律' | '行政法规' | '部门规章' | '地方性法规' | '党内法规' | '规范性文件' | '新闻' | '讲话';
/** How the document sits in its source: on its own, wrapping another, inside one, … */
export type PolicyRole = 'standalone' | 'wrapper' | 'embedded' | 'attachment' | 'news' | 'speech';

/** One source copy the document was built from. */
export interface PolicySource {
  file: string;
  startLine: number | null;
  endLine: number | null;
  complete: boolean;
}

/** The three dates of a document, ISO `YYYY-MM-DD` or `null`. */
export interface PolicyDates {
  /** 成文日期: the date under the signature. */
  issued: string | null;
  /** 发布日期. */
  published: string | null;
  /** 施行日期. */
  effective: string | null;
}

/**
 * The frontmatter, typed (docs/corpus-format.md). Missing or invalid fields get the empty value
 * (`null`, `[]`, `''`) and a warning; unknown keys are kept as they are, hence the index
 * signature.
 */
export interface PolicyMeta {
  [key: string]: unknown;
  id: string;
  title: string;
  shortTitles: string[];
  docNumber: string | null;
  issuers: string[];
  dates: PolicyDates;
  kind: PolicyKind | null;
  genre: string | null;
  jurisdiction: string | null;
  role: PolicyRole | null;
  parent: string | null;
  sources: PolicySource[];
  /** Textual differences between copies, as the importer records them. */
  differences: Record<string, unknown>[];
  /** Overrides applied by the importer, each with its reason. */
  corrections: Record<string, unknown>[];
}

// ---------------------------------------------------------------------------------------------
// Root and scopes

/**
 * How a scope (the document body, or one attachment) is numbered: `articles` when paragraphs
 * start with 第X条 (laws, rules), `outline` otherwise (一、/（一）/1./（1） in 通知, 意见, 规划).
 */
export type PolicyMode = 'articles' | 'outline';

/** The document. */
export interface PolicyRoot extends Parent {
  type: 'policy';
  meta: PolicyMeta;
  /** The numbering mode of the body before the first attachment. */
  mode: PolicyMode;
  children: RootContent[];
}

/** 附件: an attachment after the body, with its own numbering, mode and closing lines. */
export interface Attachment extends Parent {
  type: 'attachment';
  id: string;
  /** 1 for 附件1 (and for an unnumbered 附件: the attachment's ordinal). */
  number: number;
  /** As written: `附件`, `附件1`, `附件 2`. */
  label: string;
  /** The title paragraph under the label (or after 附件1：), `''` if none. */
  title: string;
  mode: PolicyMode;
  children: ScopeContent[];
}

// ---------------------------------------------------------------------------------------------
// Content maps (augment these to add node types)

/** Blocks that may appear in any container. */
export interface BlockContentMap {
  text: Text;
  table: Table;
  box: Box;
}
/** What a scope (document body or attachment) holds at its top level. */
export interface ScopeContentMap extends BlockContentMap {
  part: Part;
  chapter: Chapter;
  section: Section;
  article: Article;
  outline: Outline;
  signature: Signature;
  dateline: Dateline;
}
/** What the root holds: a scope's content plus attachments. */
export interface RootContentMap extends ScopeContentMap {
  attachment: Attachment;
}

/** A block: text, table or box. */
export type BlockContent = BlockContentMap[keyof BlockContentMap];
/** A child of a scope (the body or an attachment). */
export type ScopeContent = ScopeContentMap[keyof ScopeContentMap];
/** A child of the root. */
export type RootContent = RootContentMap[keyof RootContentMap];

// ---------------------------------------------------------------------------------------------
// Article mode: 编 章 节 条 款 项 目

/** 第一编 总则. */
export interface Part extends Parent {
  type: 'part';
  id: string;
  number: number;
  /** As written: `第一编`. */
  label: string;
  /** The text after the label: `总则`. */
  title: string;
  children: Array<Chapter | Section | Article | Outline | BlockContent>;
}

/** 第一章 总则. */
export interface Chapter extends Parent {
  type: 'chapter';
  id: string;
  number: number;
  label: string;
  title: string;
  children: Array<Section | Article | Outline | BlockContent>;
}

/** 第二节 …, inside a chapter. */
export interface Section extends Parent {
  type: 'section';
  id: string;
  number: number;
  label: string;
  title: string;
  children: Array<Article | Outline | BlockContent>;
}

/**
 * 第三十六条: an article. Its text is in its 款 (clauses); the first clause is the text after
 * the label in the same paragraph, each later plain paragraph is the next clause.
 */
export interface Article extends Parent {
  type: 'article';
  id: string;
  number: number;
  /** 1 for 第三十六条之一; `null` for a plain article. */
  zhiyi: number | null;
  /** As written: `第三十六条`, `第三十六条之一`. */
  label: string;
  /** A caption in 【】 right after the label (第一条【立法目的】), without the brackets. */
  heading: string | null;
  children: Clause[];
}

/** 款: a paragraph of an article, numbered by position (第二款). */
export interface Clause extends Parent {
  type: 'clause';
  id: string;
  number: number;
  text: string;
  children: Array<Item | Subitem | BlockContent>;
}

/** 项: （一） inside an article. */
export interface Item extends Parent {
  type: 'item';
  id: string;
  number: number;
  /** As written: `（一）` or `(一)`. */
  label: string;
  /** The text after the label. */
  text: string;
  children: Array<Subitem | BlockContent>;
}

/** 目: 1. inside a 项. */
export interface Subitem extends Parent {
  type: 'subitem';
  id: string;
  number: number;
  /** As written: `1.`, `1．`, `1、`. */
  label: string;
  text: string;
  children: BlockContent[];
}

// ---------------------------------------------------------------------------------------------
// Outline mode

/**
 * An outline heading and what it governs: level 1 一、, 2 （一）, 3 1., 4 （1）. The level comes
 * from the marker's shape, so 1. directly under 一、 is level 3 with no level-2 parent.
 */
export interface Outline extends Parent {
  type: 'outline';
  id: string;
  level: 1 | 2 | 3 | 4;
  number: number;
  /** As written: `二、`, `(三)`, `1．`. */
  label: string;
  /** A short title that opens the paragraph (`指导思想` of `（一）指导思想。以…`), or `null`. */
  heading: string | null;
  /** The paragraph after the label, heading included. */
  text: string;
  children: Array<Outline | BlockContent>;
}

// ---------------------------------------------------------------------------------------------
// Blocks and closing lines

/** A plain paragraph. */
export interface Text extends Node {
  type: 'text';
  text: string;
}

/** A GFM table. */
export interface Table extends Parent {
  type: 'table';
  id: string;
  /** Ordinal of the table in its scope (the body or one attachment), from 1. */
  number: number;
  /** Column alignment as GFM gives it. */
  align: Array<'left' | 'right' | 'center' | null>;
  children: TableRow[];
}

/** A table row; the first row of a GFM table is its header. */
export interface TableRow extends Parent {
  type: 'tableRow';
  children: TableCell[];
}

/** A table cell. */
export interface TableCell extends Node {
  type: 'tableCell';
  text: string;
}

/** 专栏: a boxed panel (专栏1：title) with its own local numbering, until the box ends. */
export interface Box extends Parent {
  type: 'box';
  id: string;
  /** 1 for 专栏1 (an unnumbered box gets its ordinal). */
  number: number;
  /** As written: `专栏1`, `专栏 1`. */
  label: string;
  title: string;
  children: Array<Outline | Text | Table>;
}

/** The issuer lines closing a text, just before its date line. */
export interface Signature extends Node {
  type: 'signature';
  /** The paragraphs joined with `\n`. */
  text: string;
  /** One entry per issuer (paragraphs split at spaces). */
  names: string[];
}

/** The date line closing a text. */
export interface Dateline extends Node {
  type: 'dateline';
  text: string;
  /** ISO `YYYY-MM-DD`. */
  date: string;
}

// ---------------------------------------------------------------------------------------------
// Unions

/** Every node type. */
export type PolicyNode = PolicyRoot | RootContent | Clause | Item | Subitem | TableRow | TableCell;

/** Nodes that have children. */
export type PolicyParent = Extract<PolicyNode, { children: unknown }>;

/** Addressable units: the nodes that get an `id` and can be linked to. */
export type Unit = Extract<PolicyNode, { id: string }>;
