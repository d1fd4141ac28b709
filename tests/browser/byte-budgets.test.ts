import { expect, it } from 'vitest';
import { BUDGETS, BYTE_EXCEPTIONS, overByteBudgets } from '../../scripts/bench/budgets';
import { pagesToMeasure } from '../../scripts/bench/pages';
import { measureFirstLoad } from './first-load';
import { describeBrowser, DESKTOP, MOBILE, siteUrl, templates, withPage } from './harness';

const pages = pagesToMeasure(await templates());
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describeBrowser(
  `First load of every template stays within ${kb(BUDGETS.totalBytes)} gzip (${kb(BUDGETS.jsBytes)} of JavaScript)`,
  () => {
    for (const viewport of [MOBILE, DESKTOP]) {
      for (const path of pages) {
        const exception = BYTE_EXCEPTIONS[path];
        const limits = exception
          ? ` (a named miss, held to ${kb(exception.totalBytes)} and ${kb(exception.jsBytes)} of JS)`
          : '';
        it(`${path} at ${viewport.width}x${viewport.height}, scrolled once${limits}`, () =>
          withPage(
            async (page) => {
              const load = await measureFirstLoad(page, siteUrl(path), 500);
              const largest = load.files
                .slice(0, 6)
                .map((f) => `${kb(f.gzip)} ${f.path}`)
                .join(', ');
              expect(
                overByteBudgets({ totalBytes: load.total, jsBytes: load.bytes.js }, exception),
                `largest responses: ${largest}`,
              ).toEqual([]);
            },
            { viewport },
          ));
      }
    }
  },
);
