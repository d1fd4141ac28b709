/**
 * Loads one page as a phone would, with a cold cache and 4x CPU throttling, and records what it
 * transferred (compressed as a host would serve it) and its web vitals.
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { observeVitals, readVitals, type Vitals } from './vitals';

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;
export const CPU_SLOWDOWN = 4;
export const RESOURCE_TYPES = ['html', 'js', 'css', 'data', 'geometry', 'other'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export interface Transfer {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageMeasurement extends Vitals {
  path: string;
  requests: number;
  bytes: Record<ResourceType, Transfer>;
  total: Transfer;
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

const emptyTransfer = (): Transfer => ({ raw: 0, gzip: 0, brotli: 0 });

/**
 * Resolves once no request has been in flight for quietMs (capped at capMs). With the CPU throttled,
 * module imports and data fetches can start more than 500 ms apart, which `networkidle` would miss.
 */
function networkQuiet(page: Page, quietMs = 2000, capMs = 30_000): () => Promise<void> {
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
    while ((inFlight > 0 || Date.now() - lastActivity < quietMs) && Date.now() - started < capMs) await page.waitForTimeout(100);
  };
}

/** Opens a throttled phone page, runs fn on it once loaded and idle, and closes it. */
export async function withPhonePage<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await observeVitals(page);
    return await fn(page);
  } finally {
    await context.close();
  }
}

export async function measurePage(browser: Browser, origin: string, path: string): Promise<PageMeasurement> {
  return withPhonePage(browser, async (page) => {
    const bodies: Promise<{ type: ResourceType; body: Buffer }>[] = [];
    page.on('response', (response) => {
      if (response.status() >= 300 && response.status() < 400) return;
      bodies.push(response.body().then((body) => ({ type: typeOf(response), body })).catch(() => ({ type: 'other' as const, body: Buffer.alloc(0) })));
    });
    const quiet = networkQuiet(page);
    await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
    await quiet(); // also lets late long tasks and layout shifts land
    const vitals = await readVitals(page);
    const bytes = Object.fromEntries(RESOURCE_TYPES.map((t) => [t, emptyTransfer()])) as Record<ResourceType, Transfer>;
    const total = emptyTransfer();
    for (const { type, body } of await Promise.all(bodies)) {
      const sizes = { raw: body.length, gzip: gzipSync(body).length, brotli: brotliCompressSync(body).length };
      for (const key of ['raw', 'gzip', 'brotli'] as const) {
        bytes[type][key] += sizes[key];
        total[key] += sizes[key];
      }
    }
    return { path, requests: bodies.length, bytes, total, ...vitals };
  });
}
