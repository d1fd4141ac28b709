/**
 * `npm run bench`: builds the site and times it, times the data pipeline (`build-data.ts --check`, which
 * writes nothing), serves the build gzip-compressed, then for every page in scripts/bench/pages.ts (the
 * issue's pages and states, and one page per other template) prints Lighthouse's mobile figures
 * (performance score, TBT, LCP, FCP, CLS) and the first-load gzip bytes after scrolling once (HTML, CSS,
 * JS, data, geometry), each with its ratio to the home page in the same run, against the budgets in
 * scripts/bench/budgets.ts; then the size of every data/ file and the timings in scripts/bench/extras/.
 * A report: it exits 0 once it has measured.
 *
 * Options: --runs N (median of N Lighthouse runs per page, default 1); --only /map/,/trends/ (those pages,
 * plus / for the ratios); --skip-pipeline. SITE_DIST=<dir> reuses an existing build.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { buildSite } from '../tests/browser/build-site';
import { LOCAL_SITE_URL } from './lib/site-url';
import { chromiumPath, launchOptions } from '../tests/browser/chromium';
import { crawlSite } from '../tests/browser/crawl';
import { measureFirstLoad, type FirstLoad } from '../tests/browser/first-load';
import { serveStatic } from '../tests/browser/static-server';
import { groupByTemplate } from '../tests/browser/templates';
import { BUDGETS, BYTE_EXCEPTIONS, overBudget } from './bench/budgets';
import { loadExtras } from './bench/extras';
import { runLighthouse, type LighthouseFigures } from './bench/lighthouse';
import { pagesToMeasure } from './bench/pages';
import { printTable } from './bench/table';

const ROOT = resolve(import.meta.dirname, '..');
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;
const DESKTOP = { viewport: { width: 1280, height: 800 } } as const;

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Math.max(1, Number(option('--runs') ?? 1));
const only = option('--only')?.split(',');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function timePipeline(): Promise<string> {
  const started = performance.now();
  try {
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-data.ts', '--check'], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return `${((performance.now() - started) / 1000).toFixed(1)} s (data/ matches a rebuild)`;
  } catch (error) {
    const last = String((error as { stderr?: string }).stderr ?? error)
      .trim()
      .split('\n')
      .at(-1);
    return `${((performance.now() - started) / 1000).toFixed(1)} s, FAILED: ${last}`;
  }
}

function dataFileSizes(): string[][] {
  const files = readdirSync(join(ROOT, 'data'), { recursive: true, withFileTypes: true }).filter(
    (f) => f.isFile() && !f.name.startsWith('.'),
  );
  return files
    .map((f) => relative(ROOT, join(f.parentPath, f.name)))
    .sort()
    .map((file) => {
      const body = readFileSync(join(ROOT, file));
      return [file, kb(body.length), kb(gzipSync(body).length), kb(brotliCompressSync(body).length)];
    });
}

async function firstLoad(browser: Browser, url: string): Promise<FirstLoad> {
  const context = await browser.newContext(PHONE);
  try {
    return await measureFirstLoad(await context.newPage(), url);
  } finally {
    await context.close();
  }
}

/** Median of each Lighthouse figure over the runs. */
function combine(runsOfPage: LighthouseFigures[]): LighthouseFigures {
  const pick = (key: keyof LighthouseFigures) =>
    median(runsOfPage.map((r) => r[key]).filter((v): v is number => v !== null));
  return {
    perfScore: pick('perfScore'),
    tbtMs: pick('tbtMs'),
    lcpMs: pick('lcpMs'),
    fcpMs: pick('fcpMs'),
    cls: pick('cls'),
    benchmarkIndex: pick('benchmarkIndex'),
  };
}

/** "1427 x1.1": a figure with its ratio to the home page's (no ratio when the home figure is 0). */
function withRatio(value: number | null, home: number | null, digits = 0): string {
  if (value === null) return 'n/a';
  const text = value.toFixed(digits);
  return home ? `${text} x${(value / home).toFixed(1)}` : text;
}

async function main() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found on PATH (apt-get install -y chromium)');
  const loadBefore = loadavg();
  console.log('Building the site…');
  // Served from the root, as measured pages' paths are written.
  const build = await buildSite({ siteUrl: LOCAL_SITE_URL });
  let pipeline = 'skipped';
  if (!args.includes('--skip-pipeline')) {
    console.log('Running the data pipeline (--check, writes nothing)…');
    pipeline = await timePipeline();
  }
  const server = await serveStatic(build.dir, { gzip: true });
  const browser = await chromium.launch(launchOptions(executablePath));
  try {
    const site = await crawlSite(server.origin);
    const templates = groupByTemplate(site.pages.map((p) => p.path));
    const pages = pagesToMeasure(templates).filter((p) => !only || p === '/' || only.includes(p));
    const url = (path: string) => new URL(path, server.origin).href;

    const loads: FirstLoad[] = [];
    for (const path of pages) {
      process.stdout.write(`Bytes: ${path}\n`);
      loads.push(await firstLoad(browser, url(path)));
    }
    await browser.close(); // one browser at a time on a shared machine
    const perRun: LighthouseFigures[][] = pages.map(() => []);
    for (let run = 0; run < runs; run++) {
      const figures = await runLighthouse(executablePath, pages.map(url), (u) =>
        process.stdout.write(`Lighthouse ${run + 1}/${runs}: ${new URL(u).pathname}${new URL(u).search}\n`),
      );
      figures.forEach((f, i) => perRun[i]!.push(f));
    }
    const lighthouse = perRun.map(combine);
    const loadAfter = loadavg();

    console.log(
      `\nPages: ${site.pages.length} HTML pages from ${templates.length} templates; ${site.resources.size} files reached from /`,
    );
    console.log(`Site build: ${build.seconds === null ? `reused ${build.dir}` : `${build.seconds.toFixed(1)} s`}`);
    console.log(`Data pipeline: ${pipeline}`);
    console.log(
      `Machine load (1-minute average) before ${loadBefore[0]!.toFixed(1)}, after ${loadAfter[0]!.toFixed(1)}; Lighthouse benchmark index ${lighthouse
        .map((l) => l.benchmarkIndex ?? 0)
        .map(Math.round)
        .join(', ')}`,
    );
    console.log(
      `\nLighthouse 12, mobile preset (simulated slow 4G, 4x CPU), median of ${runs}; first-load KB gzip on a 390x844 phone after scrolling once.`,
    );
    console.log('Each figure with its ratio to / in this run (xN).');
    const [home, homeBytes] = [lighthouse[0]!, loads[0]!];
    printTable(
      ['page', 'perf', 'TBT ms', 'LCP ms', 'FCP ms', 'CLS', 'HTML', 'CSS', 'JS', 'data', 'geo', 'total KB'],
      pages.map((path, i) => {
        const [lh, load] = [lighthouse[i]!, loads[i]!];
        return [
          path,
          withRatio(lh.perfScore, home.perfScore),
          withRatio(lh.tbtMs, home.tbtMs),
          withRatio(lh.lcpMs, home.lcpMs),
          withRatio(lh.fcpMs, home.fcpMs),
          withRatio(lh.cls, home.cls, 3),
          kb(load.bytes.html),
          kb(load.bytes.css),
          withRatio(load.bytes.js / 1024, homeBytes.bytes.js / 1024, 1),
          kb(load.bytes.data),
          kb(load.bytes.geometry),
          withRatio(load.total / 1024, homeBytes.total / 1024, 1),
        ];
      }),
      1,
    );

    console.log(
      `\nBudgets (scripts/bench/budgets.ts): <= ${kb(BUDGETS.totalBytes)} KB gzip in total and <= ${kb(BUDGETS.jsBytes)} KB JS; perf >= ${BUDGETS.perfScore}, TBT <= ${BUDGETS.tbtMs} ms, LCP <= ${BUDGETS.lcpMs} ms, CLS < ${BUDGETS.cls}`,
    );
    const over = pages.flatMap((path, i) => {
      const [lh, load] = [lighthouse[i]!, loads[i]!];
      return overBudget({ totalBytes: load.total, jsBytes: load.bytes.js, ...lh }).map((o) => `  ${path}: ${o}`);
    });
    console.log(over.length ? `Over budget:\n${over.join('\n')}` : 'Every page is within budget.');
    const known = pages.filter((path) => BYTE_EXCEPTIONS[path]);
    if (known.length)
      console.log(
        `Named byte-budget misses (why):\n${known.map((path) => `  ${path}: ${BYTE_EXCEPTIONS[path]!.why}`).join('\n')}`,
      );
    if (args.includes('--files')) {
      for (const [i, path] of pages.entries())
        console.log(
          `\n${path}\n${loads[i]!.files.map((f) => `  ${kb(f.gzip).padStart(6)}  ${f.type.padEnd(8)} ${f.path}`).join('\n')}`,
        );
    }

    if (!only) {
      console.log('\nData files (KB):');
      printTable(['file', 'raw', 'gzip', 'brotli'], dataFileSizes(), 1);
    }

    const extras = (await loadExtras()).filter((e) => !only || only.includes(e.path));
    if (extras.length) {
      console.log('\nInteraction timings at 1280x800 on the desktop CPU (scripts/bench/extras/):');
      const desktop = await chromium.launch(launchOptions(executablePath));
      try {
        for (const extra of extras) {
          const context = await desktop.newContext(DESKTOP);
          try {
            const page = await context.newPage();
            await page.goto(url(extra.path), { waitUntil: 'networkidle' });
            const value = await extra.measure(page);
            const verdict = value <= extra.budgetMs ? 'within' : `OVER by ${(value - extra.budgetMs).toFixed(1)} ms`;
            console.log(
              `  ${extra.label} (${extra.path}): ${value.toFixed(1)} ms (budget ${extra.budgetMs} ms: ${verdict})`,
            );
          } finally {
            await context.close();
          }
        }
      } finally {
        await desktop.close();
      }
    }
  } finally {
    if (browser.isConnected()) await browser.close();
    await server.close();
    build.dispose();
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
