/**
 * The subsidy rows of the whole corpus, extracted once per build (every page and endpoint that
 * needs them shares one pass, as they share {@link loadSite}).
 */
import { defaultPolicyDir, loadSite } from '../corpus/index.ts';
import { extractSubsidies } from './extract.ts';
import type { SubsidyRow } from './types.ts';

const cache = new Map<string, Promise<SubsidyRow[]>>();

/** Every subsidy row of the corpus in `dir`, documents in id order, rows in document order. */
export function loadSubsidies(dir: string = defaultPolicyDir()): Promise<SubsidyRow[]> {
  let rows = cache.get(dir);
  if (!rows) {
    rows = loadSite(dir).then(({ documents, catalog }) => {
      const entries = new Map(catalog.documents.map((entry) => [entry.id, entry]));
      return documents.flatMap((doc) => {
        const entry = entries.get(doc.id);
        return extractSubsidies(doc, entry && { status: entry.status.value, dates: entry.dates });
      });
    });
    cache.set(dir, rows);
  }
  return rows;
}
