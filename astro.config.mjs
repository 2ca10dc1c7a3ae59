// @ts-check
import { defineConfig } from 'astro/config';

// A fully static site: every page and data file is written to dist/ at build time.
export default defineConfig({
  output: 'static',
  // Document urls are `/docs/<id>/` (see src/lib/corpus/catalog.ts); directory output serves them as-is.
  build: { format: 'directory' },
  // The site makes no requests beyond its own files; the toolbar would load scripts in dev.
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
