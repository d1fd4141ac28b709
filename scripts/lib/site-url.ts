/**
 * The site's public address, from SITE_URL: its origin and path give the absolute URLs meant for the outside,
 * and its path is the base every internal URL sits under. `npm run build` (the production build) requires it;
 * other commands (dev, check, a bare `astro build`) fall back to the local preview address.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

import { LOCAL_SITE_URL } from '../../src/config/site';

export { LOCAL_SITE_URL };

export interface SiteAddress {
  /** Absolute, with a trailing slash, e.g. https://user.github.io/absence-atlas/ */
  site: string;
  /** Path of `site`, e.g. /absence-atlas/ (or /) */
  base: string;
}

/** Parses a public address; throws a one-line message when it is not an absolute http(s) URL without query or hash. */
export function parseSiteUrl(value: string): SiteAddress {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL=${value} is not an absolute URL (e.g. https://user.github.io/absence-atlas/)`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw new Error(`SITE_URL=${value} must be an http(s) address without ?query or #hash`);
  }
  url.pathname = url.pathname.replace(/\/*$/, '/');
  return { site: url.href, base: url.pathname };
}

export function siteFromEnv(env: NodeJS.ProcessEnv = process.env): SiteAddress {
  const value = env.SITE_URL?.trim();
  if (!value && env.npm_lifecycle_event === 'build') {
    exit('npm run build needs the public address: SITE_URL=https://your.host/path/ npm run build (see README, Deploy)');
  }
  try {
    return parseSiteUrl(value || LOCAL_SITE_URL);
  } catch (error) {
    return exit((error as Error).message);
  }
}

function exit(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

/** A `_headers` file's URL patterns moved under the base path ('/embed/*' -> '/absence-atlas/embed/*'). */
export function headersUnderBase(text: string, base: string): string {
  return text
    .split('\n')
    .map((line) => (line.startsWith('/') ? base + line.slice(1) : line))
    .join('\n');
}

/**
 * Rewrites the built `_headers` (from public/_headers, written for the root) for the base path, so Netlify and
 * Cloudflare Pages apply each rule to the same pages when the site is served under a sub-path.
 */
export function headersForBase(base: string): AstroIntegration {
  return {
    name: 'absence-atlas:headers-for-base',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = new URL('_headers', dir);
        if (base !== '/' && existsSync(file)) writeFileSync(file, headersUnderBase(readFileSync(file, 'utf8'), base));
      },
    },
  };
}
