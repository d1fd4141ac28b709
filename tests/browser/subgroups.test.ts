import { expect, it } from 'vitest';
import { collectConsoleErrors, describeBrowser, MOBILE, open, runAxe, seriousViolations, withPage } from './harness';

const title = (page: import('./harness').Page, id: string) => page.textContent(`#${id} .chart-title`);

describeBrowser('The subgroups page', () => {
  it('redraws the figures for another characteristic, keeps the state in the URL, and back restores it', () => withPage(async (page) => {
    const errors = collectConsoleErrors(page);
    await open(page, '/subgroups/');
    expect(await title(page, 'sg-groups')).toMatch(/^Persistent absence by Free school meals \(FSM\) eligibility, England, /);
    await page.selectOption('select[name="dim"]', 'ethnicity-minor');
    await page.waitForURL(/dim=ethnicity-minor/);
    await page.selectOption('select[name="year"]', '2023/24');
    await page.waitForURL(/year=2023%2F24/);
    expect(await title(page, 'sg-groups')).toBe('Persistent absence by Ethnicity (minor groups), England, 2023/24');
    expect(await page.textContent('#sg-sentences li')).toMatch(/^In 2023\/24, 70\.2% of pupils in the “Irish Traveller” group/);
    expect(await page.$$eval('#sg-groups tbody tr', (rows) => rows.length)).toBe(20);
    await page.goBack();
    await expect.poll(() => page.inputValue('select[name="year"]')).toBe('2024/25');
    expect(errors).toEqual([]);
  }));

  it('applies valid URL values on load, falls back for unknown ones, and shows LA rates by SEN provision as published', () => withPage(async (page) => {
    await open(page, '/subgroups/?dim=sen&year=2022%2F23&area=E08000025&measure=%3Cscript%3E');
    expect(await title(page, 'sg-groups')).toBe('Persistent absence by SEN provision, Birmingham, 2022/23');
    expect(await page.textContent('#sg-groups tbody')).toContain('pupil numbers not published');
  }));

  it('shows the default comparison with its tables without JavaScript', () => withPage(async (page) => {
    await open(page, '/subgroups/');
    expect(await page.$$eval('#sg-groups svg', (svgs) => svgs.length)).toBeGreaterThan(0);
    expect(await page.$$eval('#sg-groups tbody tr', (rows) => rows.length)).toBeGreaterThan(2);
  }, { javaScriptEnabled: false }));

  it('has no serious accessibility violations on a phone', () => withPage(async (page) => {
    await open(page, '/subgroups/?dim=cin');
    expect(seriousViolations(await runAxe(page))).toEqual([]);
  }, { viewport: MOBILE }));
});
