/**
 * Builds the site from a fixture corpus into a fresh folder under node_modules/.cache, for tests
 * that read built pages (tests/unit/docpage/text-is-data.test.ts) or serve them
 * (tests/e2e/fixture-site.ts).
 *
 * Inside the project on purpose: for an outDir outside it Astro keeps its build files in the
 * shared .astro/ folder, and two such builds at once break each other.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

const CACHE = 'node_modules/.cache/zhijiao-fixture-sites';

/**
 * Builds `policyDir` with extra environment `env`; returns the folder and the build's log.
 *
 * @throws when the build fails, with the end of its log (the folder is removed).
 */
export function buildFixture(policyDir: string, env: Record<string, string> = {}): { out: string; log: string } {
  mkdirSync(CACHE, { recursive: true });
  const out = mkdtempSync(path.join(CACHE, 'site-'));
  const build = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build', '--outDir', out], {
    env: { ...process.env, ...env, POLICY_DIR: policyDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const log = `${build.stdout}\n${build.stderr}`;
  if (build.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(`astro build of ${policyDir} failed:\n${log.slice(-4000)}`);
  }
  return { out, log };
}

/** Where fixture builds and other test scratch folders go. */
export const FIXTURE_CACHE = CACHE;
