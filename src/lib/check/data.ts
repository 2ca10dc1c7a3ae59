/**
 * What the citation checker knows of the library, built once at build time and shipped to the
 * browser as `/data/check.json` (the CLI builds the same object from the corpus): each
 * document's title, the short titles and abbreviations it goes by, its 文号, kind, status and
 * every unit's id with its citation — but no text (a unit's text is loaded per document, on
 * demand: `/data/units/<id>.json`, see units.ts). About 25 kB gzip for the real corpus.
 */
import type { UnitEntry } from '../cite/index.ts';
import { citesDocNumber } from '../vocab/kinds.ts';
import { shortTitlesOf } from '../text/index.ts';
import type { PolicyMeta } from '../pst/index.ts';
import type { StatusValue } from '../vocab/status.ts';
import type { Relation } from '../xref/relations.ts';

/** `/data/check.json`. */
export interface CheckData {
  documents: CheckDocument[];
  /** Documents the library's texts state to be repealed (…同时废止), in or out of the library. */
  repealed: RepealedDocument[];
}

/** One document as the checker needs it. */
export interface CheckDocument {
  id: string;
  title: string;
  /** Short titles and abbreviations (职业教育法, 职教法): resolvable, but not the full title. */
  shortTitles: string[];
  docNumber: string | null;
  kind: PolicyMeta['kind'];
  role: PolicyMeta['role'];
  parent: string | null;
  /** `unknown` unless the library knows better; the checker never warns on unknown. */
  status: StatusValue;
  /** Whether citations carry the 文号 after the title: not for laws and regulations, cited by name. */
  citesNumber: boolean;
  /** Every unit as `[id, citation]` (第三十六条第二款第三项, 二（三）), in document order. */
  units: Array<[string, string]>;
}

/** A document stated repealed: by id when the library holds it, else by its title as cited. */
export interface RepealedDocument {
  docId: string | null;
  title: string | null;
  /** The document that states it. */
  by: string;
}

/** What the data is built from: one parsed document, its units, and its abbreviations. */
export interface CheckSource {
  id: string;
  meta: Pick<PolicyMeta, 'title' | 'shortTitles' | 'docNumber' | 'kind' | 'role' | 'parent'>;
  /** Its status as of the build (src/lib/status); `unknown` when not given. */
  status?: StatusValue;
  units: ReadonlyArray<Pick<UnitEntry, 'id' | 'type' | 'citation'>>;
  /** From content/dictionaries/abbreviations.txt (职教法). */
  abbreviations?: readonly string[];
}

/**
 * The checker's data from the parsed corpus and the relations its texts state.
 *
 * @example buildCheckData(documents, xref.relations).documents.find((d) => d.id === 'zyjyf-2022')?.shortTitles // ['职业教育法', …]
 */
export function buildCheckData(sources: readonly CheckSource[], relations: readonly Relation[] = []): CheckData {
  return {
    documents: sources.map((s) => ({
      id: s.id,
      title: s.meta.title,
      shortTitles: [...new Set([...shortTitlesOf(s.meta.title, s.meta.shortTitles), ...(s.abbreviations ?? [])])],
      docNumber: s.meta.docNumber,
      kind: s.meta.kind,
      role: s.meta.role,
      parent: s.meta.parent,
      status: s.status ?? 'unknown',
      citesNumber: citesDocNumber(s.meta.kind),
      units: s.units.filter((u) => u.type !== 'table' && u.citation !== '').map((u) => [u.id, u.citation]),
    })),
    repealed: relations.filter((r) => r.type === 'repeals').map((r) => ({ docId: r.to, title: r.to ? null : r.title, by: r.from })),
  };
}
