import { expect, it } from 'vitest';
import macroRegionTrends from '../../src/figures/macro-region-trends';
import regionalPersistent from '../../src/figures/regional-persistent-absence';
import {
  collectConsoleErrors,
  describeBrowser,
  download,
  MOBILE,
  open,
  runAxe,
  seriousViolations,
  withPage,
} from './harness';

const title = (page: import('./harness').Page, id: string) => page.textContent(`#${id} .chart-title`);

describeBrowser('The regional trends page', () => {
  it('redraws every figure for the chosen measure, areas and school type, keeps them in the URL, and back/forward restore them', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/trends/');
      await page.selectOption('select[name="measure"]', 'unauthorised');
      await page.waitForURL(/\?measure=unauthorised$/);
      await page.check('input[name="view"][value="regions"]');
      await page.waitForURL(/view=regions/);
      expect(await title(page, 'macro-region-trends')).toBe(
        macroRegionTrends.title({ measure: 'unauthorised', type: 'all', view: 'regions' }),
      );
      expect(await page.$$eval('#period-summary tbody tr', (rows) => rows.length)).toBe(12);
      expect(await page.textContent('#trend-sentences li')).toMatch(/^In \d{4}\/\d{2} /);
      await page.goBack();
      await page.waitForURL(/\?measure=unauthorised$/);
      expect(await page.isChecked('input[name="view"][value="macro"]')).toBe(true);
      expect(await page.$$eval('#period-summary tbody tr', (rows) => rows.length)).toBe(4);
      await page.goBack();
      await expect
        .poll(() => title(page, 'macro-region-trends'))
        .toBe(macroRegionTrends.title({ measure: 'overall', type: 'all', view: 'macro' }));
      await page.goForward();
      await expect.poll(() => page.inputValue('select[name="measure"]')).toBe('unauthorised');
      expect(errors).toEqual([]);
    }));

  it("gives every year's values from the keyboard through the year slider, and on hover", () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/trends/');
      await page.focus('#macro-region-trends-year');
      await page.keyboard.press('Home');
      // The readout's code loads on this first interaction; what was pressed meanwhile is replayed.
      await expect
        .poll(() => page.textContent('#macro-region-trends output'))
        .toMatch(/^2015\/16\. Rate \(%\): North \d+\.\d%, Midlands/);
      expect(await page.$$eval('#macro-region-trends .year-tip[visibility="visible"]', (tips) => tips.length)).toBe(1);
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      expect(await page.textContent('#macro-region-trends output')).toMatch(/^2019\/20\. Rate \(%\): North no data/);
      await page.locator('#regional-trends-by-measure [data-year="2024/25"] rect').first().hover();
      expect(
        await page.$$eval('#regional-trends-by-measure .year-tip[visibility="visible"]', (tips) => tips.length),
      ).toBe(5);
      expect(errors).toEqual([]);
    }));

  it('applies valid URL values on load and ignores unknown ones', () =>
    withPage(async (page) => {
      await open(page, '/trends/?measure=persistent&type=special&year=2022%2F23&view=%3Cscript%3E');
      await expect
        .poll(() => title(page, 'macro-region-trends'))
        .toBe(macroRegionTrends.title({ measure: 'persistent', type: 'special', view: 'macro' }));
      expect(await page.inputValue('select[name="type"]')).toBe('special');
      expect(await title(page, 'regional-persistent-absence')).toBe(
        regionalPersistent.title({ year: '2022/23', type: 'special' }),
      );
    }));

  it('downloads the CSV of the current state, made in the browser', () =>
    withPage(async (page) => {
      await open(page, '/trends/?measure=severe');
      const csv = (await download(page, () => page.click('#macro-region-trends .csv-link'))).bytes.toString('utf8');
      expect(csv).toContain('# Severe absence: North, Midlands and South');
      expect(csv).toMatch(/\narea,academic_year,rate_pct\nNorth,2015\/16,\d/);
    }));

  it("on a phone, redraws each build-time chart for the screen's width once it is scrolled to, so its text stays legible", () =>
    withPage(
      async (page) => {
        const errors = collectConsoleErrors(page);
        await open(page, '/trends/');
        const svgWidth = (id: string) =>
          page.$eval(`#${id} .chart-svg svg`, (svg) => Number(svg.getAttribute('width')));
        expect(await svgWidth('regional-persistent-absence')).toBe(720); // far below the fold: not drawn yet
        await page.locator('#macro-region-trends .chart-svg').scrollIntoViewIfNeeded();
        await expect.poll(() => svgWidth('macro-region-trends')).toBeLessThan(MOBILE.width);
        await page.locator('#regional-persistent-absence .chart-svg').scrollIntoViewIfNeeded();
        await expect.poll(() => svgWidth('regional-persistent-absence')).toBeLessThan(MOBILE.width);
        expect(errors).toEqual([]);
      },
      { viewport: MOBILE },
    ));

  it('fits a 390 px screen and has no serious axe violations', () =>
    withPage(
      async (page) => {
        await open(page, '/trends/?view=regions');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
        expect(seriousViolations(await runAxe(page))).toEqual([]);
      },
      { viewport: MOBILE },
    ));
});
