import { expect, it } from 'vitest';
import { collectConsoleErrors, describeBrowser, open, withPage } from './harness';

describeBrowser('The context page', () => {
  it('switches views with its tabs (click, arrow keys), keeps the view in the URL, and back returns to the last one', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/context/');
      expect(await page.isHidden('#view-send')).toBe(true);
      // The page's code loads on first interaction: click until the tab answers.
      await expect
        .poll(async () => {
          if (!page.url().includes('view=send')) await page.click('#tab-send');
          return page.url();
        })
        .toMatch(/view=send/);
      expect(await page.getAttribute('#tab-send', 'aria-selected')).toBe('true');
      expect(await page.isVisible('#view-send')).toBe(true);
      expect(await page.isHidden('#view-readiness')).toBe(true);
      await page.focus('#tab-send');
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/view=attainment/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-attainment');
      expect(await page.isVisible('#view-attainment')).toBe(true);
      await page.goBack();
      await expect.poll(() => page.getAttribute('#tab-send', 'aria-selected')).toBe('true');
      expect(await page.isHidden('#view-attainment')).toBe(true);
      expect(errors).toEqual([]);
    }));
});
