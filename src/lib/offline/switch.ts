/**
 * The build-time switch for reading offline: `OFFLINE=off` (or `0`, `false`, `no`) builds the
 * site without the service worker; anything else, or nothing, builds it with one.
 *
 *   offlineEnabled(undefined)  // true
 *   offlineEnabled('off')      // false
 */
export function offlineEnabled(value: string | undefined): boolean {
  return !OFF.has((value ?? '').trim().toLowerCase());
}

const OFF = new Set(['off', '0', 'false', 'no']);
