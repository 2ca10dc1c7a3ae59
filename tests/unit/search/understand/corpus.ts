/**
 * The real corpus for the query-understanding tests: the policies' body text and the query
 * vocabulary jieba builds from it, as the search index does (src/integrations/search-index.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadJieba } from '../../../../src/integrations/jieba.ts';
import { buildVocabulary } from '../../../../src/lib/search/index.ts';

const POLICIES = 'content/policies';

/** Every policy file's text without its frontmatter, by file name. */
export function policyTexts(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(POLICIES)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const text = readFileSync(path.join(POLICIES, name), 'utf8');
    out.set(name, text.replace(/^---\n[\s\S]*?\n---\n/, ''));
  }
  return out;
}

let cached: Promise<Set<string>> | undefined;

/** The query vocabulary of the corpus (built once per test process). */
export function corpusVocabulary(): Promise<Set<string>> {
  cached ??= (async () => {
    const { cut, domainWords } = await loadJieba();
    const texts = [...policyTexts().values()].flatMap((t) => t.split('\n'));
    return new Set(buildVocabulary([...texts, ...domainWords], cut));
  })();
  return cached;
}
