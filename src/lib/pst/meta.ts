/**
 * Frontmatter data → typed {@link PolicyMeta}. Lenient: a missing or mistyped field gets its
 * empty value and a problem report naming the key; unknown keys pass through untouched.
 */
import { normalizeDocNumber } from '../text/index.ts';
import type { PolicyDates, PolicyKind, PolicyMeta, PolicyRole, PolicySource } from './types.ts';

/** Receives one problem about the frontmatter, with the key it concerns when there is one. */
export type MetaProblem = (reason: string, key?: string) => void;

const KINDS: readonly PolicyKind[] = ['法律', '行政法规', '部门规章', '地方性法规', '党内法规', '规范性文件', '新闻', '讲话'];
const ROLES: readonly PolicyRole[] = ['standalone', 'wrapper', 'embedded', 'attachment', 'news', 'speech'];

/**
 * Types the parsed YAML of a frontmatter block; `fallbackId` (the file name) is used when
 * `id` is missing.
 */
export function toPolicyMeta(data: unknown, fallbackId: string, problem: MetaProblem): PolicyMeta {
  const raw = isRecord(data) ? data : {};
  if (!isRecord(data)) problem('Unexpected frontmatter, expected a YAML mapping');
  const field = new Fields(raw, problem);

  const id = field.string('id', true) ?? fallbackId;
  if (id !== '' && !/^[a-z0-9-]+$/.test(id)) problem(`Unexpected id \`${id}\`, expected [a-z0-9-]`, 'id');
  const docNumber = field.string('docNumber');
  if (docNumber !== null && normalizeDocNumber(docNumber) !== docNumber) {
    problem(`Unexpected docNumber \`${docNumber}\`, expected the normalised \`${normalizeDocNumber(docNumber)}\``, 'docNumber');
  }

  return {
    ...raw,
    id,
    title: field.string('title', true) ?? '',
    shortTitles: field.strings('shortTitles'),
    docNumber,
    issuers: field.strings('issuers'),
    dates: dates(raw.dates, problem),
    kind: field.oneOf('kind', KINDS),
    genre: field.string('genre'),
    jurisdiction: field.string('jurisdiction'),
    role: field.oneOf('role', ROLES),
    parent: field.string('parent'),
    sources: field.records('sources').flatMap((item, index) => source(item, index, problem)),
    differences: field.records('differences'),
    corrections: field.records('corrections'),
  };
}

function dates(value: unknown, problem: MetaProblem): PolicyDates {
  const raw = isRecord(value) ? value : {};
  if (value != null && !isRecord(value)) problem('Unexpected dates, expected a mapping of issued/published/effective', 'dates');
  const date = (key: keyof PolicyDates): string | null => {
    const v = raw[key];
    if (v == null) return null;
    if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
    problem(`Unexpected dates.${key} \`${String(v)}\`, expected YYYY-MM-DD or null`, 'dates');
    return null;
  };
  return { issued: date('issued'), published: date('published'), effective: date('effective') };
}

function source(item: Record<string, unknown>, index: number, problem: MetaProblem): PolicySource[] {
  if (typeof item.file !== 'string' || item.file === '') {
    problem(`Unexpected sources[${index}] without a file`, 'sources');
    return [];
  }
  const line = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
  return [{ file: item.file, startLine: line(item.startLine), endLine: line(item.endLine), complete: item.complete === true }];
}

/** Reads typed fields out of a record, reporting each mistyped one. */
class Fields {
  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly problem: MetaProblem,
  ) {}

  string(key: string, required = false): string | null {
    const v = this.raw[key];
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    if (v == null) {
      if (required) this.problem(`Missing \`${key}\` in frontmatter`, key);
      return null;
    }
    this.problem(`Unexpected ${key}, expected a string`, key);
    return null;
  }

  strings(key: string): string[] {
    const v = this.raw[key];
    if (v == null) return [];
    if (Array.isArray(v) && v.every((item) => typeof item === 'string')) return v;
    this.problem(`Unexpected ${key}, expected a list of strings`, key);
    return Array.isArray(v) ? v.filter((item): item is string => typeof item === 'string') : [];
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T | null {
    const v = this.raw[key];
    if (v == null) return null;
    const found = allowed.find((item) => item === v);
    if (found !== undefined) return found;
    this.problem(`Unexpected ${key} \`${String(v)}\`, expected one of ${allowed.join(' | ')}`, key);
    return null;
  }

  records(key: string): Record<string, unknown>[] {
    const v = this.raw[key];
    if (v == null) return [];
    if (Array.isArray(v)) {
      const items = v.filter(isRecord);
      if (items.length !== v.length) this.problem(`Unexpected ${key}, expected a list of mappings`, key);
      return items;
    }
    this.problem(`Unexpected ${key}, expected a list`, key);
    return [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
