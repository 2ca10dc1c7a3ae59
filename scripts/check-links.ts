/**
 * npm run check:links — every internal href/src and #fragment in dist/ resolves; exits 1 and
 * lists each broken link (page → href) otherwise. CI runs it after the build.
 */
import { join } from 'node:path';
import { checkLinks } from '../src/lib/linkcheck/index.ts';
import { readSite } from '../src/lib/linkcheck/read.ts';

const files = readSite(join(process.cwd(), process.argv[2] ?? 'dist'));
const broken = checkLinks(files);
const pages = [...files.keys()].filter((f) => f.endsWith('.html')).length;
for (const b of broken) console.error(`${b.from}: ${b.reason}: ${b.href}`);
console.log(`check:links: ${pages} pages, ${broken.length} broken links`);
if (broken.length > 0) process.exitCode = 1;
