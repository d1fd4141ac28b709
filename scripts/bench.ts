/**
 * `npm run bench`: builds the site and times it, times the data pipeline (`build-data.ts --check`,
 * which writes nothing), then loads one page per template on a throttled phone and prints transfer
 * sizes, request counts and web vitals against the budgets in scripts/bench/budgets.ts, plus the size of
 * every data/ file and any extra figures from scripts/bench/extras/. A report: it always exits 0 once
 * it has measured. Options: --runs N (median of N loads for the vitals, default 3).
 * SITE_DIST=<dir> reuses an existing build instead of building.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildSite } from '../tests/browser/build-site';
import { LOCAL_SITE_URL } from './lib/site-url';
import { chromiumPath, launchOptions } from '../tests/browser/chromium';
import { crawlSite } from '../tests/browser/crawl';
import { serveStatic } from '../tests/browser/static-server';
import { groupByTemplate } from '../tests/browser/templates';
import { BUDGETS, overBudget } from './bench/budgets';
import { loadExtras } from './bench/extras';
import { CPU_SLOWDOWN, measurePage, RESOURCE_TYPES, withPhonePage, type PageMeasurement } from './bench/measure';
import { printTable } from './bench/table';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Math.max(1, Number(args[args.indexOf('--runs') + 1])) : 3;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number | null) => (value === null ? 'n/a' : String(Math.round(value)));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function timePipeline(): Promise<string> {
  const started = performance.now();
  try {
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-data.ts', '--check'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return `${((performance.now() - started) / 1000).toFixed(1)} s (data/ matches a rebuild)`;
  } catch (error) {
    const last = String((error as { stderr?: string }).stderr ?? error).trim().split('\n').at(-1);
    return `${((performance.now() - started) / 1000).toFixed(1)} s, FAILED: ${last}`;
  }
}

/** Median vitals of several loads; transfer sizes come from the first (they do not vary). */
function combine(loads: PageMeasurement[]): PageMeasurement {
  const [first] = loads as [PageMeasurement];
  const lcps = loads.map((l) => l.lcpMs).filter((v): v is number => v !== null);
  return { ...first, lcpMs: lcps.length ? median(lcps) : null, tbtMs: median(loads.map((l) => l.tbtMs)), cls: median(loads.map((l) => l.cls)) };
}

function dataFileSizes(): string[][] {
  const files = readdirSync(join(ROOT, 'data'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && !f.name.startsWith('.'));
  return files.map((f) => relative(ROOT, join(f.parentPath, f.name))).sort().map((file) => {
    const body = readFileSync(join(ROOT, file));
    return [file, kb(body.length), kb(gzipSync(body).length), kb(brotliCompressSync(body).length)];
  });
}

async function main() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found on PATH (apt-get install -y chromium)');
  console.log('Building the site…');
  // Served from the root, as measured pages' paths are written.
  const build = await buildSite({ siteUrl: LOCAL_SITE_URL });
  console.log('Running the data pipeline (--check, writes nothing)…');
  const pipeline = await timePipeline();
  const server = await serveStatic(build.dir);
  const browser = await chromium.launch(launchOptions(executablePath));
  try {
    const site = await crawlSite(server.origin);
    const templates = groupByTemplate(site.pages.map((p) => p.path));
    const results: { route: string; m: PageMeasurement }[] = [];
    for (const { route, pages } of templates) {
      const path = pages[0] as string;
      process.stdout.write(`Measuring ${path} (${runs} load(s))…\n`);
      const loads: PageMeasurement[] = [];
      for (let i = 0; i < runs; i++) loads.push(await measurePage(browser, server.origin, path));
      results.push({ route, m: combine(loads) });
    }

    console.log(`\nPages: ${site.pages.length} HTML pages from ${templates.length} templates; ${site.resources.size} files reached from /`);
    console.log(`Site build: ${build.seconds === null ? `reused ${build.dir}` : `${build.seconds.toFixed(1)} s`}`);
    console.log(`Data pipeline: ${pipeline}`);
    console.log(`\nFirst load per template on a phone (390x844, CPU ${CPU_SLOWDOWN}x slower, cold cache). Sizes in KB, gzip (brotli in total column); vitals: median of ${runs}.`);
    printTable(
      ['template', 'page', ...RESOURCE_TYPES, 'total gz', 'total br', 'req', 'LCP ms', 'TBT ms', 'CLS'],
      results.map(({ route, m }) => [
        route, m.path, ...RESOURCE_TYPES.map((t) => kb(m.bytes[t].gzip)), kb(m.total.gzip), kb(m.total.brotli),
        String(m.requests), ms(m.lcpMs), ms(m.tbtMs), m.cls.toFixed(3),
      ]),
    );

    console.log(`\nBudgets (scripts/bench/budgets.ts): <= ${kb(BUDGETS.transferBytes)} KB gzip, LCP <= ${BUDGETS.lcpMs} ms, TBT <= ${BUDGETS.tbtMs} ms, CLS < ${BUDGETS.cls}`);
    const over = results.flatMap(({ m }) => overBudget({ transferBytes: m.total.gzip, lcpMs: m.lcpMs, tbtMs: m.tbtMs, cls: m.cls }).map((o) => `  ${m.path}: ${o}`));
    console.log(over.length ? `Over budget:\n${over.join('\n')}` : 'Every page is within budget.');

    console.log('\nData files (KB):');
    printTable(['file', 'raw', 'gzip', 'brotli'], dataFileSizes(), 1);

    const extras = await loadExtras();
    if (extras.length) {
      console.log('\nExtra figures (scripts/bench/extras/):');
      for (const extra of extras) {
        const value = await withPhonePage(browser, async (page) => {
          await page.goto(new URL(extra.path, server.origin).href, { waitUntil: 'networkidle' });
          return extra.measure(page);
        });
        console.log(`  ${extra.label} (${extra.path}): ${value.toFixed(1)} ${extra.unit}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    build.dispose();
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
