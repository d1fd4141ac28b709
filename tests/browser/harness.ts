/**
 * Browser test harness shared by every browser test. The site is built once and served, and one
 * Chromium is started, by global-setup.ts; here each test file connects to them.
 *
 *   describeBrowser('The map page', () => {
 *     it('re-colours when the measure changes', () => withPage(async (page) => {
 *       const errors = collectConsoleErrors(page);
 *       await open(page, '/map/?measure=persistent');
 *       ...
 *       expect(errors).toEqual([]);
 *     }));
 *   });
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, inject } from 'vitest';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import type { AxeResults, Result as AxeViolation, RunOptions } from 'axe-core';
import { crawlSite, type Crawl } from './crawl';
import { groupByTemplate, type Template } from './templates';

export type { Page } from 'playwright-core';
export const DESKTOP = { width: 1280, height: 800 } as const;
export const MOBILE = { width: 390, height: 844 } as const;

const skipReason = inject('browserSkipReason');

/** `describe` for browser tests: skipped (with the reason printed once by global setup) without Chromium. */
export function describeBrowser(name: string, body: () => void) {
  return skipReason ? describe.skip(name, body) : describe(name, body);
}

/** A site path ('/map/') as the built site writes it, under its base path ('/atlas/map/'). */
export function sitePath(path = '/'): string {
  return inject('siteBase') + path.replace(/^\//, '');
}

/** Absolute URL of a site path ('/map/') on the served build (under its base path). */
export function siteUrl(path = '/'): string {
  return new URL(sitePath(path), inject('siteOrigin')).href;
}

let browser: Promise<Browser> | undefined;
function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.connect(inject('browserWsEndpoint'));
  return browser;
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  javaScriptEnabled?: boolean;
  /** Mobile emulation (meta viewport, touch); defaults to true when the viewport is narrower than 600 px. */
  isMobile?: boolean;
}

/** Runs fn with a fresh page in its own browser context, closed afterwards. */
export async function withPage<T>(fn: (page: Page) => Promise<T>, options: PageOptions = {}): Promise<T> {
  const viewport = options.viewport ?? DESKTOP;
  const isMobile = options.isMobile ?? viewport.width < 600;
  const context = await (
    await sharedBrowser()
  ).newContext({
    viewport,
    isMobile,
    hasTouch: isMobile,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Clicks what starts a download and returns the file's name and bytes. */
export async function download(page: Page, click: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** Navigates to a site path and waits until the network is idle (scripts ran, data loaded). */
export async function open(page: Page, path: string): Promise<Response | null> {
  return page.goto(siteUrl(path), { waitUntil: 'networkidle' });
}

/**
 * Starts recording console errors and uncaught exceptions (CSP violations appear here too). Call it
 * before navigating; the returned array fills as the page runs.
 */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/**
 * Starts recording requests that failed, answered with HTTP >= 400, or went anywhere but the local
 * site (the site makes no third-party requests). Call it before navigating.
 */
export function collectRequestProblems(page: Page): string[] {
  const problems: string[] = [];
  const origin = inject('siteOrigin');
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin)
      problems.push(`third-party request: ${request.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page. It is evaluated through the DevTools protocol,
 * which the page's Content-Security-Policy does not govern, so the CSP under test stays in force.
 */
export async function runAxe(page: Page, options: RunOptions = {}): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    ...options,
  };
  type Axe = { run(context: Document, options: RunOptions): Promise<AxeResults> };
  return page.evaluate((opts) => (window as unknown as { axe: Axe }).axe.run(document, opts), runOptions);
}

/** Serious and critical violations, one readable line per affected element. */
export function seriousViolations(results: AxeResults): string[] {
  return results.violations
    .filter((v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`));
}

let crawled: Promise<Crawl> | undefined;
/** Every internal page and file reachable from `/`, crawled once per test file (nothing when browser tests are skipped). */
export function crawl(): Promise<Crawl> {
  const origin = inject('siteOrigin');
  crawled ??= origin
    ? crawlSite(origin, inject('siteBase'))
    : Promise.resolve({ origin, base: '/', resources: new Map(), pages: [] });
  return crawled;
}

/** The crawled pages grouped by the src/pages route file that made them. */
export async function templates(): Promise<Template[]> {
  return groupByTemplate((await crawl()).pages.map((p) => p.path));
}
