import type { APIRoute } from 'astro';
import css from '../../components/subsidy/subsidy.css?raw';

/**
 * `/subsidies/subsidy.css`: the finder's and the document summary's styles as a file of their
 * own. Imported through Astro, a stylesheet this small is inlined as `<style>`, which the site's
 * Content-Security-Policy (`style-src 'self'`, public/_headers) blocks.
 */
export const GET: APIRoute = () => new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
