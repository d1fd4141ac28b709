import { expect, it } from 'vitest';
import { collectConsoleErrors, describeBrowser, MOBILE, open, withPage } from './harness';

const title = (page: import('./harness').Page, id: string) => page.textContent(`#${id} .chart-title`);

describeBrowser('The This year page (daily registers)', () => {
  it("shows England's 2025/26 year to date as DfE published it, labelled as register data", () =>
    withPage(async (page) => {
      await open(page, '/latest/');
      expect(await page.textContent('.source-flag')).toContain('daily registers, not the school census');
      expect(await page.textContent('#headline')).toMatch(/Overall absence\s*6\.9%\s*2025\/26 to week 26/);
      expect(await page.textContent('#headline')).toMatch(/Persistent absence\s*18\.8%/);
    }));

  it('redraws the weekly chart, the reasons and the headline for an LA and school type, keeps them in the URL, and back restores England', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/latest/');
      await page.selectOption('#latest-controls select[name="area"]', 'E08000025');
      await page.waitForURL(/area=E08000025/);
      await expect.poll(() => title(page, 'attendance-weekly')).toMatch(/: Birmingham$/);
      await expect
        .poll(() => title(page, 'attendance-reasons'))
        .toMatch(/reason for absence in Birmingham in 2025\/26 so far$/);
      expect(await page.textContent('#glance-area')).toBe('Birmingham');
      await page.selectOption('#latest-controls select[name="type"]', 'Primary');
      await page.waitForURL(/type=Primary/);
      await expect.poll(() => page.textContent('#attendance-weekly .chart-subtitle')).toMatch(/primary schools/);
      await page.selectOption('#reasons-controls select[name="period"]', 'autumn-to-45');
      await expect.poll(() => title(page, 'attendance-reasons')).toMatch(/autumn weeks 37-45 of 2025\/26$/);
      await page.selectOption('#compare-controls select[name="measure"]', 'persistent-ytd');
      await expect
        .poll(() => page.textContent('#every-area-caption'))
        .toMatch(/^Persistent absence, year to date, primary/);
      expect(await page.$$eval('#every-area tbody tr', (rows) => rows.length)).toBeGreaterThan(160);
      await page.goBack();
      await page.goBack();
      await page.goBack();
      await page.goBack();
      await expect.poll(() => title(page, 'attendance-weekly')).toMatch(/: England$/);
      expect(errors).toEqual([]);
    }));

  it("on a phone, redraws the weekly chart for the screen's width once scrolled to", () =>
    withPage(
      async (page) => {
        await open(page, '/latest/');
        await page.locator('#attendance-weekly').scrollIntoViewIfNeeded();
        await expect
          .poll(() => page.$eval('#attendance-weekly .chart-svg svg', (svg) => Number(svg.getAttribute('width'))))
          .toBeLessThan(400);
      },
      { viewport: MOBILE },
    ));
});
