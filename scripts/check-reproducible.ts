/**
 * npm run check:reproducible — build the site twice from scratch (no .astro cache) into two
 * temporary folders and compare them file by file: a reproducible build has no timestamps,
 * random ids or unordered maps in its output. Exits 1 and names every differing file otherwise.
 * Builds run one after the other (the machines have 2 cores).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function build(outDir: string): void {
  rmSync(join(process.cwd(), '.astro'), { recursive: true, force: true });
  rmSync(join(process.cwd(), 'node_modules/.astro'), { recursive: true, force: true });
  // The build's own warnings were shown by `npm run build` already: keep them for a failure only.
  const r = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`astro build --outDir ${outDir} failed (${r.status}):\n${r.stderr}`);
}

function hashes(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(root, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(root);
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'zhijiao-repro-'));
try {
  const a = join(work, 'a');
  const b = join(work, 'b');
  build(a);
  build(b);
  const ha = hashes(a);
  const hb = hashes(b);
  const differ = [...new Set([...ha.keys(), ...hb.keys()])].filter((f) => ha.get(f) !== hb.get(f)).sort();
  for (const f of differ) console.log(`check:reproducible: ${f} ${ha.has(f) && hb.has(f) ? 'differs' : 'exists in one build only'}`);
  console.log(`check:reproducible: ${ha.size} files, ${differ.length} differ`);
  if (differ.length > 0) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
