/**
 * A site of its own for a spec: built from a fixture corpus into a temporary folder (under
 * node_modules/.cache) and served
 * by `astro preview` on a free port, beside the main dist/ server the config starts.
 *
 *   const site = await buildFixtureSite('tests/fixtures/site/policies', { SEARCH_SHARD_RECORDS: '8' });
 *   … page.goto(`${site.origin}/search/`) …
 *   await site.close();
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { buildFixture } from '../build-fixture.ts';

export interface FixtureSite {
  origin: string;
  /** The built folder. */
  out: string;
  /** The build's log (stdout and stderr). */
  log: string;
  /** Stops the server and deletes the folder. */
  close(): Promise<void>;
}

/**
 * Builds the site from `policyDir` with extra environment `env` and serves it.
 *
 * @throws when the build fails (with its log) or the server does not answer within a minute.
 */
export async function buildFixtureSite(policyDir: string, env: Record<string, string> = {}): Promise<FixtureSite> {
  const { out, log } = buildFixture(policyDir, env);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['node_modules/astro/astro.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', out], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const close = async () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid);
    rmSync(out, { recursive: true, force: true });
  };
  for (let tries = 0; tries < 300; tries++) {
    if (server.exitCode !== null) break;
    if (
      await fetch(`${origin}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { origin, out, log, close };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await close();
  throw new Error(`astro preview of ${out} did not answer at ${origin}`);
}

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
