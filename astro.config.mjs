// @ts-check
import { defineConfig } from 'astro/config';
import { headersForBase, siteFromEnv } from './scripts/lib/site-url';

// The public address (SITE_URL) gives both the absolute URLs meant for the outside (canonical, og:url, oEmbed,
// embed snippets and citations without JavaScript, CSV provenance) and the base path every internal URL sits under,
// e.g. SITE_URL=https://user.github.io/absence-atlas/ serves the site under /absence-atlas/.
const { site, base } = siteFromEnv();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [headersForBase(base)],
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // No inlined scripts or assets: the Content-Security-Policy allows scripts from our origin only.
  vite: {
    build: { assetsInlineLimit: 0 },
    // The base and address for src/lib/site-path.ts, fixed at build time in pages and browser code alike.
    define: { __SITE_BASE__: JSON.stringify(base), __SITE_URL__: JSON.stringify(site) },
  },
});
