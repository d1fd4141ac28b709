/**
 * Extra figures other parts of the site add to `npm run bench`, e.g. the map's re-colour time.
 * To add one, create scripts/bench/extras/<name>.ts with a default export of type BenchExtra:
 *
 *   const extra: BenchExtra = {
 *     label: 'Map re-colour after a measure change',
 *     path: '/map/',
 *     unit: 'ms',
 *     measure: (page) => page.evaluate(() => window.__atlasRecolour({ measure: 'persistent' })),
 *   };
 *   export default extra;
 *
 * The page is opened at `path` on the same throttled phone profile as the table, loaded and idle.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';

export interface BenchExtra {
  label: string;
  path: string;
  unit: string;
  measure(page: Page): Promise<number>;
}

const EXTRAS_DIR = join(import.meta.dirname, 'extras');

export async function loadExtras(): Promise<BenchExtra[]> {
  const files = readdirSync(EXTRAS_DIR).filter((f) => /\.ts$/.test(f)).sort();
  const modules = await Promise.all(files.map((f) => import(pathToFileURL(join(EXTRAS_DIR, f)).href) as Promise<{ default: BenchExtra }>));
  return modules.map((m) => m.default);
}
