import { defineConfig } from '@playwright/test';

/** E2E_PORT lets two checkouts test side by side without one testing the other's dist/. */
const port = Number(process.env.E2E_PORT ?? 4321);

/**
 * End-to-end tests against the built site (dist/) served by `astro preview`, in the system
 * Chromium (Debian's; CHROMIUM_PATH overrides) rather than a Playwright download.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // No sandbox in containers; the rest keeps Chromium from calling home during tests.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
