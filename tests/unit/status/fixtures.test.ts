/**
 * One fixture folder per behaviour (tests/fixtures/status/<behaviour>/): `policies/*.md`, with
 * optional `dates.yaml` (reviewed corrections) and `events.yaml` (session dates), in;
 * `expected.json` out — each document's dates with their basis and its status with its rule and
 * deciding sentence, as of 2026-12-01.
 * `UPDATE=1` rewrites the expectations; review the diff like code.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadCorpus } from '../../../src/lib/corpus/index.ts';
import { currencyOf, parseDateCorrections, parseEventDates } from '../../../src/lib/status/index.ts';
import { buildLibrary, crossReference } from '../../../src/lib/xref/index.ts';

const ROOT = 'tests/fixtures/status';
const AS_OF = '2026-12-01';

/** What a fixture's expected.json records per document. */
function summary(dir: string) {
  return loadCorpus(path.join(dir, 'policies'), { warn: () => {} }).then((documents) => {
    const xref = crossReference(documents, buildLibrary(documents));
    const file = path.join(dir, 'dates.yaml');
    const corrections = existsSync(file) ? parseDateCorrections(readFileSync(file, 'utf8'), file) : [];
    const eventsFile = path.join(dir, 'events.yaml');
    const events = existsSync(eventsFile) ? parseEventDates(readFileSync(eventsFile, 'utf8'), eventsFile) : new Map<string, string>();
    const currency = currencyOf(documents, AS_OF, { relations: xref.relations, corrections, events });
    return Object.fromEntries(
      [...currency].map(([id, c]) => [
        id,
        {
          status: c.status.value,
          rule: c.status.rule,
          evidence: c.status.evidence && { docId: c.status.evidence.docId, unit: c.status.evidence.unit, sentence: c.status.evidence.sentence },
          validity: { from: c.validity.from, to: c.validity.to },
          dates: c.dates.map((d) => ({
            role: d.role,
            date: d.date,
            basis: d.basis.kind,
            ...(d.basis.from ? { from: d.basis.from } : {}),
            sentence: d.basis.evidence?.sentence ?? null,
          })),
        },
      ]),
    );
  });
}

describe('status fixtures', () => {
  for (const name of readdirSync(ROOT).sort()) {
    const dir = path.join(ROOT, name);
    it(name, async () => {
      const actual = await summary(dir);
      const expectedFile = path.join(dir, 'expected.json');
      if (process.env.UPDATE === '1' || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
