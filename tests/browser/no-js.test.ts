import { expect, it } from 'vitest';
import { crawl, describeBrowser, open, templates, withPage } from './harness';

const { pages } = await crawl();
const chartPages = pages.filter((p) => (p.html?.chartCount ?? 0) > 0).map((p) => p.path);
const chartTemplates = (await templates()).filter((t) => t.pages.some((p) => chartPages.includes(p)));

describeBrowser('Charts without JavaScript', () => {
  it('every figure.chart on every crawled page has its SVG in the built HTML', () => {
    expect(chartPages.length).toBeGreaterThan(0);
    const blank = pages.flatMap((p) => (p.html?.chartsWithoutSvg ?? []).map((id) => `${p.path}#${id}`));
    expect(blank).toEqual([]);
  });

  for (const { route, pages: made } of chartTemplates) {
    const path = made.find((p) => chartPages.includes(p)) as string;
    it(`${route} (${path}) shows every chart's SVG and its data table with JavaScript disabled`, () =>
      withPage(
        async (page) => {
          await open(page, path);
          const figures = await page.$$eval('figure.chart', (els) =>
            els.map((figure) => {
              const box = figure.querySelector('svg')?.getBoundingClientRect();
              return {
                id: figure.id,
                svgShown: !!box && box.width > 0 && box.height > 0,
                hasTable: !!figure.querySelector('table'),
              };
            }),
          );
          expect(figures.length).toBeGreaterThan(0);
          expect(figures.filter((f) => !f.svgShown || !f.hasTable)).toEqual([]);
          // The table is a native <details> disclosure, so it opens without JavaScript.
          const summary = page.locator('figure.chart details > summary').first();
          if (await summary.count()) {
            await summary.click();
            await expect.poll(() => page.locator('figure.chart details table').first().isVisible()).toBe(true);
          }
        },
        { javaScriptEnabled: false },
      ));
  }
});
