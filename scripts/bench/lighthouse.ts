/**
 * Lighthouse (mobile preset: simulated slow 4G and a 4x slower CPU) on each page, driving Debian's
 * Chromium through chrome-launcher; one Chromium for every run, a cold cache for each.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseFigures {
  perfScore: number | null;
  tbtMs: number | null;
  lcpMs: number | null;
  fcpMs: number | null;
  cls: number | null;
  /** Lighthouse's estimate of this machine's speed (lower when other processes load the CPU). */
  benchmarkIndex: number | null;
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function runLighthouse(
  chromePath: string,
  urls: readonly string[],
  onPage?: (url: string) => void,
): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
  try {
    const results: LighthouseFigures[] = [];
    for (const url of urls) {
      onPage?.(url);
      const runner = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
      const lhr = runner?.lhr;
      const numeric = (id: string) => lhr?.audits[id]?.numericValue ?? null;
      const score = lhr?.categories.performance?.score;
      results.push({
        perfScore: score === null || score === undefined ? null : Math.round(score * 100),
        tbtMs: numeric('total-blocking-time'),
        lcpMs: numeric('largest-contentful-paint'),
        fcpMs: numeric('first-contentful-paint'),
        cls: numeric('cumulative-layout-shift'),
        benchmarkIndex: lhr?.environment.benchmarkIndex ?? null,
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
