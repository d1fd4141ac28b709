/** Embeds and actions of the charts whose state is a list (compare) or one of many values (an LA's trend), and of every /context/ chart. */
import { expect, it } from 'vitest';
import compareLas from '../../src/figures/compare-las';
import laTrend from '../../src/figures/la-trend';
import { parseState } from '../../src/lib/url-state';
import schoolReadiness from '../../src/figures/school-readiness-by-region';
import { collectConsoleErrors, describeBrowser, download, open, sitePath, withPage } from './harness';

const compareTitle = (query: string) => compareLas.title(parseState(compareLas.state, query));

describeBrowser('Embeds that follow any allowed state', () => {
  it('the compare embed draws the LAs and measure in its URL, with their CSV, and drops unknown LA codes', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/embed/compare-las/?la=E09000012,E99999999,E06000010&measure=persistent');
      await expect.poll(() => page.textContent('h1')).toBe(compareTitle('?la=E09000012,E06000010&measure=persistent'));
      expect(await page.getAttribute('[data-slot="chart"]', 'aria-label')).toContain('Hackney');
      expect(await page.locator('[data-slot="chart"] svg').count()).toBe(1);
      const csv = (await download(page, () => page.click('[data-slot="csv"]'))).bytes.toString('utf8');
      expect(csv).toContain('2023/24,E09000012,Hackney,');
      expect(csv).not.toContain('Manchester');
      await open(page, '/embed/compare-las/?la=E99999999,%3Cscript%3E');
      expect(await page.textContent('h1')).toBe(compareTitle(''));
      expect(errors).toEqual([]);
    }));

  it("an LA trend embed for a non-default LA swaps in that LA's prerendered chart", () =>
    withPage(async (page) => {
      await open(page, '/embed/la-trend/?la=E09000012&measure=persistent');
      await expect.poll(() => page.textContent('h1')).toBe(laTrend.title({ la: 'E09000012', measure: 'persistent' }));
      await expect
        .poll(() => page.getAttribute('[data-slot="csv"]', 'href'))
        .toBe(sitePath('/embed/la-trend/la-e09000012--measure-persistent.csv'));
      expect(await page.locator('[data-slot="chart"] svg').count()).toBe(1);
      expect(await page.isHidden('[data-slot="note"]')).toBe(true);
      expect(await page.getAttribute('[data-slot="view"]', 'href')).toMatch(/\/la\/hackney\/$/);
    }));
});

describeBrowser('Chart actions under every chart', () => {
  it("an LA profile's charts offer that LA's downloads and embeds, without and with JavaScript", () =>
    withPage(async (page) => {
      await open(page, '/la/hackney/');
      const actions = page.locator('#persistent-trend .chart-actions');
      expect(await actions.locator('[data-action="csv"]').getAttribute('href')).toBe(
        sitePath('/embed/la-trend/la-e09000012--measure-persistent.csv'),
      );
      expect(await actions.locator('[data-slot="embed"]').inputValue()).toContain(
        '/embed/la-trend/?la=E09000012&amp;measure=persistent',
      );
      await actions.locator('summary', { hasText: 'Cite this' }).click();
      await expect
        .poll(() => actions.locator('[data-slot="cite-plain"]').textContent())
        .toMatch(/Persistent absence in Hackney.*\/la\/hackney\//);
      expect(await page.locator('#overall-trend .chart-actions [data-action="csv"]').getAttribute('href')).toBe(
        sitePath('/embed/la-trend/la-e09000012.csv'),
      );
      const png = await download(page, () => actions.locator('[data-action="png"]').click());
      expect(png.name).toBe('la-trend-la-e09000012--measure-persistent.png');
      expect(png.bytes.subarray(0, 4).toString('hex')).toBe('89504e47');
    }));

  it('without JavaScript, an LA profile offers no PNG link for its LA (none is prebuilt), and the SVG and CSV links', () =>
    withPage(
      async (page) => {
        await open(page, '/la/hackney/');
        const actions = page.locator('#persistent-trend .chart-actions');
        expect(await actions.locator('[data-action="png"]').isHidden()).toBe(true);
        expect(await actions.locator('[data-action="svg"]').getAttribute('href')).toBe(
          sitePath('/embed/la-trend/la-e09000012--measure-persistent.svg'),
        );
      },
      { javaScriptEnabled: false },
    ));

  it('the compare page offers an embed of the LAs it shows', () =>
    withPage(async (page) => {
      await open(page, '/compare/?la=E09000012,E06000010');
      const actions = page.locator('#compare-chart .chart-actions');
      await actions.locator('summary', { hasText: 'Embed' }).click();
      await expect
        .poll(() => actions.locator('[data-slot="embed"]').inputValue())
        .toContain('/embed/compare-las/?la=E09000012%2CE06000010');
      expect(await actions.locator('[data-slot="embed"]').inputValue()).toContain(
        `title="${compareTitle('?la=E09000012,E06000010&measure=overall')}"`,
      );
    }));

  it('every /context/ chart has its own embed, download and cite actions', () =>
    withPage(async (page) => {
      await open(page, '/context/');
      const charts = await page.locator('figure.chart').count();
      expect(charts).toBe(7);
      expect(await page.locator('figure.chart .chart-actions').count()).toBe(charts);
      const figures = await page
        .locator('figure.chart .chart-actions')
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.figure));
      expect(new Set(figures).size).toBe(charts);
    }));

  it("/context/ actions follow the page's year for a chart of one year; a chart over time keeps its one state", () =>
    withPage(async (page) => {
      await open(page, '/context/?year=2022/23');
      await expect
        .poll(() => page.textContent('#school-readiness-by-region .chart-title'))
        .toBe(schoolReadiness.title({ year: '2022/23', chart: 'year' }));
      const year = page.locator('#school-readiness-by-region .chart-actions');
      await year.hover();
      await expect
        .poll(() => year.locator('[data-action="csv"]').getAttribute('href'))
        .toBe(sitePath('/embed/school-readiness-by-region/year-2022-23.csv'));
      const trend = page.locator('#school-readiness-by-region-trend .chart-actions');
      await trend.hover();
      await expect.poll(() => trend.getAttribute('data-key')).toBe('default');
      expect(await trend.locator('[data-action="csv"]').getAttribute('href')).toBe(
        sitePath('/embed/school-readiness-by-region-trend/default.csv'),
      );
    }));
});
