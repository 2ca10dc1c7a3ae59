/**
 * Relations stated in the text (issue 4, item 4): a document that 废止 another (…《X》同时废止),
 * one revised by another (根据…《X》修订), a 实施意见 that implements a national 意见, and the
 * 印发 relation that the importer records as parent/children. Read after citations are resolved,
 * so each relation names its other side by id when that document is in the library.
 */
import type { PolicyRoot } from '../pst/index.ts';
import type { Library } from './library.ts';
import type { Citation } from './resolve.ts';

/** A relation between two documents; `to` is null when the other side is not in the library. */
export interface Relation {
  type: 'repeals' | 'revisedBy' | 'implements' | 'issues';
  from: string;
  to: string | null;
  /** The other side as written, for documents not in the library. */
  title: string | null;
  /** The sentence that states it. */
  evidence: string;
}

type WithCitations = { text?: string; citations?: Citation[]; children?: unknown[] };

/** The relations one document states. */
export function relationsOf(tree: PolicyRoot, library: Library): Relation[] {
  const out: Relation[] = [];
  const from = tree.meta.id;
  const visit = (node: WithCitations) => {
    if (typeof node.text === 'string' && node.citations) {
      for (const c of node.citations) {
        const after = node.text.slice(c.end, c.end + 12);
        const before = node.text.slice(Math.max(0, c.start - 30), c.start);
        const to = c.target.type === 'document' ? c.target.docId : null;
        const title = c.target.type === 'external' ? c.target.title : null;
        if (/^[^，。；]{0,4}同时废止/.test(after)) out.push({ type: 'repeals', from, to, title, evidence: excerpt(node.text, c.start) });
        if (/根据[^，。；]{0,20}$/.test(before) && /^[^，。；]{0,4}修订/.test(after))
          out.push({ type: 'revisedBy', from, to, title, evidence: excerpt(node.text, c.start) });
      }
    }
    for (const child of node.children ?? []) visit(child as WithCitations);
  };
  visit(tree as unknown as WithCitations);
  // 关于贯彻落实X的实施意见 / 关于X的实施意见 implements 关于X的意见.
  const m = /^(?:.*?关于)?(?:贯彻落实|贯彻)?(.+?)的实施意见$/.exec(tree.meta.title);
  if (m && tree.meta.kind !== '新闻') {
    const national = library.byTitleText(`关于${m[1]!.replace(/^关于/, '')}的意见`);
    if (national && national.id !== from) out.push({ type: 'implements', from, to: national.id, title: null, evidence: tree.meta.title });
  }
  if (tree.meta.parent && tree.meta.role === 'embedded') {
    const parent = library.documents.get(tree.meta.parent);
    if (parent?.role === 'wrapper') out.push({ type: 'issues', from: parent.id, to: from, title: null, evidence: parent.title });
  }
  return out;
}

function excerpt(text: string, at: number): string {
  const start = Math.max(0, text.lastIndexOf('。', at) + 1);
  const end = text.indexOf('。', at);
  return text.slice(start, end === -1 ? undefined : end + 1).trim();
}
