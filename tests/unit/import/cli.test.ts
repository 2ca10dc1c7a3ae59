/** The import and corpus commands as a person runs them, on a copy of content/ in a temporary folder. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const repo = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'zhijiao-cli-'));
cpSync(join(repo, 'content'), join(work, 'content'), { recursive: true });
after(() => rmSync(work, { recursive: true, force: true }));

function run(script: string, ...args: string[]) {
  return runWith({}, script, ...args);
}

function runWith(env: Record<string, string>, script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(repo, 'scripts', script), ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run import -- --check', () => {
  it('passes on the committed corpus', () => {
    const r = run('import.ts', '--check');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /up to date/);
  });
  it('fails, naming the file, when a corpus file was edited by hand', () => {
    const file = join(work, 'content/policies/zyjyf-2022.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('第一条', '第壹条'));
    const r = run('import.ts', '--check');
    writeFileSync(file, original);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /content\/policies\/zyjyf-2022\.md differs/);
  });
  it('fails when a corpus file would be deleted', () => {
    writeFileSync(join(work, 'content/policies/stale-doc.md'), '---\nid: stale-doc\n---\n');
    const r = run('import.ts', '--check');
    rmSync(join(work, 'content/policies/stale-doc.md'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /stale-doc\.md would be deleted/);
  });
});

describe('npm run corpus', () => {
  it('prints one JSON object with --json: documents, merged copies, noise, no unaccounted lines', () => {
    const r = run('corpus.ts', '--json');
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as {
      documents: number;
      merged: unknown[];
      unaccountedLines: number;
      fatal: boolean;
      noiseByKind: Record<string, number>;
    };
    assert.equal(report.fatal, false);
    assert.equal(report.unaccountedLines, 0);
    assert.ok(report.documents > 0);
    assert.ok(report.merged.length > 0);
    assert.ok((report.noiseByKind['page-number'] ?? 0) > 0);
  });
  it('counts the dates by basis as of SOURCE_DATE_EPOCH, and says why it cannot outside a git checkout without it', () => {
    const dated = runWith({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 0, 15) / 1000) }, 'corpus.ts', '--json');
    assert.equal(dated.code, 0, dated.stderr);
    const { currency } = JSON.parse(dated.stdout) as { currency: { asOf: string; documents: number; dated: number; datesByBasis: Record<string, number> } };
    assert.equal(currency.asOf, '2026-01-15');
    const dates = Object.values(currency.datesByBasis).reduce((a, b) => a + b, 0);
    assert.ok(currency.dated > 0 && dates >= currency.dated, 'every dated document has at least one date, each counted by its basis');
    assert.ok(currency.datesByBasis.stated! > 0);
    const undated = runWith({ SOURCE_DATE_EPOCH: '' }, 'corpus.ts');
    assert.equal(undated.code, 0, undated.stderr);
    assert.match(undated.stderr, /dates and status not read: No as-of date/);
  });
  it('exits non-zero when a source is unusable (binary junk)', () => {
    const junk = join(work, 'content/sources/999_junk.txt');
    writeFileSync(junk, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 32)));
    const r = run('corpus.ts');
    rmSync(junk);
    assert.equal(r.code, 1);
    assert.match(r.stdout + r.stderr, /999_junk\.txt:1:1: error: binary data/);
  });
});
