/**
 * Loading a document's unit texts (`/data/units/<id>.json`, src/lib/check/texts.ts) in the
 * browser, once per document and page: citation previews and the /check/ page share it.
 */
import { unitTextsUrl, type UnitTexts } from '../../lib/check/texts.ts';

const loaded = new Map<string, Promise<UnitTexts | null>>();

/** The unit texts of a document, or null when they cannot be loaded (offline and never kept). */
export function unitTexts(docId: string): Promise<UnitTexts | null> {
  let texts = loaded.get(docId);
  if (!texts) {
    texts = fetch(unitTextsUrl(docId))
      .then((r) => (r.ok ? (r.json() as Promise<UnitTexts>) : null))
      .catch(() => null);
    loaded.set(docId, texts);
  }
  return texts;
}
