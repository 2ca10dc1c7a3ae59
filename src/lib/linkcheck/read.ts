/** Reading a built site folder into the map {@link checkLinks} takes (HTML contents; other files as names). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SiteFiles } from './index.ts';

/** All files below `root`, keyed by their path relative to it with `/` separators. */
export function readSite(root: string): SiteFiles {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(root, p).split('\\').join('/'), name.endsWith('.html') ? readFileSync(p, 'utf8') : '');
    }
  };
  walk(root);
  return files;
}
