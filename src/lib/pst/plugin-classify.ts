/**
 * Plugin: classifies each flat `text` paragraph by what it opens with (patterns.ts) and turns
 * it into the node it starts — part, chapter, section, article (with its first 款), outline,
 * box, attachment or dateline — still flat; nesting comes later.
 *
 * Two things need a little context, carried paragraph to paragraph:
 * - 附件 before the closing date line is the list of attachments (附件：1.… 2.…), plain text;
 *   after it, or as a bare `附件1` line, it starts an attachment whose title is the next short
 *   paragraph.
 * - A date line is a paragraph that is a date and nothing else.
 */
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { parseChineseDate } from '../text/index.ts';
import { getSourceText, positionOf, setSourceText, sliceSourceText, type SourceText } from './offsets.ts';
import { isHeadingText, matchMarker, type Marker } from './patterns.ts';
import type { Article, Attachment, Box, Clause, Dateline, Outline, PolicyRoot, RootContent, Text } from './types.ts';

const origins = new WeakMap<RootContent, Text>();
const closing = new WeakSet<Text>();

/** The paragraph a classified node was made from, to fall back to when context rejects it. */
export function originOf(node: RootContent): Text | undefined {
  return origins.get(node);
}

/**
 * Whether a plain paragraph belongs to the closing of its text rather than to the last unit:
 * the list of attachments (附件：1.… 2.…) above the signature.
 */
export function isClosingText(node: Text): boolean {
  return closing.has(node);
}

/** Replaces each recognised paragraph by the node it starts. */
export function pstClassify(): Transformer<PolicyRoot> {
  return (tree, file) => {
    const out: RootContent[] = [];
    let closed = false; // a date line has ended the current text
    let inList = false; // inside 附件：1.… 2.…
    let listed = false; // the list has been seen, so the next 附件… starts an attachment
    let titleFor: Attachment | null = null;
    let attachments = 0;

    for (const node of tree.children) {
      if (node.type !== 'text') {
        out.push(node);
        titleFor = null;
        continue;
      }
      const source = getSourceText(node);
      if (!source) {
        out.push(node);
        continue;
      }
      if (titleFor) {
        const attachment = titleFor;
        titleFor = null;
        if (isHeadingText(node.text) && matchMarker(node.text) === null && node.text.trim() !== '') {
          attachment.title = node.text.trim();
          if (attachment.position && node.position) attachment.position.end = node.position.end;
          continue;
        }
      }
      if (inList && /^\s*[0-9０-９]+[.．、]/.test(node.text)) {
        closing.add(node);
        out.push(node);
        continue;
      }
      inList = false;

      const date = parseChineseDate(node.text);
      if (date !== null) {
        const dateline: Dateline = { type: 'dateline', text: node.text.trim(), date, position: positionOf(file, source, ...trimmed(node.text)) };
        out.push(remember(dateline, node));
        closed = true;
        continue;
      }

      const marker = matchMarker(node.text);
      if (marker?.kind === 'attachment') {
        const bare = marker.rest.trim() === '' && !/[:：]/.test(node.text);
        if (!bare && !closed && !listed && attachments === 0) {
          inList = listed = true; // 附件：1.… — the list under the text, before its signature
          closing.add(node);
          out.push(node);
          continue;
        }
        attachments += 1;
        closed = false;
        const attachment = makeAttachment(marker, attachments, source, file);
        if (attachment.title === '') titleFor = attachment;
        out.push(remember(attachment, node));
        continue;
      }
      const made = marker ? build(marker, source, file) : null;
      out.push(made ? remember(made, node) : node);
    }
    tree.children = out;
  };
}

function remember<T extends RootContent>(node: T, origin: Text): T {
  origins.set(node, origin);
  return node;
}

function build(marker: Marker, source: SourceText, file: VFile): RootContent | null {
  const label = source.text.slice(marker.labelStart, marker.labelEnd);
  const position = positionOf(file, source, ...trimmed(source.text));
  const number = marker.number ?? 0;
  switch (marker.kind) {
    case 'part':
    case 'chapter':
    case 'section':
      return { type: marker.kind, id: '', number, label, title: marker.rest.trim(), children: [], position };
    case 'article':
      return makeArticle(marker, label, source, file);
    case 'outline': {
      const node: Outline = {
        type: 'outline',
        id: '',
        level: marker.level ?? 1,
        number,
        label,
        heading: null, // set once nested, see plugin-headings.ts
        text: marker.rest,
        children: [],
        position,
      };
      return node;
    }
    case 'box': {
      const node: Box = { type: 'box', id: '', number, label, title: marker.rest.trim(), children: [], position };
      return node;
    }
    default:
      return null;
  }
}

function makeArticle(marker: Marker, label: string, source: SourceText, file: VFile): Article {
  const article: Article = {
    type: 'article',
    id: '',
    number: marker.number ?? 0,
    zhiyi: marker.zhiyi,
    label,
    heading: null,
    children: [],
    position: positionOf(file, source, ...trimmed(source.text)),
  };
  let from = marker.restStart;
  const caption = /^【([^】]*)】[ \t\u3000\u00a0]*/.exec(marker.rest);
  if (caption) {
    article.heading = caption[1] ?? '';
    from += caption[0].length;
  }
  const [, end] = trimmed(source.text);
  if (from < end) {
    const rest = sliceSourceText(source, from, end);
    const clause: Clause = { type: 'clause', id: '', number: 1, text: rest.text, children: [], position: positionOf(file, rest) };
    setSourceText(clause, rest);
    article.children.push(clause);
  }
  return article;
}

function makeAttachment(marker: Marker, ordinal: number, source: SourceText, file: VFile): Attachment {
  return {
    type: 'attachment',
    id: '',
    number: marker.number ?? ordinal,
    label: source.text.slice(marker.labelStart, marker.labelEnd),
    title: marker.rest.trim(),
    mode: 'outline',
    children: [],
    position: positionOf(file, source, ...trimmed(source.text)),
  };
}

/** `[start, end)` of `text` without its leading and trailing spaces. */
function trimmed(text: string): [number, number] {
  const start = text.length - text.trimStart().length;
  return [start, Math.max(start, text.trimEnd().length)];
}
