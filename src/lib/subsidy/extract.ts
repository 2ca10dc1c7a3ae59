/**
 * Subsidy rows of one document: every sentence that states a subsidy, grant, award, fee,
 * exemption or fund rule, with its amounts, beneficiaries, conditions and the unit to link.
 */
import { formatCitation } from '../address/index.ts';
import { listUnits, unitUrl } from '../cite/index.ts';
import type { PolicyDates, PolicyRoot } from '../pst/index.ts';
import { documentDate, type StatusValue } from '../status/index.ts';
import { findAmounts } from './amounts.ts';
import { BENEFICIARIES, beneficiariesOf } from './beneficiaries.ts';
import { conditionsOf } from './conditions.ts';
import { isBackground, isBackgroundHeading, periodOf } from './context.ts';
import { kindOf } from './kinds.ts';
import { unitParagraphs } from './paragraphs.ts';
import { splitSentences } from './sentences.ts';
import type { Beneficiary, SubsidyDocument, SubsidyKind, SubsidyRow } from './types.ts';

/** What extraction needs of a document: its id, the file it came from, and its tree. */
export interface SubsidySource {
  id: string;
  path: string;
  tree: PolicyRoot;
}

/** Penalties name money too (罚款, 违法所得不足一万元的), but they are not grants. */
const PENALTY = /罚款|罚金|没收|违法所得/u;
/** What an applicant must already have (有与竞赛规模相适应的经费支持) is not a grant. */
const PREREQUISITE = /具备(?:以下|下列)条件|应当具备|满足(?:以下|下列)[^。；]{0,4}条件/u;
/** A parent that introduces a list of prerequisites: 应当具备下列条件：. */
const PREREQUISITE_LIST = /(?:条件|要求)[:：]\s*$/u;
/** A contact line closing a notice (联 系 人：全国技校资助办) names an office, not a rule. */
const CONTACT = /联\s*系\s*人|联系电话|传\s*真/u;
/** A sentence with money but none of the kinds' words still grants when it says so. */
const GRANTS = /给予|予以|安排|投入|补助|支持|奖/u;

/**
 * The subsidy rows of a document, in document order.
 *
 * Consecutive sentences of one paragraph that state the same kind of rule without an amount
 * make one row (对开展学徒培训的企业按规定给予职业培训补贴，补贴资金从…列支。 + the next one), so
 * a rule explained over two sentences is not listed twice; a sentence with an amount is
 * always a row of its own.
 *
 * @example
 *   extractSubsidies(doc).find((row) => row.amounts.some((a) => a.yuan === 5000))?.unit.id // 's5-1'
 */
export function extractSubsidies(source: SubsidySource, known?: KnownCurrency): SubsidyRow[] {
  const { meta } = source.tree;
  const doc = documentOf(source, known);
  const units = new Map(listUnits(source.tree).map((unit) => [unit.id, unit]));
  const rows: SubsidyRow[] = [];
  // Sentences seen per unit, so a row's id names its sentence and survives changes to the rules.
  const seen = new Map<string, number>();

  for (const paragraph of unitParagraphs(source.tree)) {
    if ([...paragraph.ancestors, paragraph.unit].some((u) => isBackgroundHeading(units.get(u.id)?.heading ?? null))) continue;
    const entry = units.get(paragraph.unit.id)!;
    const parent = entry.parent === null ? null : units.get(entry.parent);
    if (parent && PREREQUISITE_LIST.test(parent.text.split('\n')[0]!)) continue;
    let previous: { row: SubsidyRow; index: number } | null = null;
    const sentences = splitSentences(paragraph.text);
    const before = seen.get(entry.id) ?? 0;
    seen.set(entry.id, before + sentences.length);
    sentences.forEach((sentence, index) => {
      const text = sentence.text;
      if (paragraph.heading !== null && strip(text) === strip(paragraph.heading)) return;
      if (PENALTY.test(text) || PREREQUISITE.test(text) || CONTACT.test(text) || isBackground(text, doc.year)) return;
      const amounts = findAmounts(text);
      const adjacent = previous?.index === index - 1 ? previous.row.kind : null;
      let kind: SubsidyKind | null = kindOf(text, adjacent);
      if (kind === null && amounts.length > 0 && GRANTS.test(text)) kind = '项目资金';
      if (kind === null) return;

      if (previous && previous.index === index - 1 && amounts.length === 0 && previous.row.amounts.length === 0 && previous.row.kind === kind) {
        const row = previous.row;
        row.text += text;
        row.beneficiaries = merge(row.beneficiaries, beneficiariesOf(text));
        row.conditions.push(...conditionsOf(text));
        row.period ??= periodOf(text);
        previous = { row, index };
        return;
      }

      const row: SubsidyRow = {
        id: `${doc.id}:${entry.id}:${before + index + 1}`,
        doc,
        unit: { id: entry.id, citation: entry.citation, heading: entry.heading },
        citation: formatCitation(meta, entry.path, 'gongwen'),
        url: unitUrl(doc.id, entry.id),
        text,
        kind,
        beneficiaries: beneficiariesOf(text),
        amounts,
        conditions: conditionsOf(text),
        period: periodOf(text),
        source: { file: source.path, line: paragraph.line },
      };
      rows.push(row);
      previous = { row, index };
    });
  }
  return rows;
}

/** What src/lib/status knows of a document: its status and its dates (stated, inherited or corrected). */
export interface KnownCurrency {
  status: StatusValue;
  dates: PolicyDates;
}

/** The document fields a row carries. */
export function documentOf(source: SubsidySource, known?: KnownCurrency): SubsidyDocument {
  const { meta } = source.tree;
  const date = documentDate(known?.dates ?? meta.dates);
  const status = known?.status ?? 'unknown';
  return {
    id: source.id,
    title: meta.title || source.id,
    docNumber: meta.docNumber,
    issuers: meta.issuers,
    date,
    year: date === null ? null : Number(date.slice(0, 4)),
    effective: (known?.dates ?? meta.dates).effective,
    kind: meta.kind,
    jurisdiction: meta.jurisdiction,
    status,
  };
}

function strip(text: string): string {
  return text.replace(/[。；;：:.．\s]+$/u, '').trim();
}

/** The beneficiaries of two sentences of one rule: `未写明` only if neither names one. */
function merge(a: readonly Beneficiary[], b: readonly Beneficiary[]): Beneficiary[] {
  const all = new Set([...a, ...b]);
  if (all.size > 1) all.delete('未写明');
  return BENEFICIARIES.filter((x) => all.has(x));
}
