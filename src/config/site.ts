/** Where `npm start` serves the site, and the address used when no public one (SITE_URL) is given. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321/';
