/**
 * A tiny static server for the built site (tests and `npm run bench`), behaving like the static hosts we
 * target: directory URLs serve index.html, a directory without its trailing slash redirects, unknown
 * paths get the site's 404 page with status 404, and the rules in the built `_headers` file are applied.
 * The site is served under its base path (e.g. /atlas/), as GitHub Pages serves a project site: nothing
 * outside it exists.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:40123 (no trailing slash) */
  origin: string;
  /** The site's home: origin and base path, e.g. http://127.0.0.1:40123/atlas/ */
  root: string;
  close(): Promise<void>;
}

/** The file a URL path maps to inside root, or null when it does not exist or escapes root. */
function fileFor(root: string, pathname: string): { file: string } | { redirect: true } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const path = resolve(root, `.${decoded}`);
  if (path !== root && !path.startsWith(root + sep)) return null;
  if (!existsSync(path)) return null;
  if (statSync(path).isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: true };
    const index = join(path, 'index.html');
    return existsSync(index) ? { file: index } : null;
  }
  return { file: path };
}

/** Text responses are worth compressing; images and fonts already are. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|manifest\+json)|image\/svg\+xml)/;

export interface ServeOptions {
  port?: number;
  /** The base path the site is served under (e.g. /atlas/); nothing outside it exists. */
  base?: string;
  /** gzip text responses for clients that accept it, as a production host does (the bench's Lighthouse runs need it). */
  gzip?: boolean;
}

export async function serveStatic(
  dir: string,
  { base = '/', port = 0, gzip = false }: ServeOptions = {},
): Promise<StaticServer> {
  const root = resolve(dir);
  const headersPath = join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const notFound = join(root, '404.html');

  // Long URLs are allowed (1 MB) so tests can send hostile 10,000-character parameters to the page scripts.
  const server: Server = createServer({ maxHeaderSize: 1024 * 1024 }, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The path inside the site ('/atlas/map/' -> '/map/'); a path outside the base is not found.
    const inSite = url.pathname.startsWith(base)
      ? `/${url.pathname.slice(base.length)}`
      : `${url.pathname}/` === base
        ? ''
        : null;
    const found = inSite !== null && (req.method === 'GET' || req.method === 'HEAD') ? fileFor(root, inSite) : null;
    if (found && 'redirect' in found) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = found?.file ?? (existsSync(notFound) ? notFound : null);
    const status = found ? 200 : 404;
    const headers: Record<string, string> = {
      ...headersFor(rules, url.pathname),
      'Content-Type': file ? (CONTENT_TYPES[extname(file)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    };
    let body = file ? readFileSync(file) : Buffer.from('Not found\n');
    if (
      gzip &&
      COMPRESSIBLE.test(headers['Content-Type'] as string) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding']))
    ) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    res.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    root: `http://127.0.0.1:${actual}${base}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
