/** Output size: dist/ in bytes, the largest document page, first-load JS (gzip) of a page. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Total bytes and file count of a folder. */
export function folderSize(root: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else {
        bytes += s.size;
        files++;
      }
    }
  };
  if (existsSync(root)) walk(root);
  return { bytes, files };
}

/** The largest dist/docs/<id>/index.html. */
export function largestDocumentPage(dist: string): { id: string; bytes: number; gzip: number } {
  let best = { id: '', bytes: 0, gzip: 0 };
  const docs = join(dist, 'docs');
  for (const id of readdirSync(docs)) {
    const file = join(docs, id, 'index.html');
    if (!existsSync(file)) continue;
    const size = statSync(file).size;
    if (size > best.bytes) best = { id, bytes: size, gzip: gzipSync(readFileSync(file)).length };
  }
  return best;
}

/**
 * JavaScript a page loads before any interaction: its module scripts and their static imports
 * (followed through the built chunks), gzip-compressed as a server would send them.
 */
export function firstLoadJs(dist: string, page: string): { files: string[]; bytes: number; gzip: number } {
  const html = readFileSync(join(dist, page), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  // Inline module scripts may import chunks too.
  for (const m of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) for (const i of m[1]!.matchAll(/from\s*"([^"]+\.js)"|import\("([^"]+\.js)"\)|import\s*"([^"]+\.js)"/g)) queue.push((i[1] ?? i[2] ?? i[3])!);
  let bytes = 0;
  let gzip = 0;
  while (queue.length > 0) {
    const src = queue.shift()!;
    if (!src.startsWith('/') || seen.has(src)) continue;
    seen.add(src);
    const file = join(dist, src);
    if (!existsSync(file)) continue;
    const text = readFileSync(file);
    bytes += text.length;
    gzip += gzipSync(text).length;
    // Static imports inside the chunk: import "./x.js" / from "./x.js" (relative to the chunk).
    for (const m of text.toString('utf8').matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) queue.push(new URL(m[1]!, `http://x${src}`).pathname);
  }
  return { files: [...seen], bytes, gzip };
}
