import { existsSync, readFileSync } from 'node:fs';
import { parseAbbreviations } from '../jump/abbreviations.ts';
import { asOfDate, currencyOf, readDateCorrections, readEventDates, type Currency } from '../status/index.ts';
import { buildLibrary, crossReference, type CrossReferences } from '../xref/index.ts';
import { catalog, type Catalog } from './catalog.ts';
import { defaultPolicyDir, loadCorpus, type PolicyDocument } from './load.ts';

/** Everything the pages of one build need: the parsed documents, their catalog, citations. */
export interface Site {
  documents: PolicyDocument[];
  catalog: Catalog;
  /** Citations resolved in every document (the trees carry them), backlinks, missing documents. */
  xref: CrossReferences;
  /** Dates, validity and status of every document as of `asOf`. */
  currency: Map<string, Currency>;
  /** The date statuses hold as of (src/lib/status/asof.ts). */
  asOf: string;
}

/** Abbreviations people use (职教法 → 中华人民共和国职业教育法), read with the quick jump's parser. */
export function readAbbreviations(file = 'content/dictionaries/abbreviations.txt'): Map<string, string> {
  if (!existsSync(file)) return new Map();
  return new Map(parseAbbreviations(readFileSync(file, 'utf8'), file).entries.map((e) => [e.abbreviation, e.title]));
}

const sites = new Map<string, Promise<Site>>();

/**
 * Loads the corpus once per process and directory, so every page and endpoint of a build
 * shares one parse (and the build log shows each parser warning once).
 */
export function loadSite(dir: string = defaultPolicyDir()): Promise<Site> {
  let site = sites.get(dir);
  if (!site) {
    const started = performance.now();
    site = loadCorpus(dir).then((documents) => {
      const xref = crossReference(documents, buildLibrary(documents, readAbbreviations()));
      for (const w of xref.warnings) console.warn(`content/policies/${w.docId}.md:${w.line}:${w.column}: ${w.reason} (${w.raw})`);
      const c = xref.counts;
      // `npm run bench` reads the time from this line (scripts/bench/build.ts).
      console.log(`corpus: ${documents.length} documents parsed and cross-referenced in ${Math.round(performance.now() - started)} ms`);
      console.log(`citations: ${c.found} found, ${c.resolved} resolved, ${c.external} external (${xref.missing.length} documents, see /missing/), ${c.unresolved} unresolved with a warning`);
      const asOf = asOfDate();
      const currency = currencyOf(documents, asOf, { relations: xref.relations, corrections: readDateCorrections(), events: readEventDates() });
      return { documents, catalog: catalog(documents, currency, asOf), xref, currency, asOf };
    });
    sites.set(dir, site);
  }
  return site;
}
