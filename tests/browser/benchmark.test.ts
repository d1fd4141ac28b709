import { expect, it } from 'vitest';
import { collectConsoleErrors, describeBrowser, open, withPage } from './harness';

const title = (page: import('./harness').Page, id: string) => page.textContent(`#${id} .chart-title`);

describeBrowser('The benchmarking page', () => {
  it('redraws the funnel plot and the change map for their options, keeps both in one URL, and back and forward step through them', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/benchmark/');
      const funnelDefault = (await title(page, 'funnel-chart'))!;
      const changeDefault = (await title(page, 'change-chart'))!;
      await page.selectOption('#funnel-controls select[name="year"]', '2018/19');
      await page.waitForURL(/year=2018%2F19/);
      await expect.poll(() => title(page, 'funnel-chart')).toMatch(/England.* 2018\/19/);
      await expect.poll(() => page.textContent('#funnel-chart tbody')).toMatch(/Birmingham/);
      await page.selectOption('#change-controls select[name="measure"]', 'overall');
      await page.waitForURL(/measure=overall/);
      expect(page.url()).toMatch(/year=2018%2F19/);
      await expect.poll(() => title(page, 'change-chart')).toMatch(/overall absence/i);
      await expect.poll(() => page.textContent('#rose-most caption')).toMatch(/overall absence.*ten largest rises/i);
      await page.goBack();
      await expect.poll(() => title(page, 'change-chart')).toBe(changeDefault);
      expect(await page.inputValue('#change-controls select[name="measure"]')).toBe('persistent');
      expect(await title(page, 'funnel-chart')).toMatch(/2018\/19/);
      await page.goBack();
      await expect.poll(() => title(page, 'funnel-chart')).toBe(funnelDefault);
      await page.goForward();
      await expect.poll(() => title(page, 'funnel-chart')).toMatch(/2018\/19/);
      expect(await page.inputValue('#funnel-controls select[name="year"]')).toBe('2018/19');
      expect(errors).toEqual([]);
    }));

  it('opens a shared link in the state it holds', () =>
    withPage(async (page) => {
      await open(page, '/benchmark/?type=secondary&from=2018%2F19');
      await expect
        .poll(() => page.textContent('#funnel-chart .chart-subtitle'))
        .toMatch(/state-funded secondary schools/);
      await expect.poll(() => page.textContent('#change-chart .chart-subtitle')).toMatch(/2018\/19/);
      expect(await page.inputValue('#funnel-controls select[name="type"]')).toBe('secondary');
      expect(await page.inputValue('#change-controls select[name="from"]')).toBe('2018/19');
    }));
});
