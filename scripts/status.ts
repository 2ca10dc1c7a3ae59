/**
 * `npm run status`: the currency report — the as-of date, dates by basis (本文写明 / 承自所属文件 /
 * 经核校订), documents by status, and the documents without a date or with status 未知 and why.
 * `npm run --silent status -- --json` prints the same as JSON.
 */
import { loadSite } from '../src/lib/corpus/index.ts';
import { DATE_BASIS_LABELS, STATUS_LABELS, STATUS_VALUES, type DateBasisKind } from '../src/lib/status/index.ts';

const site = await loadSite(undefined);
const all = [...site.currency.values()];
const byBasis = Object.fromEntries(Object.keys(DATE_BASIS_LABELS).map((k) => [k, 0])) as Record<DateBasisKind, number>;
for (const c of all) for (const d of c.dates) byBasis[d.basis.kind]++;
const byStatus = Object.fromEntries(STATUS_VALUES.map((v) => [v, all.filter((c) => c.status.value === v).length]));
const undated = all.filter((c) => c.dates.length === 0).map((c) => c.id);
const unknown = all.filter((c) => c.status.value === 'unknown').map((c) => ({ id: c.id, reason: c.status.rule }));
const known = all.length - unknown.length;
const report = {
  asOf: site.asOf,
  documents: all.length,
  dated: all.length - undated.length,
  datesByBasis: byBasis,
  statuses: byStatus,
  known,
  undated,
  unknown,
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pct = (n: number) => `${((100 * n) / all.length).toFixed(1)}%`;
  console.log(`\n效力状态截至 ${site.asOf}`);
  console.log(`documents with a date: ${report.dated}/${all.length} (${pct(report.dated)})`);
  console.log(
    `dates by basis: ${Object.entries(byBasis)
      .map(([k, n]) => `${DATE_BASIS_LABELS[k as DateBasisKind]} ${n}`)
      .join(', ')}`,
  );
  console.log(`statuses: ${STATUS_VALUES.map((v) => `${STATUS_LABELS[v]} ${byStatus[v]}`).join(', ')}`);
  console.log(`status other than 未知: ${known}/${all.length} (${pct(known)})`);
  if (undated.length > 0) console.log(`\nwithout a date (${undated.length}): ${undated.join(', ')}`);
  console.log(`\n未知 (${unknown.length}):`);
  for (const u of unknown) console.log(`  ${u.id}: ${u.reason}`);
}
