/**
 * The parser reports, it does not throw: every problem is a vfile warning with a place in the
 * `.md` file, printed by callers as `file:line:column: reason`.
 */
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';

/** The rule ids of parser messages, one per kind of problem. */
export type PstRuleId = 'frontmatter' | 'unexpected-markdown' | 'numbering-start' | 'numbering-skip' | 'numbering-order' | 'duplicate-id' | 'internal-error';

/** Adds a warning from the parser (`source: 'pst'`) to `file`. */
export function warn(file: VFile, reason: string, place: Position | Point | undefined, ruleId: PstRuleId): void {
  file.message(reason, { place, ruleId, source: 'pst' });
}
