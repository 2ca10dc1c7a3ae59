/**
 * `npm run check-citations`: offsets into the decoded input, standard input, GB18030 and UTF-16
 * drafts decoded as the importer decodes sources, and a clear error for a binary file.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';

const dir = mkdtempSync(join(tmpdir(), 'check-citations-'));
const DRAFT = '😀依据《中华人民共和国职业教育法》第七十条和人社部发[2021]86号，参照《中华人民共和国民法典》。\r\n';

interface Output {
  citations: Array<{
    text: string;
    start: number;
    end: number;
    verdict: string;
    docId: string | null;
    unitId: string | null;
    url: string | null;
    notes: string[];
    suggestion: string | null;
  }>;
}

function run(args: string[], input?: Uint8Array): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-citations.ts', ...args], { input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** What every decoding of DRAFT must print: offsets in characters, so an emoji counts one. */
function assertDraft(out: Output): void {
  const chars = Array.from(DRAFT);
  assert.deepEqual(
    out.citations.map((c) => [c.verdict, c.docId, c.start, c.end]),
    [
      ['problem', 'zyjyf-2022', 3, 21],
      ['warning', 'rsbf-2021-86', 22, 35],
      ['external', null, 38, 50],
    ],
  );
  for (const c of out.citations) assert.equal(chars.slice(c.start, c.end).join(''), c.text);
  assert.equal(out.citations[1]!.suggestion, '《技工教育“十四五”规划》（人社部发〔2021〕86号）');
}

describe('npm run check-citations', () => {
  it('prints every citation of a UTF-8 file with character offsets, verdicts and notes, and exits 0', () => {
    const r = run([file('draft.txt', Buffer.from(DRAFT, 'utf8'))]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Output;
    assertDraft(out);
    assert.deepEqual(Object.keys(out.citations[0]!), ['text', 'start', 'end', 'verdict', 'docId', 'unitId', 'url', 'notes', 'suggestion']);
    assert.ok(out.citations[0]!.notes.some((n) => n.includes('第七十条')));
  });

  it('reads standard input for -', () => {
    const r = run(['-'], Buffer.from(DRAFT, 'utf8'));
    assert.equal(r.status, 0, r.stderr);
    assertDraft(JSON.parse(r.stdout) as Output);
  });

  it('decodes a GB18030 draft', () => {
    const r = run([file('draft-gb.txt', iconv.encode(DRAFT.replace('😀', '〇'), 'gb18030'))]);
    assert.equal(r.status, 0, r.stderr);
    assertDraft(JSON.parse(r.stdout) as Output);
  });

  it('decodes a UTF-16 draft, with and without byte-order mark', () => {
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DRAFT, 'utf16le')]), Buffer.from(DRAFT, 'utf16le')]) {
      const r = run([file('draft-16.txt', bytes)]);
      assert.equal(r.status, 0, r.stderr);
      assertDraft(JSON.parse(r.stdout) as Output);
    }
  });

  it('refuses a binary file with an error naming it, exit 1', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    const path = file('scan.pdf', bytes);
    const r = run([path]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`^${path.replace(/[.]/g, '\\.')}: not a text draft`));
  });
});
