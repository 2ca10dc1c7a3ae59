/**
 * Reviewed date corrections: a date a document's text does not state, set by a person who
 * checked it, each with its reason (`content/dictionaries/dates.yaml`). Kept few: a date the
 * text states is read from the text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DATE_ROLES, type DateRole } from '../vocab/status.ts';

/** One reviewed date. */
export interface DateCorrection {
  id: string;
  role: DateRole;
  date: string;
  reason: string;
}

/**
 * Parses the corrections file; an entry without id, a known role, an ISO date or a reason is
 * reported as `file:index: reason` and left out.
 */
export function parseDateCorrections(text: string, file: string, warn: (line: string) => void = console.warn): DateCorrection[] {
  const data: unknown = parse(text);
  if (data == null) return [];
  if (!Array.isArray(data)) {
    warn(`${file}:1:1: Unexpected ${typeof data}, expected a list of date corrections`);
    return [];
  }
  const out: DateCorrection[] = [];
  data.forEach((raw: Record<string, unknown>, index) => {
    const date = raw?.date instanceof Date ? raw.date.toISOString().slice(0, 10) : String(raw?.date ?? '');
    const ok =
      typeof raw?.id === 'string' &&
      DATE_ROLES.includes(raw.role as DateRole) &&
      /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date) &&
      typeof raw.reason === 'string' &&
      raw.reason.trim() !== '';
    if (!ok) warn(`${file}: entry ${index + 1}: Unexpected date correction, expected id, role (${DATE_ROLES.join('|')}), date and reason`);
    else out.push({ id: raw.id as string, role: raw.role as DateRole, date, reason: (raw.reason as string).trim() });
  });
  return out;
}

/** Reads `content/dictionaries/dates.yaml` (none when the file is absent). */
export function readDateCorrections(file = 'content/dictionaries/dates.yaml'): DateCorrection[] {
  return existsSync(file) ? parseDateCorrections(readFileSync(file, 'utf8'), file) : [];
}
