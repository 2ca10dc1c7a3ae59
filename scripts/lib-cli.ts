/** Small helpers shared by the command-line scripts: reading the corpus inputs from disk, loading the site model. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadSite, type Site } from '../src/lib/corpus/index.ts';
import type { CorpusInput } from '../src/lib/import/index.ts';

/** Repository root (scripts run from it via npm). */
export const ROOT = process.cwd();

/** Read sources, corrections, the issuer dictionary and the ids of the current corpus. */
export function readCorpusInput(root = ROOT): CorpusInput {
  const dir = join(root, 'content/sources');
  const sources = new Map<string, Uint8Array>();
  const corrections = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.txt')) continue;
    sources.set(name, readFileSync(join(dir, name)));
    const yaml = join(dir, name.replace(/\.txt$/, '.corrections.yaml'));
    if (existsSync(yaml)) corrections.set(name, readFileSync(yaml, 'utf8'));
  }
  return {
    sources,
    corrections,
    issuerDictionary: readFileSync(join(root, 'content/dictionaries/issuers.txt'), 'utf8'),
    docNumberIssuers: readFileSync(join(root, 'content/dictionaries/docnumber-issuers.txt'), 'utf8'),
    jurisdictions: readFileSync(join(root, 'content/dictionaries/jurisdictions.txt'), 'utf8'),
    existingIds: existingIds(join(root, 'content/policies')),
    existingFiles: existingFiles(join(root, 'content/policies')),
  };
}

/** id → text of every document already in content/policies (for the units a re-import removes). */
function existingFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir)) if (name.endsWith('.md')) files.set(name.slice(0, -3), readFileSync(join(dir, name), 'utf8'));
  return files;
}

/** key → id of every document already in content/policies. */
function existingIds(dir: string): Map<string, string> {
  const ids = new Map<string, string>();
  if (!existsSync(dir)) return ids;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.md')) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    const m = /^---\n([\s\S]*?)\n---/.exec(text);
    if (!m) continue;
    const fm = parse(m[1]!) as { id?: string; key?: string };
    if (fm.key && fm.id) ids.set(fm.key, fm.id);
  }
  return ids;
}

/**
 * The site model as the build makes it, for a command whose standard output is its answer
 * (JSON, citations): the model's build-log lines and warnings go to standard error instead of
 * being mixed into that output — shown, never lost.
 */
export async function loadSiteForCli(): Promise<Site> {
  const { log, warn } = console;
  console.log = console.warn = (...args: unknown[]) => console.error(...args);
  try {
    return await loadSite();
  } finally {
    Object.assign(console, { log, warn });
  }
}
