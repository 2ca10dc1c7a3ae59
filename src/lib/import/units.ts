/**
 * Links that existed stay meaningful: when a re-import removes a unit (a phantom 款 that was a
 * wrong paragraph split, an outline item that was a glued heading), its id is listed in the
 * document's frontmatter as `renamedUnits: { <old id>: <surviving id> }`, where the surviving id
 * is the nearest unit that still exists (its article, or its parent item). The document page
 * turns each entry into an anchor with a short note, so an old unit URL lands on its unit.
 * Entries written by earlier imports are kept, so re-running the importer changes nothing.
 */
import { parse } from 'yaml';
import { parsePolicy, plainText, visitUnits } from '../pst/index.ts';

/** Old unit id → the surviving unit it now lands on. */
export type RenamedUnits = Record<string, string>;

/** The units of a corpus Markdown file in document order: id → text without white space. */
export function unitTexts(markdown: string): Map<string, string> {
  const units = new Map<string, string>();
  visitUnits(parsePolicy(markdown).tree, (u) => {
    units.set(u.id, plainText(u).replace(/[\s\u3000]+/g, ''));
  });
  return units;
}

/** The `renamedUnits` an existing corpus file carries. */
export function carriedRenames(markdown: string): RenamedUnits {
  const m = /^---\n([\s\S]*?)\n---/.exec(markdown);
  if (!m) return {};
  const fm = parse(m[1]!) as { renamedUnits?: unknown };
  const r = fm.renamedUnits;
  if (!r || typeof r !== 'object') return {};
  return Object.fromEntries(Object.entries(r as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/**
 * The nearest surviving unit of a removed id: drop its last segment until one exists
 * (art-2-p2 → art-2; s2-3-1 → s2-3 → s2). Null if none does.
 */
export function nearestSurvivor(id: string, alive: ReadonlySet<string>): string | null {
  // A repeated number's id (s3_2: a second 三、) stands for the same place as its first.
  let cur = id.replace(/_\d+(?=-|$)/g, '');
  if (cur !== id && alive.has(cur)) return cur;
  while (cur.includes('-')) {
    cur = cur.slice(0, cur.lastIndexOf('-'));
    if (alive.has(cur)) return cur;
  }
  return null;
}

/** What a re-import did to the units of a document. */
export interface UnitChanges {
  /** Ids that no longer exist → the unit that now holds their text (or the nearest survivor). */
  removed: RenamedUnits;
  /** Ids that still exist but now name other text → the unit that holds their old text. */
  renamed: RenamedUnits;
}

/**
 * The unit changes of a document between `before` (the file as committed) and `after`: each
 * old unit is found again by its text (the same text, else the smallest unit containing it),
 * else it lands on its nearest surviving ancestor. Removed ids that `before` already carried in
 * `renamedUnits` are kept.
 */
export function unitChanges(before: string | undefined, after: string): UnitChanges {
  const removed: RenamedUnits = {};
  const renamed: RenamedUnits = {};
  if (before === undefined) return { removed, renamed };
  const now = unitTexts(after);
  const alive = new Set(now.keys());
  for (const [old, target] of Object.entries(carriedRenames(before))) {
    if (alive.has(old)) continue;
    const to = alive.has(target) ? target : nearestSurvivor(old, alive);
    if (to) removed[old] = to;
  }
  const holder = (text: string): string | null => {
    let best: string | null = null;
    for (const [id, t] of now) {
      if (t === text) return id;
      if (text !== '' && t.includes(text) && (best === null || t.length < now.get(best)!.length)) best = id;
    }
    // Cells that were fused into one paragraph now stand in a table, in another order: the
    // smallest unit that holds nearly all of the old text's characters.
    if (best === null && text.length >= 8) {
      for (const [id, t] of now) {
        // Only a table: a paragraph that merely shares most characters (2.职业技能…方案 and
        // （二）…职业技能…方案…) does not hold the text.
        if (!TABLE_ID.test(id)) continue;
        if (t.length >= text.length && covers(t, text) && (best === null || t.length < now.get(best)!.length)) best = id;
      }
    }
    return best;
  };
  for (const [id, text] of unitTexts(before)) {
    if (alive.has(id) && now.get(id) === text) continue;
    if (id in removed) continue;
    const to = holder(text) ?? nearestSurvivor(id, alive);
    if (!to || to === id) continue;
    if (alive.has(id)) renamed[id] = to;
    else removed[id] = to;
  }
  const sorted = (r: RenamedUnits) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
  return { removed: sorted(removed), renamed: sorted(renamed) };
}

/** A table's unit id (tbl-1, box-2-tbl-1; the segment address/id.ts spells as idSegment.table). */
const TABLE_ID = /(?:^|-)tbl-\d+$/;

/** Whether `text` holds at least 90% of the characters of `part` (as a multiset). */

function covers(text: string, part: string): boolean {
  const bag = new Map<string, number>();
  for (const c of text) bag.set(c, (bag.get(c) ?? 0) + 1);
  let hit = 0;
  for (const c of part) {
    const n = bag.get(c) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(c, n - 1);
    }
  }
  return hit >= [...part].length * 0.9;
}
