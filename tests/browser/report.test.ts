import { NARROW_CHART_WIDTH } from '../../src/config/chart-widths';
import { expect, it } from 'vitest';
import { describeBrowser, MOBILE, open, withPage } from './harness';
import { CHILD_OF_THE_NORTH as report } from '../../src/reports/child-of-the-north';

const VERDICTS = ['reproduced', 'differs', 'not in the published files available', 'holds', 'does not hold'];

describeBrowser('The Child of the North page', () => {
  it('shows every quoted number and statement once, each with a verdict', () =>
    withPage(async (page) => {
      await open(page, '/reports/child-of-the-north/');
      const rows = await page.$$eval('table.reconciliation tbody tr', (trs) =>
        trs.map((tr) => ({ id: tr.id, verdict: tr.querySelector('.verdict')?.textContent?.trim() })),
      );
      expect(rows.map((r) => r.id).sort()).toEqual(
        [...report.quotes.map((q) => q.id), ...report.claims.map((c) => c.id)].sort(),
      );
      for (const r of rows) expect(VERDICTS).toContain(r.verdict);
      expect(await page.textContent('.citation')).toContain('doi:10.48785/100/288');
    }));

  it("links each reproduced figure to its live view and its embed in the report's state, and loads the map only when scrolled to", () =>
    withPage(async (page) => {
      await open(page, '/reports/child-of-the-north/');
      const embeds = await page.$$eval('.live-links a:last-child', (as) => as.map((a) => a.getAttribute('href')));
      for (const path of [
        '/embed/regional-persistent-absence/?year=2022%2F23',
        '/embed/macro-region-trends/?measure=unauthorised',
        '/embed/school-readiness-by-region/?year=2022%2F23',
      ]) {
        expect(
          embeds.some((href) => href?.endsWith(path)),
          path,
        ).toBe(true);
      }
      expect(await page.getAttribute('#report-figure-3 img', 'loading')).toBe('lazy');
    }));

  it("draws the charts for the phone's width and shows each number as a card on a phone", () =>
    withPage(
      async (page) => {
        await open(page, '/reports/child-of-the-north/');
        const widths = await page.$$eval('figure.chart .chart-svg', (holders) =>
          holders.map((h) =>
            [...h.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0)?.getAttribute('width'),
          ),
        );
        expect(widths.every((w) => w === String(NARROW_CHART_WIDTH))).toBe(true);
        expect(await page.$eval('table.reconciliation tbody tr', (tr) => getComputedStyle(tr).display)).toBe('block');
      },
      { viewport: MOBILE },
    ));
});
