/** The real corpus, parsed once for the document-page tests. */
import { readFileSync } from 'node:fs';
import { listUnits, type UnitEntry } from '../../../src/lib/cite/index.ts';
import { parsePolicy, type PolicyRoot } from '../../../src/lib/pst/index.ts';

const cache = new Map<string, { tree: PolicyRoot; units: UnitEntry[] }>();

/** A document of content/policies: its tree and units. */
export function load(id: string): { tree: PolicyRoot; units: UnitEntry[] } {
  let doc = cache.get(id);
  if (!doc) {
    const { tree } = parsePolicy(readFileSync(`content/policies/${id}.md`, 'utf8'), { path: `content/policies/${id}.md` });
    doc = { tree, units: listUnits(tree) };
    cache.set(id, doc);
  }
  return doc;
}
