/**
 * Every internal URL goes through sitePath, so the site works under any base path (SITE_URL's path, e.g.
 * /absence-atlas/ on GitHub Pages). Paths in the code are written from the site's root ('/map/'); the build puts
 * the base in (astro.config.mjs `define`, the same in pages and browser bundles, and unlike import.meta.env never
 * taken from a BASE_URL environment variable); in Node scripts and unit tests the base is '/'.
 */
import { LOCAL_SITE_URL } from '../config/site';

declare const __SITE_BASE__: string | undefined;
declare const __SITE_URL__: string | undefined;

const BASE = typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : '/';

/** The public address the site is built for (SITE_URL); outside a build, the local preview address. */
export const SITE_URL = typeof __SITE_URL__ === 'string' ? __SITE_URL__ : LOCAL_SITE_URL;

/** '/map/' -> '/absence-atlas/map/' under that base; anything not starting with one '/' is returned as it is. */
export const sitePath = (path: string): string =>
  path.startsWith('/') && !path.startsWith('//') ? BASE + path.slice(1) : path;

/** The site path of a URL path under the base ('/absence-atlas/map/' -> '/map/'), or null outside it. */
export const pathInSite = (pathname: string): string | null =>
  pathname.startsWith(BASE) ? `/${pathname.slice(BASE.length)}` : pathname === BASE.slice(0, -1) ? '/' : null;

/** The absolute URL of a site path on a host: the build's SITE_URL, or in the browser the page's own address. */
export const absoluteUrl = (path: string, site: string | URL): string => new URL(sitePath(path), site).href;
