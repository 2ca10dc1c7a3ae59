/**
 * The search index, built when the site is: in `astro:build:done`, one Pagefind record per
 * unit (src/lib/search/records.ts) through Pagefind's Node API into `dist/pagefind/`, and the
 * query vocabulary (jieba over the corpus) into `dist/search/words.txt`.
 *
 * Every Pagefind response's `errors` fails the build with the record's url; the Pagefind
 * service is closed in `finally`, whatever happened.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
// Imported statically: Astro closes the module runner that loaded the config before
// `astro:build:done`, so nothing can be imported lazily from inside the hook.
import * as pagefind from 'pagefind';
import { listUnits } from '../lib/cite/index.ts';
import { loadSite, type PolicyDocument } from '../lib/corpus/index.ts';
import {
  buildIndex,
  buildVocabulary,
  documentRecords,
  MAX_SHARD_RECORDS,
  shardPath,
  shardRecords,
  THESAURUS_FILE,
  type IndexFiles,
  type SearchRecord,
} from '../lib/search/index.ts';
import { answerKinds } from '../lib/search/understood.ts';
import { loadJieba } from './jieba.ts';

/** The domain thesaurus (query understanding's), served beside the ranked index. */
export const THESAURUS = 'content/dictionaries/synonyms.txt';
/** Where the bundle and the vocabulary go, relative to the output directory. */
export const BUNDLE_DIR = 'pagefind';
/** The bigram index's vocabulary (the legacy engine, kept for the evaluation's baseline). */
export const VOCABULARY_FILE = 'search/bigram-words.txt';
/** The bundles the search page merges into the first one (`[]` for one shard), a JSON array of paths. */
export const SHARDS_FILE = `${BUNDLE_DIR}/shards.json`;
/**
 * Units longer than this that hold other units are indexed by their own paragraphs: on the
 * labelled queries 600, 1500 and no limit score the same, and 1000 keeps the index a fifth
 * smaller (see tests/search-eval/).
 */
const MAX_CONTAINER = 1000;
/** Pagefind's own search interfaces, written with every bundle; the site has its own page. */
const UNUSED_UI = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The integration: `integrations: [searchIndex()]` in astro.config.mjs. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'zhijiao:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const { documents, records } = await corpusRecords();
        // One Pagefind process per shard, closed before the next, so memory stays bounded.
        const shards = shardRecords(records, shardSize());
        for (const [n, shard] of shards.entries()) await writeBundle(shard, path.join(out, BUNDLE_DIR, shardPath(n)), logger);
        const merged = shards.slice(1).map((_, i) => `/${BUNDLE_DIR}/${shardPath(i + 1)}`);
        await writeFile(path.join(out, SHARDS_FILE), JSON.stringify(merged) + '\n');

        const { cut, cutForSearch, domainWords } = await loadJieba();
        const ranked = await rankedIndex(records, cutForSearch);
        await writeFiles(out, ranked);
        // Every text once: titles, top-level units (with all they hold), paragraphs outside units.
        const texts = [
          ...documents.flatMap((doc) => [
            doc.tree.meta.title,
            ...listUnits(doc.tree)
              .filter((u) => u.depth === 0)
              .map((u) => u.text),
          ]),
          ...records.filter((r) => r.meta.level === 'text').map((r) => r.meta.text),
        ];
        const words = buildVocabulary([...texts, ...domainWords], cut);
        const file = path.join(out, VOCABULARY_FILE);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, words.join('\n') + '\n');
        // `npm run bench` reads the time from this line (scripts/bench/build.ts).
        logger.info(
          `${records.length} search records, ${words.length} vocabulary words, ranked index ${ranked.size} files in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}

/**
 * The corpus and its search records, from the build's one site model (src/lib/corpus/site.ts):
 * the pages parsed and cross-referenced it already, and the catalog carries each status.
 */
export async function corpusRecords(policyDir?: string): Promise<{ documents: PolicyDocument[]; records: SearchRecord[] }> {
  const { documents, catalog } = await loadSite(policyDir);
  const entries = new Map(catalog.documents.map((entry) => [entry.id, entry]));
  const records = documents.flatMap((doc) => documentRecords({ id: doc.id, tree: doc.tree, entry: entries.get(doc.id)! }, { maxContainer: MAX_CONTAINER }));
  return { documents, records };
}

/**
 * Indexes records with Pagefind's Node API and writes the bundle to `outputPath`.
 *
 * @throws when Pagefind reports an error for any step; the service is closed either way.
 */
export async function writeBundle(records: readonly SearchRecord[], outputPath: string, logger?: AstroIntegrationLogger): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    fail('createIndex', errors);
    if (!index) throw new Error('pagefind: createIndex returned no index');
    for (const record of records) {
      const response = await index.addCustomRecord(record);
      fail(`addCustomRecord ${record.url}`, response.errors);
    }
    const written = await index.writeFiles({ outputPath });
    fail('writeFiles', written.errors);
    await Promise.all(UNUSED_UI.map((file) => rm(path.join(outputPath, file), { force: true })));
    logger?.info(`pagefind bundle written to ${path.relative(process.cwd(), outputPath) || outputPath}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * The ranked index's files (src/lib/search/static-index/) and the thesaurus the browser reads
 * beside them (missing file: an empty thesaurus).
 */
export async function rankedIndex(records: readonly SearchRecord[], cutForSearch: (text: string) => string[]): Promise<IndexFiles> {
  const files = buildIndex(records, { cut: cutForSearch, answerKinds });
  const thesaurus = await readFile(THESAURUS, 'utf8').catch(() => '');
  files.set(THESAURUS_FILE, thesaurus);
  return files;
}

/** Writes the ranked index's files (site paths) under the output folder. */
export async function writeFiles(out: string, files: IndexFiles): Promise<void> {
  for (const [site, content] of files) {
    const file = path.join(out, site.slice(1));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

/** Records per shard: `$SEARCH_SHARD_RECORDS` (tests set it low to get several), else the default. */
function shardSize(): number {
  const n = Number(process.env.SEARCH_SHARD_RECORDS);
  return Number.isInteger(n) && n > 0 ? n : MAX_SHARD_RECORDS;
}

function fail(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind: ${step} failed:\n${errors.join('\n')}`);
}
