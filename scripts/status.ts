/**
 * `npm run status`: the currency report — the as-of date, dates by basis (本文写明 / 承自所属文件 /
 * 他文写明 / 经核校订 / 据所引文件推定), documents by status, and the documents without a date or with
 * status 未知 and why. `npm run --silent status -- --json` prints the same as JSON.
 */
import { formatCurrencySummary, summarizeCurrency } from '../src/lib/status/index.ts';
import { loadSiteForCli } from './lib-cli.ts';

const site = await loadSiteForCli();
const report = summarizeCurrency(site.currency.values(), site.asOf);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log('');
  for (const line of formatCurrencySummary(report)) console.log(line);
  if (report.undated.length > 0) console.log(`\nwithout a date (${report.undated.length}): ${report.undated.join(', ')}`);
  console.log(`\n未知 (${report.unknown.length}):`);
  for (const u of report.unknown) console.log(`  ${u.id}: ${u.reason}`);
}
