/**
 * Plugin: builds the hierarchy from the flat, classified children, scope by scope (the body,
 * then each attachment), and extends each container's position over what it contains.
 *
 * Mode, per scope: `articles` when it has two paragraphs starting with 第X条, or one and no
 * 一、 heading; else `outline`, where a stray 第X条 paragraph is plain text again.
 *
 * - articles: 编 > 章 > 节 > 条 > 款 > 项 > 目. A plain paragraph inside an article is its next
 *   款; （一） is a 项 of the current 款; 1. is a 目 of the current 项 (or of the 款 when there is
 *   no 项). Other outline markers inside an article are plain text of the current unit.
 * - outline: an outline heading closes every open outline of its level or deeper and opens
 *   under what remains; text, tables and boxes go into the innermost open container.
 * - 专栏 opens a box in the innermost container; it closes at the next box, heading, article,
 *   attachment, closing line, or at an outline heading that continues the text around it: one
 *   shallower than the box's outline parent, or at the parent's level and numbered above 1.
 * - Signatures, date lines and the list of attachments above them (附件：1.…) close everything
 *   and sit at the top of their scope.
 */
import type { Position } from 'unist';
import type { Transformer } from 'unified';
import { isClosingText, originOf } from './plugin-classify.ts';
import type { Article, Attachment, Clause, Item, Outline, PolicyMode, PolicyParent, PolicyRoot, RootContent, ScopeContent, Subitem } from './types.ts';

/** Nests the flat children of the root into units. */
export function pstNest(): Transformer<PolicyRoot> {
  return (tree) => {
    const scopes: Array<{ owner: PolicyRoot | Attachment; items: ScopeContent[] }> = [{ owner: tree, items: [] }];
    const top: RootContent[] = [];
    for (const node of tree.children) {
      if (node.type === 'attachment') {
        scopes.push({ owner: node, items: [] });
        top.push(node);
      } else {
        scopes.at(-1)?.items.push(node);
      }
    }
    for (const { owner, items } of scopes) {
      owner.mode = modeOf(items);
      const children = nestScope(owner.mode === 'articles' ? items : items.map(unarticle));
      if (owner.type === 'policy') top.unshift(...children);
      else owner.children = children;
    }
    tree.children = top;
    extendPositions(tree);
  };
}

/** Articles mode when paragraphs start with 第X条: two of them, or one and no 一、. */
function modeOf(items: readonly ScopeContent[]): PolicyMode {
  const articles = items.filter((node) => node.type === 'article').length;
  const outlines = items.filter((node) => node.type === 'outline' && node.level === 1).length;
  return articles >= 2 || (articles === 1 && outlines === 0) ? 'articles' : 'outline';
}

/** In outline mode a 第X条 paragraph is just text again. */
function unarticle(node: ScopeContent): ScopeContent {
  return node.type === 'article' ? (originOf(node) ?? node) : node;
}

/** A container on the stack; the scope itself is a pseudo-container at the bottom. */
type Open = PolicyParent | { type: 'scope'; children: ScopeContent[] };

function nestScope(items: readonly ScopeContent[]): ScopeContent[] {
  const scope: Open = { type: 'scope', children: [] };
  const stack: Open[] = [scope];
  const top = (): Open => stack.at(-1) ?? scope;
  const popUntil = (done: (node: Open) => boolean) => {
    while (stack.length > 1 && !done(top())) stack.pop();
  };
  // The cases below only put a node where types.ts allows it; the checker cannot follow a
  // stack, hence the one loose cast.
  const append = (node: unknown) => (top().children as unknown[]).push(node);
  const open = (node: Open) => {
    append(node);
    stack.push(node);
  };

  for (const node of items) {
    switch (node.type) {
      case 'part':
        popUntil(() => false);
        open(node);
        break;
      case 'chapter':
        popUntil((x) => x.type === 'part');
        open(node);
        break;
      case 'section':
        popUntil((x) => x.type === 'part' || x.type === 'chapter');
        open(node);
        break;
      case 'article':
        popUntil((x) => x.type === 'part' || x.type === 'chapter' || x.type === 'section');
        open(node);
        if (node.children[0]) stack.push(node.children[0]);
        break;
      case 'box':
        popUntil((x) => !isInBox(stack, x));
        open(node);
        break;
      case 'outline':
        closeBoxFor(stack, node);
        if (articleOf(stack)) placeInArticle(stack, node);
        else {
          popUntil((x) => !(x.type === 'outline' && x.level >= node.level));
          open(node);
        }
        break;
      case 'text': {
        const article = articleOf(stack);
        if (isClosingText(node)) {
          popUntil(() => false);
          append(node);
        } else if (article) {
          popUntil((x) => x === article);
          open(clauseOf(article, node.text, node.position));
        } else append(node);
        break;
      }
      case 'table':
        append(node);
        break;
      case 'signature':
      case 'dateline':
        popUntil(() => false);
        append(node);
        break;
    }
  }
  return scope.children;
}

/** The article being filled, unless a box is open inside it (a box has its own numbering). */
function articleOf(stack: readonly Open[]): Article | null {
  for (let i = stack.length - 1; i >= 0; i--) {
    const node = stack[i];
    if (node?.type === 'box') return null;
    if (node?.type === 'article') return node;
  }
  return null;
}

/** Whether `node` is a box or inside one on the stack. */
function isInBox(stack: readonly Open[], node: Open): boolean {
  const at = stack.indexOf(node);
  return stack.slice(0, at + 1).some((x) => x.type === 'box');
}

/** 项 and 目 of an article; other outline markers are text of the current unit. */
function placeInArticle(stack: Open[], node: Outline): void {
  const at = (type: string) => stack.findLastIndex((x) => x.type === type);
  const articleAt = at('article');
  const article = stack[articleAt] as Article;
  if (node.level === 2 || node.level === 3) {
    let clauseAt = at('clause');
    if (clauseAt < articleAt) {
      // 第五条 alone on its line, then （一）: the 项 hang on an empty, generated first 款.
      const clause = clauseOf(article, '', undefined);
      article.children.push(clause);
      stack.length = articleAt + 1;
      stack.push(clause);
      clauseAt = articleAt + 1;
    }
    const itemAt = at('item');
    if (node.level === 2 || itemAt < clauseAt) {
      stack.length = clauseAt + 1;
    } else {
      stack.length = itemAt + 1;
    }
    const unit: Item | Subitem = {
      type: node.level === 2 ? 'item' : 'subitem',
      id: '',
      number: node.number,
      label: node.label,
      text: node.text,
      children: [],
    } as Item | Subitem;
    if (node.position) unit.position = node.position;
    (stack.at(-1)?.children as unknown[]).push(unit);
    stack.push(unit);
    return;
  }
  const text = originOf(node);
  if (!text) return;
  if (stack.at(-1) === article) {
    const clause = clauseOf(article, text.text, text.position);
    article.children.push(clause);
    stack.push(clause);
  } else (stack.at(-1)?.children as unknown[]).push(text);
}

/** The next 款 of `article`, numbered by position. */
function clauseOf(article: Article, text: string, position: Position | undefined): Clause {
  const clause: Clause = { type: 'clause', id: '', number: article.children.length + 1, text, children: [] };
  if (position) clause.position = position;
  return clause;
}

/** Closes the innermost open box when `node` continues the text around it. */
function closeBoxFor(stack: Open[], node: Outline): void {
  const boxAt = stack.findLastIndex((x) => x.type === 'box');
  if (boxAt < 0) return;
  const parent = stack.slice(0, boxAt).findLast((x): x is Outline => x.type === 'outline');
  const parentLevel = parent?.level ?? 1;
  const continues = node.level < parentLevel || (node.level === parentLevel && (parent === undefined || node.number !== 1));
  if (continues) stack.length = boxAt;
}

/** Sets each container's end to the end of its last descendant. */
function extendPositions(node: { position?: Position; children?: unknown }): Position['end'] | undefined {
  let end = node.position?.end;
  const children = Array.isArray(node.children) ? (node.children as Array<{ position?: Position; children?: unknown }>) : [];
  for (const child of children) {
    const childEnd = extendPositions(child);
    if (childEnd && (!end || (childEnd.offset ?? 0) > (end.offset ?? 0))) end = childEnd;
  }
  if (node.position && end) node.position = { start: node.position.start, end };
  return end;
}
