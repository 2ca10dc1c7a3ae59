/**
 * The library a citation is resolved against: every document's title variants, 文号 and unit
 * ids. Title matching tolerates the variants people write: with or without 中华人民共和国, with
 * “” or "" or no quotes, spaces, full- or half-width brackets, 〈〉 or <> for nested titles.
 */
import type { PolicyMode } from '../pst/index.ts';
import { titleKey } from '../text/index.ts';

/** What the library knows of one document. */
export interface LibraryDocument {
  id: string;
  title: string;
  docNumber: string | null;
  role: string | null;
  parent: string | null;
  /** Abbreviations and short titles people use (职教法). */
  shortTitles: readonly string[];
  mode: PolicyMode;
  /** Every addressable unit id, and the number of 款 of each article (for 前款). */
  units: ReadonlySet<string>;
}

/** A lookup over the corpus. */
export class Library {
  readonly documents: ReadonlyMap<string, LibraryDocument>;
  private readonly byTitle = new Map<string, string>();
  private readonly byNumber = new Map<string, string>();

  constructor(documents: readonly LibraryDocument[]) {
    this.documents = new Map(documents.map((d) => [d.id, d]));
    for (const d of documents) {
      this.byTitle.set(titleKey(d.title), d.id);
      for (const s of d.shortTitles) if (!this.byTitle.has(titleKey(s))) this.byTitle.set(titleKey(s), d.id);
    }
    // Citations often drop the issuers: 《关于深化技工院校改革 大力发展技工教育的意见》 for
    // 人力资源社会保障部 国家发展改革委 财政部关于深化技工院校改革 大力发展技工教育的意见.
    const withoutIssuers = new Map<string, string[]>();
    for (const d of documents) {
      const m = /^.{2,80}?(关于.+)$/.exec(d.title);
      if (m) withoutIssuers.set(titleKey(m[1]!), [...(withoutIssuers.get(titleKey(m[1]!)) ?? []), d.id]);
    }
    for (const [key, ids] of withoutIssuers) if (ids.length === 1 && !this.byTitle.has(key)) this.byTitle.set(key, ids[0]!);
    // A 文号 names the document people mean: the one a notice issues, not the notice.
    for (const d of documents) {
      if (!d.docNumber) continue;
      const current = this.byNumber.get(d.docNumber);
      const currentDoc = current ? this.documents.get(current) : undefined;
      if (!currentDoc || (d.role === 'embedded' && currentDoc.role === 'wrapper')) this.byNumber.set(d.docNumber, d.id);
    }
  }

  /** The document with this title (or title variant), if any. */
  byTitleText(title: string): LibraryDocument | undefined {
    const id = this.byTitle.get(titleKey(title));
    return id === undefined ? undefined : this.documents.get(id);
  }

  /** The document with this normalised 文号, if any. */
  byDocNumber(docNumber: string): LibraryDocument | undefined {
    const id = this.byNumber.get(docNumber);
    return id === undefined ? undefined : this.documents.get(id);
  }
}
