import { catalog, type Catalog } from './catalog.ts';
import { defaultPolicyDir, loadCorpus, type PolicyDocument } from './load.ts';

/** Everything the pages of one build need: the parsed documents and their catalog. */
export interface Site {
  documents: PolicyDocument[];
  catalog: Catalog;
}

const sites = new Map<string, Promise<Site>>();

/**
 * Loads the corpus once per process and directory, so every page and endpoint of a build
 * shares one parse (and the build log shows each parser warning once).
 */
export function loadSite(dir: string = defaultPolicyDir()): Promise<Site> {
  let site = sites.get(dir);
  if (!site) {
    site = loadCorpus(dir).then((documents) => ({ documents, catalog: catalog(documents) }));
    sites.set(dir, site);
  }
  return site;
}
