/**
 * The site's Content-Security-Policy, declared once for the page layouts (public/_headers repeats it
 * for hosts that send headers: keep them the same). Scripts only from our origin;
 * inline styles are allowed because Astro inlines its small stylesheets and Plot writes style
 * attributes; blob: images let the browser turn a chart's SVG into a PNG download.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');
