/**
 * Resolving a clause reference against the units of one document: the unit whose citation the
 * reference names, allowing for the ways people shorten citations, else its nearest ancestor.
 */
import { formatUnitPath, parseUnitPath, type UnitPath, type UnitStep } from '../address/index.ts';
import { CHINESE_NUMERAL } from '../text/index.ts';

/** What resolution needs of a unit: its id and its citation inside the document (`listUnits`). */
export interface CitedUnit {
  id: string;
  citation: string;
}

/** The unit a reference resolved to; `exact` is false when only an ancestor exists. */
export interface ClauseMatch extends CitedUnit {
  exact: boolean;
}

/**
 * Finds the unit `ref` names among `units`:
 *
 * 1. the unit whose citation is the reference's canonical citation (第三十六条第二款第三项);
 * 2. 第一款 named where the article has a single 款 (citations leave it out);
 * 3. a 项 named without its 款 (第三十六条第三项) when exactly one 款 of the article has it;
 * 4. an outline item named without its parents (（五） for 二（五）) when exactly one matches;
 * 5. otherwise, with `exact: false`: for an outline path that does not exist (二（三） where
 *    （三） is under 三), the one item with its last number; else the nearest existing ancestor
 *    (第三十六条第九款 → 第三十六条).
 *
 * A lone number (`30`) is an article if the document has one, else a 一、 item.
 *
 * @example resolveClause(parseUnitPath('第36条第2款第3项')!, units) // { id: 'art-36-p2-i3', …, exact: true }
 */
export function resolveClause(ref: UnitPath, units: readonly CitedUnit[]): ClauseMatch | null {
  const byCitation = new Map<string, CitedUnit>();
  for (const unit of units) if (!byCitation.has(unit.citation)) byCitation.set(unit.citation, unit);
  const readings = readingsOf(ref);
  for (const reading of readings) {
    const found = find(reading, byCitation, units);
    if (found) return { ...found, exact: true };
  }
  // 二（三） where （三） sits under 三 (numbering that runs through the document): the item
  // the more specific number names, if only one has it.
  for (const reading of readings) {
    if (reading.length < 2 || !reading.every((s) => s.type === 'outline')) continue;
    const found = find(reading.slice(-1), byCitation, units);
    if (found) return { ...found, exact: false };
  }
  for (const reading of readings) {
    for (let n = reading.length - 1; n > 0; n--) {
      const found = find(reading.slice(0, n), byCitation, units);
      if (found) return { ...found, exact: false };
    }
  }
  return null;
}

/** The ways to read a reference: a lone number as an article, then as a 一、 item. */
function readingsOf(ref: UnitPath): UnitPath[] {
  const [only] = ref;
  if (ref.length === 1 && only?.type === 'number') {
    return [[{ type: 'article', number: only.number, zhiyi: null }], [{ type: 'outline', level: 1, number: only.number }]];
  }
  return [ref];
}

function find(ref: UnitPath, byCitation: ReadonlyMap<string, CitedUnit>, units: readonly CitedUnit[]): CitedUnit | undefined {
  const exact = byCitation.get(formatUnitPath(ref));
  if (exact) return exact;

  // 第一款 of a single-款 article is not cited.
  const firstClause = ref.findIndex((s) => s.type === 'clause' && s.number === 1);
  if (firstClause !== -1) {
    const single = byCitation.get(formatUnitPath(ref.filter((_, i) => i !== firstClause)));
    if (single) return single;
  }

  // 第三十六条第三项: the one 款 of the article that has a 第三项.
  const article = ref.findIndex((s) => s.type === 'article');
  const item = ref.findIndex((s) => s.type === 'item');
  if (article !== -1 && item === article + 1) {
    const head = formatUnitPath(ref.slice(0, item));
    const tail = formatUnitPath(ref.slice(item));
    return unique(units, (u) => {
      if (!u.citation.startsWith(head) || !u.citation.endsWith(tail)) return false;
      return new RegExp(`^第${CHINESE_NUMERAL}款$`).test(u.citation.slice(head.length, u.citation.length - tail.length));
    });
  }

  // （五） for 二（五）: outline numbering that runs on through the parents; 专栏1 for the box
  // under 二（三）.
  const first = ref[0];
  if (first?.type === 'box' || (first?.type === 'outline' && ref.every((s) => s.type === 'outline'))) {
    const top = first.type === 'outline' ? first.level : 5;
    const tail = formatUnitPath(ref);
    return unique(units, (u) => {
      if (!u.citation.endsWith(tail) || u.citation === tail) return false;
      const parents = parseUnitPath(u.citation.slice(0, -tail.length));
      // A lone 二 parses as a bare number: here it can only be the 一、 level.
      const above = (s: UnitStep) => (s.type === 'outline' ? s.level : s.type === 'number' ? 1 : Infinity) < top;
      return parents !== null && parents.every(above);
    });
  }
  return undefined;
}

function unique(units: readonly CitedUnit[], test: (unit: CitedUnit) => boolean): CitedUnit | undefined {
  const found = units.filter(test);
  return found.length === 1 ? found[0] : undefined;
}
