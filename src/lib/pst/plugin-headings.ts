/**
 * Plugin: finds the short title each outline opens with (`指导思想` of `（一）指导思想。以…`).
 * It runs after nesting because a lone short sentence is a heading only when something hangs
 * under it (patterns.ts, `outlineHeading`).
 */
import type { Transformer } from 'unified';
import { outlineHeading } from './patterns.ts';
import type { PolicyParent, PolicyRoot } from './types.ts';

/** Sets `heading` on every outline. */
export function pstHeadings(): Transformer<PolicyRoot> {
  return (tree) => {
    const walk = (parent: PolicyParent) => {
      for (const child of parent.children) {
        if (child.type === 'outline') child.heading = outlineHeading(child.text, child.children.length > 0);
        if ('children' in child) walk(child);
      }
    };
    walk(tree);
  };
}
