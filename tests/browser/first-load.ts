/**
 * What a page transfers on first load, as a reader gets it: opened with a cold cache, left to settle,
 * then scrolled once to the bottom (so what loads when charts come into view counts too). Each response
 * is measured gzip-compressed, as a static host serves it; the sums are deterministic, so the byte-budget
 * test and `npm run bench` share them.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export const RESOURCE_TYPES = ['html', 'css', 'js', 'data', 'geometry', 'other'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export interface FirstLoad {
  /** gzip bytes by type of response. */
  bytes: Record<ResourceType, number>;
  total: number;
  /** One line per response: gzip bytes and path, largest first (to see what a page loads). */
  files: { path: string; type: ResourceType; gzip: number }[];
}

function typeOf(response: Response): ResourceType {
  const { pathname } = new URL(response.url());
  const contentType = response.headers()['content-type'] ?? '';
  if (/\/geo\/|topo|geojson/i.test(pathname)) return 'geometry';
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('css')) return 'css';
  if (/json|csv/.test(contentType)) return 'data';
  return 'other';
}

/**
 * Resolves once no request has been in flight for quietMs (capped at capMs). With a throttled CPU,
 * module imports and data fetches can start more than 500 ms apart, which `networkidle` would miss.
 */
export function networkQuiet(page: Page, quietMs = 1000, capMs = 30_000): () => Promise<void> {
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    inFlight++;
    lastActivity = Date.now();
  });
  const finished = () => {
    inFlight--;
    lastActivity = Date.now();
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  return async () => {
    const started = Date.now();
    while ((inFlight > 0 || Date.now() - lastActivity < quietMs) && Date.now() - started < capMs)
      await page.waitForTimeout(100);
  };
}

/** Scrolls from top to bottom a screen at a time, giving observers a moment at each stop. */
async function scrollOnce(page: Page): Promise<void> {
  for (let stop = 0; stop < 200; stop++) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(60);
    if (atBottom) break;
  }
}

/** Opens url in a fresh page (cold cache), scrolls it once and sums what it transferred. */
export async function measureFirstLoad(page: Page, url: string, quietMs = 1000): Promise<FirstLoad> {
  const bodies: Promise<{ path: string; type: ResourceType; gzip: number }>[] = [];
  page.on('response', (response) => {
    if (response.status() >= 300 && response.status() < 400) return;
    const { pathname, search } = new URL(response.url());
    bodies.push(
      response
        .body()
        .then((body) => ({ path: pathname + search, type: typeOf(response), gzip: gzipSync(body).length }))
        .catch(() => ({ path: pathname, type: 'other' as const, gzip: 0 })),
    );
  });
  const quiet = networkQuiet(page, quietMs);
  await page.goto(url, { waitUntil: 'load' });
  await quiet();
  await scrollOnce(page);
  await quiet();
  const files = (await Promise.all(bodies)).sort((a, b) => b.gzip - a.gzip);
  const bytes = Object.fromEntries(RESOURCE_TYPES.map((t) => [t, 0])) as Record<ResourceType, number>;
  for (const file of files) bytes[file.type] += file.gzip;
  return { bytes, total: files.reduce((sum, f) => sum + f.gzip, 0), files };
}
