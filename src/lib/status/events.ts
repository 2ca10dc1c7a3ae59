/**
 * The congresses and plenary sessions a text names (党的二十大, 十九届二中、三中全会), read so that a
 * document stating no date of its own gets a 不早于 bound: a text that implements a session's
 * spirit was written after it closed. The closing dates are data (`content/dictionaries/events.yaml`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Event name (`党的二十大`, `十九届三中全会`) → ISO closing date. */
export type EventDates = ReadonlyMap<string, string>;

const CONGRESS = /党的(十[一二三四五六七八九]|二十[一二三四五六七八九]?)(?:次全国代表)?大/gu;
const PLENUMS = /(十[一二三四五六七八九]|二十[一二三四五六七八九]?)届((?:[一二三四五六七八九]中[、和及]?)+)全会/gu;

/**
 * The events a text names, in the names the table uses.
 *
 * @example eventsIn('全面贯彻党的十九大和十九届二中、三中全会精神') // ['党的十九大', '十九届二中全会', '十九届三中全会']
 */
export function eventsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CONGRESS)) out.push(`党的${m[1]}大`);
  for (const m of text.matchAll(PLENUMS)) for (const n of m[2]!.match(/[一二三四五六七八九]中/gu) ?? []) out.push(`${m[1]}届${n}全会`);
  return [...new Set(out)];
}

/** Parses the events file; an entry that is not `name: YYYY-MM-DD` is reported and left out. */
export function parseEventDates(text: string, file: string, warn: (line: string) => void = console.warn): EventDates {
  const data: unknown = parse(text);
  const out = new Map<string, string>();
  if (data == null) return out;
  if (typeof data !== 'object' || Array.isArray(data)) {
    warn(`${file}:1:1: Unexpected ${Array.isArray(data) ? 'list' : typeof data}, expected a mapping of event name to closing date`);
    return out;
  }
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    const date = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) out.set(name, date);
    else warn(`${file}: ${name}: Unexpected \`${date}\`, expected YYYY-MM-DD`);
  }
  return out;
}

/** Reads `content/dictionaries/events.yaml` (none when absent). */
export function readEventDates(file = 'content/dictionaries/events.yaml'): EventDates {
  return existsSync(file) ? parseEventDates(readFileSync(file, 'utf8'), file) : new Map();
}
