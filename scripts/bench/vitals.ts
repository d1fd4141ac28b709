/**
 * Largest Contentful Paint, Total Blocking Time and Cumulative Layout Shift, observed in the page from
 * before its first byte (an init script) and read once it has settled.
 */
import type { Page } from 'playwright-core';

export interface Vitals {
  fcpMs: number | null;
  lcpMs: number | null;
  /** Sum of (duration - 50 ms) over long tasks after first contentful paint. */
  tbtMs: number;
  /** Largest session window of layout shifts (1 s gap, 5 s cap), as web-vitals defines CLS. */
  cls: number;
}

interface Recorded {
  lcp: number | null;
  longTasks: { start: number; duration: number }[];
  shifts: { start: number; value: number }[];
}

/** Runs in the page before any of its scripts. */
function observe() {
  const recorded: Recorded = { lcp: null, longTasks: [], shifts: [] };
  (window as unknown as { __benchVitals: Recorded }).__benchVitals = recorded;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) recorded.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) recorded.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) recorded.shifts.push({ start: entry.startTime, value: entry.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

export async function observeVitals(page: Page): Promise<void> {
  await page.addInitScript(observe);
}

function sessionWindowMax(shifts: Recorded['shifts']): number {
  let max = 0;
  let current = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const { start, value } of shifts) {
    if (start - last > 1000 || start - first > 5000) {
      current = 0;
      first = start;
    }
    current += value;
    last = start;
    max = Math.max(max, current);
  }
  return max;
}

export async function readVitals(page: Page): Promise<Vitals> {
  // Observers report after a frame; wait for one so the latest entries have been delivered.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  const { recorded, fcp } = await page.evaluate(() => ({
    recorded: (window as unknown as { __benchVitals: Recorded }).__benchVitals,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  }));
  const blocking = recorded.longTasks
    .filter((t) => fcp === null || t.start + t.duration > fcp)
    .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
  return { fcpMs: fcp, lcpMs: recorded.lcp, tbtMs: blocking, cls: sessionWindowMax(recorded.shifts) };
}
