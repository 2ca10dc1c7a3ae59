/**
 * Plugin: the issuer lines just above a date line become one `signature` node
 * (人力资源社会保障部办公厅 / 中共中央办公厅 + 国务院办公厅 / 人力资源社会保障部 教育部 …).
 *
 * A signature line is a short paragraph of names: no digits, no sentence or list punctuation,
 * no structural marker, not 特此通知. At most four such paragraphs are taken.
 */
import type { Transformer } from 'unified';
import { matchMarker } from './patterns.ts';
import type { PolicyRoot, RootContent, Signature, Text } from './types.ts';

const MAX_LINES = 4;
const NAME_LINE = /^[\p{Script=Han}（）()·\s\u3000]{2,60}$/u;

/** Merges the name paragraphs before each date line into a signature. */
export function pstClosing(): Transformer<PolicyRoot> {
  return (tree) => {
    const out: RootContent[] = [];
    for (const node of tree.children) {
      if (node.type === 'dateline') {
        const lines: Text[] = [];
        while (lines.length < MAX_LINES) {
          const previous = out.at(-1);
          if (previous?.type !== 'text' || !isNameLine(previous.text)) break;
          lines.unshift(previous);
          out.pop();
        }
        if (lines.length > 0) out.push(signature(lines));
      }
      out.push(node);
    }
    tree.children = out;
  };
}

/** Whether a paragraph reads as issuer names. */
function isNameLine(text: string): boolean {
  const trimmed = text.trim();
  return NAME_LINE.test(trimmed) && !/^(?:特此|此复)/.test(trimmed) && matchMarker(trimmed) === null;
}

function signature(lines: readonly Text[]): Signature {
  const texts = lines.map((line) => line.text.trim());
  const node: Signature = {
    type: 'signature',
    text: texts.join('\n'),
    names: texts.flatMap((text) => text.split(/[\s\u3000]+/u)).filter((name) => name !== ''),
  };
  const first = lines[0]?.position;
  const last = lines.at(-1)?.position;
  if (first && last) node.position = { start: first.start, end: last.end };
  return node;
}
