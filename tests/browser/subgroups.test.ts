import { expect, it } from 'vitest';
import {
  collectConsoleErrors,
  describeBrowser,
  download,
  MOBILE,
  open,
  runAxe,
  seriousViolations,
  sitePath,
  withPage,
} from './harness';

/** Title and subtitle: the plain description is the title, or opens the subtitle when the title states a finding. */
const title = async (page: import('./harness').Page, id: string) =>
  `${await page.textContent(`#${id} .chart-title`)} | ${await page.textContent(`#${id} .chart-subtitle`)}`;
const CHARTS = ['sg-groups', 'sg-trend', 'sg-places'];
const figureIds = (page: import('./harness').Page) =>
  page.$$eval('.chart-actions', (boxes) => boxes.map((b) => (b as HTMLElement).dataset.figure));

describeBrowser('The subgroups page', () => {
  it("moves to another characteristic's own page, keeps the state in the URL, and back restores it", () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/subgroups/');
      expect(await title(page, 'sg-groups')).toMatch(
        /Persistent absence by free school meals \(FSM\) eligibility, England, /,
      );
      await page.selectOption('select[name="dim"]', 'ethnicity-minor');
      await page.waitForURL(new RegExp(`${sitePath('/subgroups/ethnicity-minor/')}$`));
      await page.selectOption('select[name="year"]', '2023/24');
      await page.waitForURL(/year=2023%2F24/);
      expect(await title(page, 'sg-groups')).toContain(
        'Persistent absence by ethnicity (minor groups), England, 2023/24',
      );
      expect(await page.textContent('#sg-sentences li')).toMatch(
        /^In 2023\/24, 70\.2% of pupils in the “Irish Traveller” group/,
      );
      expect(await page.$$eval('#sg-groups tbody tr', (rows) => rows.length)).toBe(20);
      await page.goBack();
      await expect.poll(() => page.inputValue('select[name="year"]')).toBe('2024/25');
      expect(errors).toEqual([]);
    }));

  it('sends an old ?dim= link to its characteristic, applies valid URL values, and shows LA rates by SEN provision as published', () =>
    withPage(async (page) => {
      await open(page, '/subgroups/?dim=sen&year=2022%2F23&area=E08000025&measure=%3Cscript%3E');
      await page.waitForURL(/\/subgroups\/sen\/\?year=2022%2F23&area=E08000025/);
      await expect
        .poll(() => title(page, 'sg-groups'))
        .toContain('Persistent absence by SEN provision, Birmingham, 2022/23');
      expect(await page.textContent('#sg-groups tbody')).toContain('pupil numbers not published');
    }));

  it("fetches no data for a characteristic's built comparison, and then only that characteristic's file", () =>
    withPage(async (page) => {
      const data: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/subgroups/data')) data.push(new URL(r.url()).pathname);
      });
      await open(page, '/subgroups/?dim=fsm');
      expect(data).toEqual([]);
      await page.selectOption('select[name="dim"]', 'gender');
      await page.waitForURL(new RegExp(`${sitePath('/subgroups/gender/')}$`));
      expect(await title(page, 'sg-groups')).toMatch(/Persistent absence by gender, England, /);
      expect(data.filter((path) => path !== sitePath('/subgroups/data/fsm.json'))).toEqual([]);
      await page.selectOption('select[name="measure"]', 'severe');
      await page.waitForURL(/measure=severe/);
      expect(data).toContain(sitePath('/subgroups/data/gender.json'));
      expect(
        data.every((path) =>
          [sitePath('/subgroups/data/fsm.json'), sitePath('/subgroups/data/gender.json')].includes(path),
        ),
      ).toBe(true);
    }));

  it("on a phone, swaps in the charts drawn for a phone's width once they are scrolled to, loading no drawing code or data", () =>
    withPage(
      async (page) => {
        const errors = collectConsoleErrors(page);
        const requests: string[] = [];
        page.on('request', (r) => requests.push(new URL(r.url()).pathname));
        await open(page, '/subgroups/');
        const widths = () =>
          page.$$eval('.chart-svg svg:not(.no-chart)', (svgs) => svgs.map((svg) => Number(svg.getAttribute('width'))));
        expect((await widths()).every((w) => w === 720)).toBe(true);
        for (const id of CHARTS) await page.locator(`#${id} .chart-svg`).scrollIntoViewIfNeeded();
        await expect.poll(async () => (await widths()).every((w) => w < MOBILE.width)).toBe(true);
        expect(await title(page, 'sg-groups')).toMatch(/Persistent absence by free school meals/);
        expect(requests.filter((path) => path.startsWith(sitePath('/subgroups/data/')))).toEqual([]);
        expect(requests.filter((path) => path.endsWith('/narrow.svg'))).toEqual(
          [
            '/embed/subgroup-fsm/narrow.svg',
            '/embed/subgroup-fsm-trend/narrow.svg',
            '/embed/subgroup-fsm-places/narrow.svg',
          ].map(sitePath),
        );
        expect(errors).toEqual([]);
      },
      { viewport: MOBILE },
    ));

  it('puts embed, download and cite links under all three charts, following the characteristic and the URL state', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/subgroups/');
      expect(await figureIds(page)).toEqual(['subgroup-fsm', 'subgroup-fsm-trend', 'subgroup-fsm-places']);
      await page.selectOption('select[name="dim"]', 'sen');
      await page.waitForURL(new RegExp(`${sitePath('/subgroups/sen/')}$`));
      expect(await figureIds(page)).toEqual(['subgroup-sen', 'subgroup-sen-trend', 'subgroup-sen-places']);
      await page.selectOption('select[name="measure"]', 'severe');
      await page.waitForURL(/measure=severe/);
      for (const id of CHARTS) {
        await page.hover(`#${id} .chart-actions`);
        const figure = id === 'sg-groups' ? 'subgroup-sen' : `subgroup-sen-${id.slice(3)}`;
        await expect
          .poll(() => page.getAttribute(`#${id} [data-slot="preview"]`, 'href'))
          .toMatch(new RegExp(`^${sitePath(`/embed/${figure}/`)}\\?measure=severe`));
        const csv = (await page.getAttribute(`#${id} [data-action="csv"]`, 'href'))!;
        expect(csv).toMatch(new RegExp(`^${sitePath(`/embed/${figure}/`)}measure-severe.*\\.csv$`));
        expect(await page.evaluate((url) => fetch(url).then((r) => r.text()), csv)).toMatch(/severe absence/i);
        expect(await page.textContent(`#${id} [data-slot="cite-plain"]`)).toContain('/subgroups/sen/?measure=severe');
      }
      expect(errors).toEqual([]);
    }));

  it('for a local authority, embeds and downloads follow the page (drawn in the browser), never passing England off as it', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/subgroups/?dim=sen&year=2022%2F23&area=E08000025');
      expect(await title(page, 'sg-places')).toMatch(/by place, persistent absence, 2022\/23 \|/);
      for (const id of CHARTS) {
        const actions = page.locator(`#${id} .chart-actions`);
        await actions.hover();
        await expect.poll(() => actions.locator('[data-slot="embed"]').inputValue()).toContain('area=E08000025');
        expect(await actions.locator('[data-slot="note"]').isHidden()).toBe(true);
        const csv = (await download(page, () => actions.locator('[data-action="csv"]').click())).bytes.toString('utf8');
        expect(csv.split('\n')[0]).toBe(`# ${await page.textContent(`#${id} .chart-title`)}`);
      }
      const svg = await download(page, () => page.locator('#sg-groups [data-action="svg"]').click());
      expect(svg.name).toBe('subgroup-sen-year-2022-23--area-e08000025.svg');
      expect(svg.bytes.toString('utf8')).toContain('Birmingham');
      expect(errors).toEqual([]);
    }));

  it("embeds the gap over time and by place: drawn at build time, following prerendered states, and drawing an LA's groups in the browser", () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/embed/subgroup-fsm-trend/');
      expect(await page.textContent('h1')).toBe(
        'The gap in persistent absence between FSM eligible and FSM not eligible in England widened from 15.0 pp in 2012/13 to 20.3 pp in 2024/25',
      );
      expect(await page.locator('figure svg').count()).toBeGreaterThan(0);
      await open(page, '/embed/subgroup-fsm-places/?measure=severe');
      await expect
        .poll(() => page.textContent('h1'))
        .toMatch(/^FSM eligible and FSM not eligible by place, severe absence, /);
      expect(await page.locator('figure svg').count()).toBeGreaterThan(0);
      await open(page, '/embed/subgroup-fsm/?area=E08000025');
      await expect
        .poll(() => page.textContent('body'))
        .toContain('Persistent absence by free school meals (FSM) eligibility, Birmingham, 2022/23');
      expect(await page.isHidden('[data-slot="note"]')).toBe(true);
      expect(await page.locator('figure svg text').allTextContents()).toContain('FSM eligible');
      expect(errors).toEqual([]);
    }));

  it('shows the default comparison with its tables without JavaScript', () =>
    withPage(
      async (page) => {
        await open(page, '/subgroups/');
        for (const id of CHARTS)
          expect(await page.$$eval(`#${id} .chart-svg svg`, (svgs) => svgs.length), id).toBeGreaterThan(0);
        expect(await page.$$eval('#sg-groups tbody tr', (rows) => rows.length)).toBeGreaterThan(2);
        expect(
          await page.$$eval('.chart-actions a[data-action="svg"]', (links) => links.map((a) => a.getAttribute('href'))),
        ).toEqual(
          [
            '/embed/subgroup-fsm/default.svg',
            '/embed/subgroup-fsm-trend/default.svg',
            '/embed/subgroup-fsm-places/default.svg',
          ].map(sitePath),
        );
      },
      { javaScriptEnabled: false },
    ));

  it("renders each characteristic's own page without JavaScript, the default one pointing search engines at /subgroups/", () =>
    withPage(
      async (page) => {
        await open(page, '/subgroups/sen/');
        expect(await title(page, 'sg-groups')).toMatch(/Persistent absence by SEN provision, England, /);
        expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(/\/subgroups\/sen\/$/);
        expect(await page.$$eval('#sg-trend .chart-svg svg', (svgs) => svgs.length)).toBeGreaterThan(0);
        await open(page, '/subgroups/fsm/');
        expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(
          new RegExp(`${sitePath('/subgroups/')}$`),
        );
      },
      { javaScriptEnabled: false },
    ));

  it('offers no image or embed for a chart not drawn, only its data, says why, and offers them again once it is', () =>
    withPage(async (page) => {
      await open(page, '/subgroups/');
      expect(await page.textContent('#sg-places .chart-svg')).toMatch(/nothing to compare by place/);
      for (const part of ['[data-action="svg"]', '[data-action="png"]', '.embed-actions'])
        expect(await page.isHidden(`#sg-places ${part}`), part).toBe(true);
      expect(await page.isVisible('#sg-places [data-action="csv"]')).toBe(true);
      expect(await page.textContent('#sg-places .chart-actions-empty')).toMatch(/^No image or embed for this choice/);
      expect(await page.isVisible('#sg-groups [data-action="svg"]')).toBe(true);
      await page.selectOption('select[name="year"]', '2022/23');
      await page.waitForURL(/year=2022%2F23/);
      await expect.poll(() => page.isVisible('#sg-places [data-action="svg"]')).toBe(true);
      expect(await page.isVisible('#sg-places .embed-actions')).toBe(true);
      expect(await page.isHidden('#sg-places .chart-actions-empty')).toBe(true);
    }));

  it('says so when a chosen year has no data for the comparison and another is shown', () =>
    withPage(async (page) => {
      await open(page, '/subgroups/sen/?year=2024%2F25');
      await expect
        .poll(() => page.textContent('#sg-moved-note'))
        .toBe(
          'Persistent absence by SEN provision has no data for 2024/25 in England: showing 2022/23, the latest year with data.',
        );
      expect(await page.isVisible('#sg-moved-note')).toBe(true);
      expect(await page.inputValue('select[name="year"]')).toBe('2022/23');
    }));

  it('says why there is no place to choose for a characteristic published for England only', () =>
    withPage(async (page) => {
      await open(page, '/subgroups/ethnicity-fsm/');
      expect(await page.isHidden('select[name="area"]')).toBe(true);
      expect(await page.textContent('#sg-place-note')).toMatch(/published for England as a whole, not by region/);
      expect(await page.isVisible('#sg-place-note')).toBe(true);
    }));

  it('has no serious accessibility violations on a phone', () =>
    withPage(
      async (page) => {
        await open(page, '/subgroups/?dim=cin');
        expect(seriousViolations(await runAxe(page))).toEqual([]);
      },
      { viewport: MOBILE },
    ));
});
