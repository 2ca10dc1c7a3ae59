/**
 * Checking every citation in a draft (the clean → find → resolve → annotate steps of eyecite,
 * over xref's finder and the library): each citation gets a verdict —
 *
 * - `ok`: the document and the unit exist, and title and 文号 match;
 * - `warning`: resolvable, but not in standard form: a 文号 not as GB/T 9704 writes it, a short
 *   title, a unit written otherwise than the 公文 form (第36条, 第一款 of a one-款 article), a
 *   document cited without its 文号, or a document whose status is other than 现行有效 (已被修改,
 *   部分失效, 规划期已结束, …) — but never for a status nobody knows;
 * - `problem`: the unit does not exist, the 文号 is another document's, the document is
 *   repealed (its status 失效（废止）, or a text of the library saying so);
 * - `external`: not in the library.
 *
 * Pure: runs in the browser (/check/) and in the CLI (scripts/check-citations.ts) alike.
 * Offsets are UTF-16 offsets into the text as given.
 */
import type { CitedUnit } from '../jump/resolve.ts';
import { STATUS_LABELS, type StatusValue } from '../vocab/status.ts';
// Module files rather than index.ts barrels: this runs in the browser, which must not load the parser.
import { unitUrl } from '../cite/format.ts';
import { findDocNumbers, titleKey } from '../text/index.ts';
import { findCitations, type Found } from '../xref/find.ts';
import { Library, type LibraryDocument } from '../xref/library.ts';
import { NOT_DOCUMENTS } from '../xref/resolve.ts';
import type { UnitPath } from '../address/types.ts';
import type { CheckData, CheckDocument } from './data.ts';
import { standardDocNumber } from './docnumber.ts';
import { officialCitation } from './format.ts';
import { resolveUnits, unitPartAt } from './units.ts';

export type Verdict = 'ok' | 'warning' | 'problem' | 'external';

/** One citation of the draft and what the checker found. */
export interface CheckedCitation {
  /** The citation as written: `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  verdict: Verdict;
  /** The cited document in the library, if any. */
  docId: string | null;
  /** The (first) cited unit, if it exists. */
  unitId: string | null;
  /** The cited unit's or document's page; `/missing/` for a document not in the library. */
  url: string | null;
  /** Why the verdict, one sentence each, for the reader. */
  notes: string[];
  /** The citation in standard form, where it differs from `text` and can be made. */
  suggestion: string | null;
}

/** What the checker may be told beyond its data. */
export interface CheckOptions {
  /**
   * A document's status; by default the data's (src/lib/status as of the build), which is
   * `unknown` for most documents. `unknown` never warns.
   */
  status?: (docId: string) => StatusValue | undefined;
}

/** A checker over one library: build once, check many drafts. */
export interface Checker {
  check(text: string, options?: CheckOptions): CheckedCitation[];
  document(id: string): CheckDocument | undefined;
}

/** The longest draft the page accepts (the CLI reads any length). */
export const MAX_DRAFT = 100_000;

/**
 * @example
 *   createChecker(data).check('依据人社部发[2021]86号')[0]
 *   // { verdict: 'warning', suggestion: '《技工教育“十四五”规划》（人社部发〔2021〕86号）', … }
 */
export function createChecker(data: CheckData): Checker {
  const docs = new Map(data.documents.map((d) => [d.id, d]));
  const units = new Map(data.documents.map((d) => [d.id, d.units.map(([id, citation]): CitedUnit => ({ id, citation }))]));
  const library = new Library(
    data.documents.map((d): LibraryDocument => ({
      id: d.id,
      title: d.title,
      docNumber: d.docNumber,
      role: d.role,
      parent: d.parent,
      shortTitles: d.shortTitles,
      mode: d.units.some(([id]) => id.startsWith('art-')) ? 'articles' : 'outline',
      units: new Set(d.units.map(([id]) => id)),
    })),
  );
  const repealedById = new Map(data.repealed.flatMap((r) => (r.docId ? [[r.docId, r.by] as const] : [])));
  const repealedByTitle = new Map(data.repealed.flatMap((r) => (r.title ? [[titleKey(r.title), r.by] as const] : [])));
  const title = (id: string) => docs.get(id)?.title ?? id;

  return {
    document: (id) => docs.get(id),
    check(text, options = {}) {
      const out: CheckedCitation[] = [];
      const ctx: Context = {
        library,
        docs,
        units,
        aliases: new Map(),
        introduced: new Set(),
        repealedById,
        repealedByTitle,
        title,
        status: (id) => options.status?.(id) ?? docs.get(id)?.status ?? 'unknown',
      };
      let last: string | null = null;
      for (const f of findCitations(text)) {
        // （以下简称《意见》） names the document cited just before it.
        if (f.kind === 'alias') {
          if (last) ctx.aliases.set(f.alias, last);
          continue;
        }
        if (f.kind === 'internal' || f.kind === 'relative') continue; // the draft's own articles
        if (f.kind === 'title' && NOT_DOCUMENTS.has(f.title)) continue;
        const one = new Draft(text, f, ctx).check();
        out.push(one);
        last = one.docId;
      }
      return out;
    },
  };
}

/** What one check of a draft shares between its citations. */
interface Context {
  library: Library;
  docs: ReadonlyMap<string, CheckDocument>;
  units: ReadonlyMap<string, CitedUnit[]>;
  /** Short names the draft defines: （以下简称《意见》）. */
  aliases: Map<string, string>;
  /** Documents already cited with title and 文号: later citations may leave the 文号 out. */
  introduced: Set<string>;
  repealedById: ReadonlyMap<string, string>;
  repealedByTitle: ReadonlyMap<string, string>;
  title(id: string): string;
  status(id: string): StatusValue;
}

/** One citation being checked: the notes gathered and the verdict they add up to. */
class Draft {
  private readonly notes: string[] = [];
  private problem = false;
  private warning = false;
  private readonly end: number;
  /** The 文号 as written. */
  private readonly number: string | null;
  /** The unit part as written, and the article references xref read in it. */
  private readonly unitPart: { raw: string; articles: UnitPath[] | null } | null = null;

  constructor(
    private readonly text: string,
    private readonly found: CitingFound,
    private readonly ctx: Context,
  ) {
    const head = headOf(text, found);
    this.number = head.number;
    this.end = found.end;
    // xref reads 第X条…; an outline path after a title (二（三）) is read here.
    const cited = unitPartAt(text.slice(head.end, head.end + 60));
    if (cited) {
      this.unitPart = { raw: text.slice(head.end, head.end + cited.length), articles: cited.articles };
      this.end = head.end + cited.length;
    }
  }

  check(): CheckedCitation {
    const f = this.found;
    const form = this.number === null ? null : standardDocNumber(this.number);
    if (form && form.faults.length > 0) this.warn(`文号应写作${form.standard}：${form.faults.join('；')}`);
    const byNumber = form ? this.ctx.library.byDocNumber(form.standard) : undefined;

    if (f.kind === 'docNumber') {
      if (!byNumber) return this.external(`本库未收录文号为${form!.standard}的文件`, form!.standard);
      const doc = this.ctx.docs.get(byNumber.id)!;
      if (!this.ctx.introduced.has(doc.id)) this.warn(`引用公文应先引标题，后引发文字号：《${doc.title}》（${doc.docNumber}）`);
      return this.resolved(doc, { docNumber: true });
    }

    const alias = this.ctx.aliases.get(f.title);
    const byTitle = alias ? this.ctx.docs.get(alias) : this.ctx.library.byTitleText(f.title);
    if (!byTitle) {
      const repealer = this.ctx.repealedByTitle.get(titleKey(f.title));
      if (repealer) {
        this.fail(`《${f.title}》已被《${this.ctx.title(repealer)}》废止`);
        return this.result(null, null, unitUrl(repealer, null), null);
      }
      if (byNumber) {
        const doc = this.ctx.docs.get(byNumber.id)!;
        this.fail(`标题与文号不符：${form!.standard}是《${doc.title}》的文号`);
        return this.resolved(doc, { docNumber: true });
      }
      return this.external(
        `本库未收录《${f.title}》`,
        form && form.faults.length > 0 ? this.text.slice(f.start, this.end).replace(this.number!, form.standard) : null,
      );
    }
    const doc = this.ctx.docs.get(byTitle.id)!;
    if (!alias && !sameTitle(f.title, doc.title)) this.warn(`应使用文件全称《${doc.title}》`);
    const wantsNumber = doc.citesNumber && doc.docNumber !== null;
    const first = !this.ctx.introduced.has(doc.id);
    if (form) {
      const belongs = doc.docNumber === form.standard || byNumber?.id === doc.id;
      if (!belongs && doc.docNumber) this.fail(`文号不符：《${doc.title}》的文号是${doc.docNumber}`);
      else if (!belongs && byNumber) this.fail(`文号不符：${form.standard}是《${this.ctx.title(byNumber.id)}》的文号`);
      else if (!belongs && !doc.citesNumber) this.warn('法律、法规按名称引用，不加文号');
      else if (!belongs) this.notes.push('本库未载该文件的文号，未能核对');
    } else if (wantsNumber && !alias && first) {
      this.warn(`引用公文应先引标题，后引发文字号：（${doc.docNumber}）`);
    }
    if (alias) return this.resolved(doc, { alias: f.title });
    return this.resolved(doc, { docNumber: wantsNumber && (form !== null || first) });
  }

  /** Units, status and the suggestion of a citation whose document is in the library. */
  private resolved(doc: CheckDocument, how: { docNumber?: boolean; alias?: string }): CheckedCitation {
    if (how.docNumber || !doc.citesNumber || doc.docNumber === null) this.ctx.introduced.add(doc.id);
    const units = this.ctx.units.get(doc.id) ?? [];
    let unitId: string | null = null;
    let unitText = '';
    if (this.unitPart) {
      const cited = { units: resolveUnits(this.unitPart.raw, this.unitPart.articles, units) };
      const missing = cited.units.filter((u) => u.id === null);
      for (const m of missing) this.fail(`《${doc.title}》没有${m.named}${articleCount(units, m.named)}${m.likely ? `；所指应为${m.likely.citation}` : ''}`);
      unitId = cited.units.find((u) => u.id !== null)?.id ?? null;
      unitText = this.unitPart.raw;
      const likely = cited.units.length === 1 ? cited.units[0]!.likely : undefined;
      if (likely) unitText = likely.citation;
      if (missing.length === 0 && cited.units.length === 1) {
        unitText = units.find((u) => u.id === unitId)!.citation;
        if (unitText !== this.unitPart.raw) this.warn(unitFault(this.unitPart.raw, unitText));
      }
    }
    const status = this.ctx.status(doc.id);
    const repealer = this.ctx.repealedById.get(doc.id);
    if (status === 'repealed') this.fail(`该文件${STATUS_LABELS.repealed}`);
    else if (repealer) this.fail(`该文件已被《${this.ctx.title(repealer)}》废止`);
    else if (status !== 'in-force' && status !== 'unknown') this.warn(`该文件效力：${STATUS_LABELS[status]}，请核对现行文本`);
    const suggestion = how.alias !== undefined ? `《${how.alias}》${unitText}` : officialCitation(doc, unitText, how.docNumber === true);
    return this.result(doc.id, unitId, unitUrl(doc.id, unitId), suggestion);
  }

  private external(note: string, suggestion: string | null): CheckedCitation {
    this.notes.push(`${note}（已列入“未收录的被引文件”）`);
    return this.result(null, null, '/missing/', suggestion);
  }

  private result(docId: string | null, unitId: string | null, url: string, suggestion: string | null): CheckedCitation {
    const text = this.text.slice(this.found.start, this.end);
    const verdict: Verdict = this.problem ? 'problem' : docId === null ? 'external' : this.warning ? 'warning' : 'ok';
    return {
      text,
      start: this.found.start,
      end: this.end,
      verdict,
      docId,
      unitId,
      url,
      notes: this.notes,
      suggestion: suggestion === text ? null : suggestion,
    };
  }

  private warn(note: string): void {
    this.warning = true;
    this.notes.push(note);
  }

  private fail(note: string): void {
    this.problem = true;
    this.notes.push(note);
  }
}

type CitingFound = Extract<Found, { kind: 'title' | 'docNumber' }>;

/** Where the title and 文号 of a citation end (its unit part follows), and the 文号 as written. */
function headOf(text: string, f: CitingFound): { end: number; number: string | null } {
  if (f.kind === 'docNumber') {
    const dn = findDocNumbers(text.slice(f.start, f.end))[0]!;
    return { end: f.start + dn.end, number: dn.raw };
  }
  const afterTitle = f.start + f.title.length + 2;
  if (f.docNumber === null) return { end: afterTitle, number: null };
  const close = text.slice(afterTitle).search(/[）)]/);
  return { end: afterTitle + close + 1, number: text.slice(afterTitle + 1, afterTitle + close) };
}

/** Titles equal but for spacing and quote marks; 职业教育法 is not 中华人民共和国职业教育法. */
function sameTitle(written: string, title: string): boolean {
  return titleKey(written) === titleKey(title);
}

/** 第七十条 of a 69-article law: say how many it has. */
function articleCount(units: readonly CitedUnit[], named: string): string {
  if (!/^第[^条]+条$/.test(named)) return '';
  const articles = units.filter((u) => /^art-\d+$/.test(u.id)).length;
  return articles > 0 ? `（共${articles}条）` : '（该文件不分条）';
}

/** Why a unit part differs from its standard form. */
function unitFault(raw: string, canonical: string): string {
  if (/[0-9０-９]+[条款项]/.test(raw)) return `条、款、项序号用汉字数字：${canonical}`;
  if (/第[一1１]款/.test(raw) && !canonical.includes('款')) return `该条只有一款，引用时不写“第一款”：${canonical}`;
  return `规范写法：${canonical}`;
}
