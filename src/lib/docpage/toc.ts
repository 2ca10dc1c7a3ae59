/**
 * The table of contents of a document: 编/章/节 with their articles for laws and rules; the top
 * two outline levels (一、 and （一）) for policy documents; 专栏 and 附件 wherever they stand.
 * Deeper outline items (1. and （1）), 款/项/目 and tables are left to the text.
 */
import { unitLabel, type PolicyNode, type PolicyParent } from '../pst/index.ts';

/** One entry of the table of contents. */
export interface TocEntry {
  /** The unit id, the fragment the entry links to. */
  id: string;
  /** `heading` for 编/章/节/附件/专栏 and outline items; `article` for 条, which are listed compactly. */
  kind: 'heading' | 'article';
  /** The label as the text writes it (`第一章`, `（三）`, `专栏1`); articles get the canonical `第三十六条`. */
  label: string;
  /** `总则`, `发展环境`, a box's title, an article's 【caption】, or the opening words of an untitled item; may be `''`. */
  title: string;
  children: TocEntry[];
}

/** How many outline levels the table of contents shows. */
const OUTLINE_DEPTH = 2;
/** How much of an untitled outline item's text stands in for its title. */
const SNIPPET = 24;

/**
 * The table of contents of a parsed document, in document order.
 *
 * @example
 *   buildToc(zyjyf)[0]          // { id: 'ch-1', label: '第一章', title: '总则', children: [{ id: 'art-1', kind: 'article', … }, …] }
 *   buildToc(rsbf202186)[1]     // { id: 's2', label: '二、', title: '总体要求', children: [{ id: 's2-1', … }, { id: 's2-2', children: [{ id: 'box-1', label: '专栏1', … }] }] }
 */
export function buildToc(tree: PolicyParent): TocEntry[] {
  return collect(tree.children, 0);
}

function collect(nodes: readonly PolicyNode[], outlineDepth: number): TocEntry[] {
  const out: TocEntry[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'part':
      case 'chapter':
      case 'section':
      case 'attachment':
        out.push({ id: node.id, kind: 'heading', label: node.label, title: node.title, children: collect(node.children, 0) });
        break;
      case 'box':
        // A box's own items (1. 2. …) are its content, not the document's outline.
        out.push({ id: node.id, kind: 'heading', label: node.label, title: node.title, children: [] });
        break;
      case 'article':
        out.push({ id: node.id, kind: 'article', label: unitLabel(node), title: node.heading ?? '', children: [] });
        break;
      case 'outline':
        if (outlineDepth < OUTLINE_DEPTH) {
          out.push({
            id: node.id,
            kind: 'heading',
            label: node.label,
            title: node.heading ?? snippet(node.text),
            children: collect(node.children, outlineDepth + 1),
          });
        } else {
          // Too deep to list, but a 专栏 inside it still belongs in the contents.
          out.push(...collect(node.children, outlineDepth + 1));
        }
        break;
      default:
        break;
    }
  }
  return out;
}

/** The opening words of a text, up to its first stop or {@link SNIPPET} characters. */
export function snippet(text: string, max = SNIPPET): string {
  const first = text.split(/[。；：！？\n]/u)[0] ?? '';
  const chars = [...first];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : first;
}
