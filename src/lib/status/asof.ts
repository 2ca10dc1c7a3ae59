/**
 * The date statuses hold as of. A build must not depend on the wall clock (two clean builds
 * are compared byte for byte), so it is `SOURCE_DATE_EPOCH` when set (the reproducible-builds
 * convention), else the date of the last commit that touched `content/`, else unknown.
 */
import { execFileSync } from 'node:child_process';

/**
 * The as-of date from a `SOURCE_DATE_EPOCH` value (seconds since 1970, UTC) or a commit date.
 *
 * @example resolveAsOf('1798761600', null) // '2027-01-01'
 * @example resolveAsOf(undefined, '2026-11-30') // '2026-11-30'
 */
export function resolveAsOf(epoch: string | undefined, commitDate: string | null): string | null {
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000).toISOString().slice(0, 10);
  if (commitDate && /^\d{4}-\d{2}-\d{2}$/.test(commitDate)) return commitDate;
  return null;
}

/**
 * The date (UTC) of the last commit touching `dir` (every path when `dir` is null), or null
 * outside a git checkout or when a shallow clone holds no such commit.
 */
export function lastCommitDate(dir: string | null = 'content'): string | null {
  try {
    const args = ['log', '-1', '--format=%ct', ...(dir === null ? [] : ['--', dir])];
    const out = execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d+$/.test(out) ? new Date(Number(out) * 1000).toISOString().slice(0, 10) : null;
  } catch {
    return null;
  }
}

let cached: string | undefined;

/**
 * The as-of date of this build: `SOURCE_DATE_EPOCH`, else the last commit touching `content/`
 * (else, in a shallow clone without it, the HEAD commit).
 * Throws only when neither is available, since a status without its date would mislead.
 */
export function asOfDate(): string {
  // A shallow clone may not hold the last commit touching content/: its HEAD is later still.
  cached ??= resolveAsOf(process.env.SOURCE_DATE_EPOCH, lastCommitDate() ?? lastCommitDate(null)) ?? undefined;
  if (cached === undefined) throw new Error('No as-of date for statuses: set SOURCE_DATE_EPOCH or build inside a git checkout');
  return cached;
}

/**
 * A title in 书名号, a title inside it in 〈〉 as the 公文 convention nests them.
 *
 * @example bookTitle('关于印发《示例方案》的通知') // '《关于印发〈示例方案〉的通知》'
 */
export function bookTitle(title: string): string {
  return `《${title.replace(/《/gu, '〈').replace(/》/gu, '〉')}》`;
}
