/**
 * Every internal URL goes through sitePath, so the site works under any base path (SITE_URL's path, e.g.
 * /absence-atlas/ on GitHub Pages). Paths in the code are written from the site's root ('/map/'); Vite puts the
 * base in at build time, in Astro pages and browser bundles alike; in Node scripts (no Vite) the base is '/'.
 */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** '/map/' -> '/absence-atlas/map/' under that base; anything not starting with one '/' is returned as it is. */
export const sitePath = (path: string): string => (path.startsWith('/') && !path.startsWith('//') ? BASE + path.slice(1) : path);

/** The site path of a URL path under the base ('/absence-atlas/map/' -> '/map/'), or null outside it. */
export const pathInSite = (pathname: string): string | null => (pathname.startsWith(BASE) ? `/${pathname.slice(BASE.length)}` : pathname === BASE.slice(0, -1) ? '/' : null);

/** The absolute URL of a site path on a host: the build's SITE_URL, or in the browser the page's own address. */
export const absoluteUrl = (path: string, site: string | URL): string => new URL(sitePath(path), site).href;
