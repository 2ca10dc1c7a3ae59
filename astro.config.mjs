// @ts-check
import { defineConfig } from 'astro/config';
import offline from './src/integrations/offline.ts';
import searchIndex from './src/integrations/search-index.ts';

// A fully static site: every page and data file is written to dist/ at build time.
export default defineConfig({
  output: 'static',
  // Document urls are `/docs/<id>/` (see src/lib/corpus/catalog.ts); directory output serves them as-is.
  // Stylesheets are always files, like scripts below: no inline <style> for a later CSP.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The site makes no requests beyond its own files; the toolbar would load scripts in dev.
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  // The search index (dist/pagefind/) and query vocabulary, once the pages are written; then the
  // service worker for reading offline, which lists the index (off with OFFLINE=off).
  integrations: [searchIndex(), offline()],
  vite: {
    build: {
      // Scripts are always files, never inlined into pages, so a Content-Security-Policy
      // without 'unsafe-inline' can come later; other assets keep Vite's default (4 kB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
