/**
 * Extra timings other parts of the site add to `npm run bench`, e.g. the map's re-colour time. To add
 * some, create scripts/bench/extras/<name>.ts with a default export of a BenchExtra (or a list of them):
 *
 *   const extra: BenchExtra = {
 *     label: 'Map re-colour after a measure change',
 *     path: '/map/',
 *     budgetMs: BUDGETS.mapRecolourMs,
 *     measure: (page) => page.evaluate(() => window.__atlasRecolour({ measure: 'persistent' })),
 *   };
 *   export default extra;
 *
 * The page is opened at `path` at 1280x800 on the desktop CPU (no throttling), loaded and idle.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';

export interface BenchExtra {
  label: string;
  path: string;
  budgetMs: number;
  /** Milliseconds. */
  measure(page: Page): Promise<number>;
}

const EXTRAS_DIR = join(import.meta.dirname, 'extras');

export async function loadExtras(): Promise<BenchExtra[]> {
  const files = readdirSync(EXTRAS_DIR)
    .filter((f) => /\.ts$/.test(f))
    .sort();
  const modules = await Promise.all(
    files.map(
      (f) => import(pathToFileURL(join(EXTRAS_DIR, f)).href) as Promise<{ default: BenchExtra | BenchExtra[] }>,
    ),
  );
  return modules.flatMap((m) => m.default);
}

/** Waits two frames and a moment, so work scheduled by an interaction (tasks, idle callbacks, imports) has run. */
export async function settle(page: Page, quietMs = 300): Promise<void> {
  await page.evaluate(
    (ms) => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, ms)))),
    quietMs,
  );
}

/**
 * Main-thread task time (ms) spent from calling act until the page settles: everything the interaction
 * set off, including code it imported and redraws it scheduled, as Chromium's TaskDuration counts it.
 */
export async function mainThreadMs(page: Page, act: () => Promise<unknown>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  await settle(page);
  const before = await taskSeconds();
  await act();
  await page.waitForLoadState('networkidle');
  await settle(page);
  return ((await taskSeconds()) - before) * 1000;
}
