/**
 * Results as answers: consecutive ranks grouped under their document, the document placed at
 * its best clause's rank, so the first answer stays first and several documents still show
 * near the top when the question spans documents.
 */

/** Items of one document, in rank order. */
export interface ResultGroup<T> {
  doc: string;
  items: T[];
}

/**
 * Groups ranked items by document, documents in the order of their best item. A group holds at
 * most `max` items: a document's further items open a new group where the first of them ranks,
 * so one long document cannot push every other document off the first screen.
 *
 * @example
 *   groupByDocument([{ doc: 'a' }, { doc: 'b' }, { doc: 'a' }]).map((g) => [g.doc, g.items.length])
 *   // [['a', 2], ['b', 1]]
 */
export function groupByDocument<T extends { doc: string }>(items: readonly T[], max = 3): Array<ResultGroup<T>> {
  const out: Array<ResultGroup<T>> = [];
  const open = new Map<string, ResultGroup<T>>();
  for (const item of items) {
    let group = open.get(item.doc);
    if (!group || group.items.length >= max) {
      group = { doc: item.doc, items: [] };
      out.push(group);
      open.set(item.doc, group);
    }
    group.items.push(item);
  }
  return out;
}
