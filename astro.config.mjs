// @ts-check
import { cpSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

// TEMPORARY (parallel development): Astro builds an outDir outside the project in ./.astro, so
// concurrent builds into /tmp/* collide. Give each its own folder inside the project, then copy.
/** @returns {import("astro").AstroIntegration} */
const isolateExternalOutDir = () => {
  let target = '';
  return {
    name: 'isolate-external-outdir',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const out = fileURLToPath(config.outDir);
        const root = fileURLToPath(config.root);
        if (out.startsWith(root)) return;
        target = out;
        updateConfig({ outDir: new URL(`./.builds/${basename(out)}/`, config.root) });
      },
      'astro:build:done': ({ dir }) => {
        if (!target) return;
        rmSync(target, { recursive: true, force: true });
        cpSync(fileURLToPath(dir), target, { recursive: true });
      },
    },
  };
};

export default defineConfig({
  // Set SITE_URL when deploying so canonical links, embeds and citations carry the public address.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [isolateExternalOutDir()],
});
