/**
 * The provenance panel of a document page, as a display model: which source files and lines the
 * text came from and which copies are incomplete; every difference between the copies (its kind,
 * where it is in the copy and in this text, both wordings with the changed characters marked);
 * and the corrections applied, each with its reason.
 */
import type { UnitEntry } from '../cite/index.ts';
import type { PolicyMeta } from '../pst/index.ts';
import { diffDisplay, type DiffDisplay } from './textdiff.ts';

/** One source copy. */
export interface ProvenanceSource {
  file: string;
  /** `第 3760–4311 行`, `第 12 行`, or `''` when the lines are not known. */
  lines: string;
  startLine: number | null;
  complete: boolean;
}

/** One difference between the canonical text and another copy. */
export interface ProvenanceDifference {
  /** The other copy's source file and line. */
  file: string;
  line: number | null;
  kind: string;
  /** 文字不同, 缺少, 多出, 抄本截断 */
  kindLabel: string;
  /** The unit of this text the difference falls in, when it can be found. */
  unit: { id: string; citation: string } | null;
  canonical: string;
  copy: string;
  /** Character-level marking, for `changed` differences. */
  display: DiffDisplay | null;
}

/** One correction applied by the importer. */
export interface ProvenanceCorrection {
  file: string;
  line: number | null;
  /** The facts it set, in Chinese: 标题, 发布机关, …; unknown field names as they are. */
  fields: string[];
  reason: string;
}

/** The whole panel. */
export interface Provenance {
  sources: ProvenanceSource[];
  /** How many copies stop early. */
  incomplete: number;
  differences: ProvenanceDifference[];
  corrections: ProvenanceCorrection[];
}

const KIND_LABELS: Readonly<Record<string, string>> = {
  changed: '文字不同',
  missing: '抄本缺少',
  extra: '抄本多出',
  truncated: '抄本截断',
};

const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: '标题',
  docNumber: '文号',
  issuers: '发布机关',
  dates: '日期',
  kind: '类别',
  genre: '文种',
  jurisdiction: '地区',
  role: '文件角色',
  parentLine: '所属文件',
  start: '起始位置',
  notStart: '非起始位置',
  breakAfter: '分段',
  joinAfter: '合并段落',
  noise: '删除杂项',
};

/**
 * The provenance of a document. `units` (from `listUnits`) locate each difference in the text.
 *
 * @example
 *   provenance(meta, units).sources
 *   // [{ file: '000_2aae24af02a76c31.txt', lines: '第 3760–4311 行', complete: false, … }, …]
 */
export function provenance(meta: Pick<PolicyMeta, 'sources' | 'differences' | 'corrections'>, units: readonly UnitEntry[]): Provenance {
  const sources = meta.sources.map((s) => ({ file: s.file, lines: lineRange(s.startLine, s.endLine), startLine: s.startLine, complete: s.complete }));
  return {
    sources,
    incomplete: sources.filter((s) => !s.complete).length,
    differences: meta.differences.map((d) => difference(d, units)),
    corrections: meta.corrections.map((c) => ({
      file: str(c.file),
      line: num(c.line),
      fields: Array.isArray(c.fields) ? c.fields.map((f) => FIELD_LABELS[String(f)] ?? String(f)) : [],
      reason: str(c.reason),
    })),
  };
}

/** `第 3760–4311 行`; `第 12 行` for one line; `''` without a start. */
export function lineRange(start: number | null, end: number | null): string {
  if (start === null) return '';
  return end === null || end === start ? `第 ${start} 行` : `第 ${start}–${end} 行`;
}

function difference(d: Record<string, unknown>, units: readonly UnitEntry[]): ProvenanceDifference {
  const kind = str(d.kind);
  const canonical = str(d.canonical);
  const copy = str(d.copy);
  return {
    file: str(d.file),
    line: num(d.line),
    kind,
    kindLabel: KIND_LABELS[kind] ?? kind,
    unit: locate(canonical, units),
    canonical,
    copy,
    display: kind === 'changed' && canonical && copy ? diffDisplay(canonical, copy) : null,
  };
}

/**
 * The deepest unit whose text contains the canonical wording. White space is layout, and the
 * importer shortens long passages to `开头……（共 N 字）`: only the part before `……` is sought.
 */
export function locate(canonical: string, units: readonly UnitEntry[]): { id: string; citation: string } | null {
  const needle = squash(canonical.split('……')[0] ?? '');
  if ([...needle].length < 4) return null;
  let best: UnitEntry | null = null;
  for (const unit of units) {
    if ((best === null || unit.depth > best.depth) && squash(unit.text).includes(needle)) best = unit;
  }
  return best && { id: best.id, citation: best.citation };
}

function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
