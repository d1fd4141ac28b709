import { expect, it } from 'vitest';
import {
  collectConsoleErrors,
  collectRequestProblems,
  describeBrowser,
  MOBILE,
  open,
  runAxe,
  seriousViolations,
  sitePath,
  withPage,
} from './harness';
import { absenceRecords, latestYear } from '../../src/data/absence';
import compareLas from '../../src/figures/compare-las';
import { parseState } from '../../src/lib/url-state';
import { laCountIn, laCountsByYear } from '../../src/derive/la-count';

const compareTitle = (query: string) => compareLas.title(parseState(compareLas.state, query));

describeBrowser('Local authority profiles, search and compare', () => {
  it('shows a profile built at build time: rank, trends, locator map, similar areas; accessible', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      const problems = collectRequestProblems(page);
      await open(page, '/la/kingston-upon-hull-city-of/');
      expect(await page.textContent('h1')).toBe('Kingston upon Hull, City of');
      expect(await page.textContent('#latest-heading + p')).toMatch(
        new RegExp(
          `ranking \\d+ of ${laCountIn(absenceRecords, latestYear)} local authorities \\(1 = highest absence\\)`,
        ),
      );
      // Two trend charts, each drawn for a desktop column and for a phone; one of each pair is shown.
      expect(await page.locator('figure.chart svg').count()).toBe(4);
      expect(await page.locator('figure.chart svg:visible').count()).toBe(2);
      expect(await page.getAttribute('.locator svg', 'aria-label')).toContain('Kingston upon Hull');
      expect(await page.locator('#similar-heading ~ ul a').count()).toBe(5);
      // Plot's aria-labels on <g> inside the charts are the shared chart components' (checked site-wide by accessibility.test.ts).
      expect(seriousViolations(await runAxe(page, { rules: { 'aria-prohibited-attr': { enabled: false } } }))).toEqual(
        [],
      );
      expect(errors).toEqual([]);
      expect(problems).toEqual([]);
    }));

  it('says once, on About, how many LAs each year has and why, and links there from the counts', () =>
    withPage(async (page) => {
      await open(page, '/la/knowsley/');
      const link = page.locator('#latest-heading + p a');
      expect(await link.textContent()).toBe(`${laCountIn(absenceRecords, latestYear)} local authorities`);
      await link.click();
      await page.waitForURL(/about\/#la-count$/);
      const rows = await page.$$eval('#la-count ~ .table-scroll tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td, th')].slice(0, 2).map((c) => c.textContent!.trim())),
      );
      expect(rows.slice(0, laCountsByYear(absenceRecords).length)).toEqual(
        laCountsByYear(absenceRecords).map((c) => [c.year, String(c.count)]),
      );
    }));

  it('links a former LA to its successors and back', () =>
    withPage(async (page) => {
      await open(page, '/la/cumbria/');
      expect(await page.textContent('h1')).toContain('former local authority, to 2022/23');
      await page.click('.history a:text("Cumberland")');
      await page.waitForURL(/\/la\/cumberland\/$/);
      expect(await page.getAttribute('.history a', 'href')).toBe(sitePath('/la/cumbria/'));
    }));

  for (const viewport of [undefined, MOBILE]) {
    it(`finds an LA by keyboard from the header search${viewport ? ' at 390 px' : ''}`, () =>
      withPage(
        async (page) => {
          const errors = collectConsoleErrors(page);
          await open(page, '/la/');
          const box = page.getByRole('combobox', { name: 'Find a local authority' });
          await box.focus();
          await box.pressSequentially('st. hel');
          await expect
            .poll(() => page.locator('[role="listbox"] [role="option"]').first().textContent())
            .toContain('St. Helens');
          expect(await box.getAttribute('aria-expanded')).toBe('true');
          await page.keyboard.press('Escape');
          expect(await box.getAttribute('aria-expanded')).toBe('false');
          await box.fill('');
          await box.pressSequentially('hull');
          await page.keyboard.press('ArrowDown');
          const active = await box.getAttribute('aria-activedescendant');
          expect(await page.textContent(`#${active}`)).toContain('Kingston upon Hull');
          await page.keyboard.press('Enter');
          await page.waitForURL(/\/la\/kingston-upon-hull-city-of\/$/);
          expect(errors).toEqual([]);
        },
        { viewport },
      ));
  }

  it('filters the list of LAs from ?q= (where the search form lands) as the user types', () =>
    withPage(async (page) => {
      await open(page, '/la/?q=hull');
      expect((await page.locator('#la-groups li:visible a').allTextContents()).sort()).toEqual([
        'Kingston upon Hull, City of',
        'Solihull',
      ]);
      await page.fill('#la-filter', 'bcp');
      await expect
        .poll(() => page.locator('#la-groups li:visible a').allTextContents())
        .toEqual(['Bournemouth, Christchurch and Poole']);
      expect(await page.textContent('#la-filter-status')).toBe('1 of 161 shown');
    }));

  it('without JavaScript, the search box goes to the list of all LAs', () =>
    withPage(
      async (page) => {
        await open(page, '/la/birmingham/');
        await page.fill('#la-search-input', 'hull');
        await page.press('#la-search-input', 'Enter');
        await page.waitForURL(/\/la\/\?q=hull$/);
        expect(await page.locator('#la-groups li a').count()).toBe(161);
      },
      { javaScriptEnabled: false },
    ));

  it('opens compare from a URL, ignores invalid codes, adds and removes LAs, and back/forward restore the view', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/compare/?la=E08000025,NOT-A-CODE,e06000010&measure=persistent');
      const chosen = page.locator('#compare-chosen li');
      await expect.poll(() => chosen.count()).toBe(2);
      expect(await page.textContent('#compare-chart .chart-title')).toBe(
        compareTitle('?la=E08000025,E06000010&measure=persistent'),
      );
      expect(await page.locator('#compare-chart thead th').allTextContents()).toEqual([
        'Academic year',
        'Birmingham (%)',
        'City of Kingston upon Hull (%)',
        'England (%)',
      ]);
      expect(await page.inputValue('#compare-measure')).toBe('persistent');

      await page.selectOption('#compare-add', 'E08000003');
      await page.click('#compare-add-button');
      await page.waitForURL(/la=E08000025,E06000010,E08000003&measure=persistent$/);
      expect(await chosen.count()).toBe(3);

      await page.getByRole('button', { name: 'Remove Birmingham' }).press('Enter');
      await page.waitForURL(/la=E06000010,E08000003&measure=persistent(&slots=1,2)?$/);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Remove /);

      await page.goBack();
      await page.waitForURL(/la=E08000025,E06000010,E08000003/);
      await expect.poll(() => chosen.count()).toBe(3);

      // Another measure fetches that measure's file and redraws; England's 2023/24 rate is rounded once.
      await page.selectOption('#compare-measure', 'overall');
      await page.waitForURL(/la=E08000025,E06000010,E08000003$/);
      await expect
        .poll(() => page.textContent('#compare-chart .chart-title'))
        .toBe(compareTitle('?la=E08000025,E06000010,E08000003&measure=overall'));
      const england = await page.locator('#compare-chart tbody tr', { hasText: '2023/24' }).locator('td').last();
      expect(await england.textContent()).toBe('7.1');
      expect(errors).toEqual([]);
    }));

  it('shows the default comparison (core cities) without JavaScript', () =>
    withPage(
      async (page) => {
        await open(page, '/compare/');
        expect(await page.textContent('#compare-chart .chart-subtitle')).toContain('Birmingham');
        expect(await page.locator('#compare-chart svg').count()).toBe(1);
      },
      { javaScriptEnabled: false },
    ));
});
