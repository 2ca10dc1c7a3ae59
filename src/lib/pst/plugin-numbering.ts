/**
 * Plugin: checks the numbering the source wrote — a skipped or out-of-order 第X条, （X）, 1. or
 * 第X章 is reported at the paragraph that has it. Exact duplicates are left to the ids plugin,
 * which renames them and says so.
 *
 * Articles and boxes are numbered through their scope (the body, or one attachment), across
 * chapters. Every other unit is numbered among its siblings (outlines per level), and an
 * outline may also continue the numbering of its level from the previous parent: 意见 and
 * 规划 number （一）…（三十） straight through their 一、 二、 sections, so （三） may open 二、.
 */
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { unitLabel } from './labels.ts';
import { warn } from './messages.ts';
import type { PolicyParent, PolicyRoot, Unit } from './types.ts';

type Numbered = Exclude<Unit, { type: 'clause' | 'table' }>;

const SIBLING_NUMBERED = new Set(['part', 'chapter', 'section', 'item', 'subitem', 'outline', 'attachment']);

/** Warns about numbering gaps and reversals. */
export function pstNumbering(): Transformer<PolicyRoot> {
  return (tree, file) => {
    const scopes: PolicyParent[] = [tree, ...tree.children.filter((node) => node.type === 'attachment')];
    for (const scope of scopes) {
      const through: Numbered[] = [];
      walk(scope, { through, lastOutline: new Map() }, file);
      sequence(
        through.filter((node) => node.type === 'article'),
        file,
      );
      sequence(
        through.filter((node) => node.type === 'box'),
        file,
      );
    }
  };
}

interface ScopeState {
  /** Articles and boxes, in document order. */
  through: Numbered[];
  /** The last outline number seen at each level in the scope. */
  lastOutline: Map<number, number>;
}

/** Checks sibling sequences in document order and collects the scope-wide ones. */
function walk(parent: PolicyParent, state: ScopeState, file: VFile): void {
  const previous = new Map<string, Numbered>();
  for (const child of parent.children) {
    if (child.type === 'article' || child.type === 'box') state.through.push(child);
    else if (SIBLING_NUMBERED.has(child.type) && 'number' in child) {
      const node = child as Numbered;
      const group = node.type === 'outline' ? `outline-${node.level}` : node.type;
      const continued = node.type === 'outline' ? (state.lastOutline.get(node.level) ?? 0) + 1 : null;
      const kept = step(node, previous.get(group) ?? null, continued, file);
      previous.set(group, kept);
      if (node.type === 'outline') state.lastOutline.set(node.level, Math.max(node.number, state.lastOutline.get(node.level) ?? 0));
    }
    if ('children' in child && child.type !== 'attachment') walk(child, state, file);
  }
}

/** Checks a whole sequence, first to last. */
function sequence(nodes: readonly Numbered[], file: VFile): void {
  let previous: Numbered | null = null;
  for (const node of nodes) previous = step(node, previous, null, file);
}

/**
 * Checks `node` against the previous number of its sequence and returns what the next one
 * counts from: `node`, or `previous` again when `node` went back (1 2 4 3 5 is one reversal,
 * not three problems). A first node must be 1, or `continued` when that is allowed.
 */
function step(node: Numbered, previous: Numbered | null, continued: number | null, file: VFile): Numbered {
  const [n, z] = key(node);
  const place = node.position?.start;
  if (!previous) {
    if ((n !== 1 || z !== 0) && n !== continued) {
      const expected = labelAs(node, 1, 0) + (continued !== null && continued > 1 ? ` or ${labelAs(node, continued, 0)}` : '');
      warn(file, `Unexpected first number: expected ${expected}, found ${unitLabel(node)}`, place, 'numbering-start');
    }
    return node;
  }
  const [pn, pz] = key(previous);
  const [en, ez] = z > 0 && n === pn ? [pn, pz + 1] : [pn + 1, 0];
  if (n === pn && z === pz) return previous; // a duplicate: the ids plugin reports it
  if (n === en && z === ez) return node;
  const after = `expected ${labelAs(node, en, ez)} after ${unitLabel(previous)}, found ${unitLabel(node)}`;
  if (n > pn || (n === pn && z > pz)) {
    warn(file, `Skipped number: ${after}`, place, 'numbering-skip');
    return node;
  }
  warn(file, `Out-of-order number: ${after}`, place, 'numbering-order');
  return previous;
}

function key(node: Numbered): [number, number] {
  return [node.number, node.type === 'article' ? (node.zhiyi ?? 0) : 0];
}

/** The label `node` would have with another number. */
function labelAs(node: Numbered, number: number, zhiyi: number): string {
  return node.type === 'article' ? unitLabel({ ...node, number, zhiyi: zhiyi || null }) : unitLabel({ ...node, number });
}
