/**
 * The site model: one parse and one cross-reference pass of the corpus per build. Every page,
 * data file, the search index, subsidies, the quick-jump index and the offline manifest read
 * this model; none parses the corpus again.
 *
 * Astro renders pages from its own bundle of this module while integrations (the search index)
 * import the source, so a module-level cache would exist twice in one build process. The cache
 * therefore lives on `globalThis` under a registered symbol, shared by every copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseAbbreviations, type Abbreviation } from '../jump/abbreviations.ts';
import { asOfDate, currencyOf, readDateCorrections, readEventDates, type Currency } from '../status/index.ts';
import { buildLibrary, crossReference, type CrossReferences } from '../xref/index.ts';
import { catalog, type Catalog } from './catalog.ts';
import { defaultPolicyDir, formatMessage, loadCorpus, type PolicyDocument } from './load.ts';

/** Everything the pages of one build need: the parsed documents, their catalog, citations. */
export interface Site {
  documents: PolicyDocument[];
  catalog: Catalog;
  /** Citations resolved in every document (the trees carry them), backlinks, missing documents. */
  xref: CrossReferences;
  /** The abbreviation dictionary people's short names come from (职教法). */
  abbreviations: Abbreviation[];
  /** Dates, validity and status of every document as of `asOf` (src/lib/status). */
  currency: Map<string, Currency>;
  /** The date statuses hold as of (src/lib/status/asof.ts). */
  asOf: string;
}

/** The abbreviation dictionary. */
export const ABBREVIATIONS_FILE = 'content/dictionaries/abbreviations.txt';

/** Abbreviations people use (职教法 → 中华人民共和国职业教育法), with the dictionary's messages printed. */
export function readAbbreviations(file = ABBREVIATIONS_FILE, warn: (line: string) => void = console.warn): Abbreviation[] {
  if (!existsSync(file)) return [];
  const { entries, messages } = parseAbbreviations(readFileSync(file, 'utf8'), file);
  for (const message of messages) warn(formatMessage(message, file));
  return entries;
}

const CACHE = Symbol.for('zhijiao.site');
type Cache = Map<string, Promise<Site>>;

function cache(): Cache {
  const g = globalThis as { [CACHE]?: Cache };
  return (g[CACHE] ??= new Map());
}

/**
 * Loads the corpus once per process and directory, so every page, endpoint and integration of
 * a build shares one parse (and the build log shows each message once).
 */
export function loadSite(dir: string = defaultPolicyDir()): Promise<Site> {
  const sites = cache();
  let site = sites.get(dir);
  if (!site) {
    site = buildSite(dir);
    sites.set(dir, site);
  }
  return site;
}

async function buildSite(dir: string): Promise<Site> {
  const started = performance.now();
  const documents = await loadCorpus(dir);
  const abbreviations = readAbbreviations();
  const xref = crossReference(documents, buildLibrary(documents, new Map(abbreviations.map((e) => [e.abbreviation, e.title]))));
  for (const doc of documents) {
    for (const message of doc.file?.messages ?? []) if (message.source === 'xref') console.warn(formatMessage(message, doc.path));
  }
  const c = xref.counts;
  // `npm run bench` reads the time from this line (scripts/bench/build.ts).
  console.log(`corpus: ${documents.length} documents parsed and cross-referenced in ${Math.round(performance.now() - started)} ms`);
  console.log(
    `citations: ${c.found} found, ${c.resolved} resolved, ${c.external} external (${xref.missing.length} documents, see /missing/), ${c.unresolved} unresolved with a warning`,
  );
  const asOf = asOfDate();
  const currency = currencyOf(documents, asOf, { relations: xref.relations, corrections: readDateCorrections(), events: readEventDates() });
  return { documents, catalog: catalog(documents, currency, asOf), xref, abbreviations, currency, asOf };
}
