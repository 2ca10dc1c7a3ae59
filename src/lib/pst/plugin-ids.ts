/**
 * Plugin: gives every addressable unit a stable id derived from its numbers (spec.md, “Ids”),
 * spelled by the unit-address module (src/lib/address/id.ts) that every citation reader uses,
 * so fixing a typo in the text never changes a link. Duplicated numbering in the source would
 * give duplicate ids: the later ones get `_2`, `_3`… and a warning.
 */
import type { Transformer } from 'unified';
import { idSegment as seg, joinId } from '../address/id.ts';
import { unitLabel } from './labels.ts';
import { warn } from './messages.ts';
import type { Outline, PolicyParent, PolicyRoot, Unit } from './types.ts';

interface Context {
  /** `''` in the body, `att-1-` inside 附件1. */
  prefix: string;
  /** Id of the nearest unit that owns an outline numbering (chapter, box, attachment…), if any. */
  owner: string | null;
  /** The shallowest outline level under `owner`: its outlines' first id segment. */
  outlineBase: number;
  /** Outline ancestors under `owner`, outermost first. */
  outlines: ReadonlyArray<{ level: number; number: number }>;
  part: string | null;
  chapter: string | null;
  article: string | null;
  clause: string | null;
  item: string | null;
  /** Per-scope counters, shared by reference within a scope. */
  counters: { tables: number; boxes: number };
}

/** Assigns `id` (and table numbers) to every unit. */
export function pstIds(): Transformer<PolicyRoot> {
  return (tree, file) => {
    const seen = new Map<string, Unit>();
    const unique = (node: Unit, id: string): string => {
      const first = seen.get(id);
      if (!first) {
        seen.set(id, node);
        return id;
      }
      let k = 2;
      while (seen.has(`${id}_${k}`)) k++;
      const renamed = `${id}_${k}`;
      seen.set(renamed, node);
      const start = first.position?.start;
      const at = start ? ` (first at ${start.line}:${start.column})` : '';
      warn(file, `Duplicate id \`${id}\` for ${unitLabel(node)}${at}, using \`${renamed}\``, node.position?.start, 'duplicate-id');
      return renamed;
    };
    visit(tree, scope(tree, '', null), unique);
  };
}

type Unique = (node: Unit, id: string) => string;

/** A fresh context for the body (`prefix` '') or an attachment. */
function scope(node: PolicyParent, prefix: string, owner: string | null): Context {
  return {
    prefix,
    owner,
    outlineBase: outlineBase(node),
    outlines: [],
    part: null,
    chapter: null,
    article: null,
    clause: null,
    item: null,
    counters: { tables: 0, boxes: 0 },
  };
}

function visit(parent: PolicyParent, context: Context, unique: Unique): void {
  for (const child of parent.children) {
    if ('id' in child) visit(child, assign(child, context, unique), unique);
  }
}

/** Sets `node.id` and returns the context for its children. */
function assign(node: Unit, c: Context, unique: Unique): Context {
  const owner = (id: string): Context => ({ ...c, owner: id, outlineBase: outlineBase(node as PolicyParent), outlines: [] });
  switch (node.type) {
    case 'attachment':
      node.id = unique(node, seg.attachment(node.number));
      return scope(node, `${node.id}-`, node.id);
    case 'part':
      node.id = unique(node, c.prefix + seg.part(node.number));
      return { ...owner(node.id), part: node.id };
    case 'chapter':
      // Chapters start again at 第一章 in each 编, so inside a part they take its id.
      node.id = unique(node, c.part ? joinId(c.part, seg.chapter(node.number)) : c.prefix + seg.chapter(node.number));
      return { ...owner(node.id), chapter: node.id };
    case 'section':
      node.id = unique(node, c.chapter ? joinId(c.chapter, seg.section(node.number)) : c.prefix + seg.section(node.number));
      return owner(node.id);
    case 'article':
      node.id = unique(node, c.prefix + seg.article(node.number, node.zhiyi));
      return { ...c, article: node.id, clause: null, item: null };
    case 'clause':
      node.id = unique(node, joinId(c.article ?? c.prefix + seg.article(0, null), seg.clause(node.number)));
      return { ...c, clause: node.id, item: null };
    case 'item':
      node.id = unique(node, joinId(c.clause ?? orphanClause(c), seg.item(node.number)));
      return { ...c, item: node.id };
    case 'subitem':
      node.id = unique(node, joinId(c.item ?? joinId(c.clause ?? orphanClause(c), seg.item(0)), seg.subitem(node.number)));
      return c;
    case 'outline': {
      const path = [...c.outlines, { level: node.level, number: node.number }];
      const segments = Array.from({ length: Math.max(1, node.level - c.outlineBase + 1) }, () => 0);
      for (const step of path) if (step.level >= c.outlineBase) segments[step.level - c.outlineBase] = step.number;
      node.id = unique(node, joinId(c.owner, seg.outline(segments)));
      return { ...c, outlines: path };
    }
    case 'box': {
      c.counters.boxes += 1;
      if (node.number === 0) node.number = c.counters.boxes; // 专栏 without a number
      node.id = unique(node, c.prefix + seg.box(node.number));
      return owner(node.id);
    }
    case 'table':
      c.counters.tables += 1;
      node.number = c.counters.tables;
      node.id = unique(node, c.prefix + seg.table(node.number));
      return c;
  }
}

/** The 款 an item outside any 款 is filed under: 第零条第零款 of its scope (art-0-p0). */
function orphanClause(c: Context): string {
  return c.prefix + joinId(seg.article(0, null), seg.clause(0));
}

/** The shallowest outline level directly under `parent` (through outlines only), 1 if none. */
function outlineBase(parent: PolicyParent): number {
  let base = 5;
  const walk = (nodes: readonly unknown[]) => {
    for (const node of nodes as Outline[]) {
      if (node.type !== 'outline') continue;
      base = Math.min(base, node.level);
      walk(node.children);
    }
  };
  walk(parent.children);
  return base === 5 ? 1 : base;
}
