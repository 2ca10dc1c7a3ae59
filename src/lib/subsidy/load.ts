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
    rows = loadSite(dir).then(({ documents, currency }) => documents.flatMap((doc) => extractSubsidies(doc, currency.get(doc.id)?.status.value)));
    cache.set(dir, rows);
  }
  return rows;
}
