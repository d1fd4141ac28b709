// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Set SITE_URL when deploying so canonical links, embeds and citations carry the public address.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // No inlined scripts or assets: the Content-Security-Policy allows scripts from our origin only.
  vite: { build: { assetsInlineLimit: 0 } },
});
