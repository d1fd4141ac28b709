import { expect, it } from 'vitest';
import {
  collectConsoleErrors,
  collectRequestProblems,
  describeBrowser,
  download,
  MOBILE,
  open,
  runAxe,
  seriousViolations,
  sitePath,
  withPage,
} from './harness';

const fills = (page: import('./harness').Page) =>
  page.$$eval('#map-wrap .las path.la', (paths) =>
    paths.map((p) => `${p.getAttribute('data-id')}=${p.getAttribute('fill')}`),
  );

describeBrowser('The bivariate map page', () => {
  it('loads without errors, re-colours the same paths when the measure changes, and records the re-colour time', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      const problems = collectRequestProblems(page);
      await open(page, '/map/');
      const before = await fills(page);
      expect(before.length).toBeGreaterThan(140);
      const firstPath = await page.$('#map-wrap .las path.la');
      await page.selectOption('select[name="measure"]', 'persistent');
      await page.waitForURL(/measure=persistent/);
      await page.waitForFunction(() =>
        document.querySelector('#map-title')?.textContent?.startsWith('Persistent absence'),
      );
      const after = await fills(page);
      expect(after).not.toEqual(before);
      expect(await firstPath!.evaluate((p) => p.isConnected)).toBe(true); // re-coloured, not redrawn
      expect(await page.evaluate(() => window.__atlasRecolourMs)).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      expect(problems).toEqual([]);
    }));

  it('selects an LA from the keyboard, puts it in the URL and links to its profile; back undoes it', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/map/');
      await page.focus('#map-wrap .las path.la[tabindex="0"]');
      await page.keyboard.press('ArrowRight');
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      expect(name).toMatch(/: (low|middle|high) absence, (low|middle|high) deprivation$/);
      await page.keyboard.press('Enter');
      await page.waitForURL(/la=E\d{8}/);
      await expect.poll(() => page.textContent('#la-detail')).toContain(name.split(':')[0]);
      expect(await page.getAttribute('#la-detail a', 'href')).toMatch(new RegExp(`^${sitePath('/la/')}[a-z0-9-]+/$`));
      await page.goBack();
      await page.waitForFunction(() => !location.search.includes('la='));
      await expect.poll(() => page.textContent('#la-detail')).toBe('');
      expect(errors).toEqual([]);
    }));

  it('shows the map above the fold at 1280x800, at least 600 px wide', () =>
    withPage(async (page) => {
      await open(page, '/map/');
      const box = (await page.locator('#map-wrap svg').boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(600);
      expect(box.y).toBeLessThan(800 - 200);
    }));

  it('keeps the scatterplot tab in the URL, with every dot named in plain words and the notable LAs named', () =>
    withPage(async (page) => {
      await open(page, '/map/?tab=scatter');
      await expect.poll(() => page.getAttribute('#tab-scatter', 'aria-selected')).toBe('true');
      expect(await page.isVisible('#map-scatter svg')).toBe(true);
      await expect
        .poll(() => page.getAttribute('#map-scatter .dot[data-id="E08000011"]', 'aria-label'))
        .toMatch(/^Knowsley: overall absence \d+\.\d%; child income deprivation 30\.3% of children$/);
      expect(await page.$$eval('#map-scatter .dot[tabindex]', (t) => t.length)).toBeGreaterThan(140);
      expect(await page.textContent('#map-scatter svg')).toContain(
        'Child income deprivation (IDACI 2019), % of children',
      );
      expect(await page.$$eval('.notable-labels text', (t) => t.length)).toBeGreaterThanOrEqual(4);
      await page.click('#tab-map');
      await page.waitForFunction(() => !location.search.includes('tab='));
      await page.goBack();
      await expect.poll(() => page.getAttribute('#tab-scatter', 'aria-selected')).toBe('true');
    }));

  it('shows a scatterplot tooltip with the LA and both values on hover and keyboard focus, inside the chart; Escape closes it', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/map/?tab=scatter');
      const dot = page.locator('#map-scatter .dot[data-id="E08000011"]');
      await expect.poll(() => dot.getAttribute('aria-label')).toContain('Knowsley');
      await dot.hover();
      const tip = page.locator('#scatter-tooltip');
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toMatch(
        /^Knowsley: overall absence \d+\.\d%; child income deprivation 30\.3% of children$/,
      );
      const inside = async () => {
        const [t, chart] = [(await tip.boundingBox())!, (await page.locator('#map-scatter svg').boundingBox())!];
        return t.x >= chart.x - 1 && t.x + t.width <= chart.x + chart.width + 1 && t.y >= chart.y - 1;
      };
      expect(await inside()).toBe(true);
      expect(parseFloat(await tip.evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(11);
      await page.mouse.move(0, 0);
      await expect.poll(() => tip.isVisible()).toBe(false);
      // Keyboard: Tab reaches one dot, an arrow key moves to the next, each shows its tooltip.
      await page.focus('#map-scatter .dot[tabindex="0"]');
      await expect.poll(() => tip.isVisible()).toBe(true);
      const first = await tip.textContent();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => tip.textContent()).not.toBe(first);
      expect(await tip.textContent()).toMatch(
        /^.+: overall absence \d+\.\d%; child income deprivation \d+\.\d% of children$/,
      );
      expect(await inside()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      // Enter selects the LA focused, as on the map.
      await page.keyboard.press('Enter');
      await page.waitForURL(/la=E\d{8}/);
      expect(errors).toEqual([]);
    }));

  it('on a phone, a tap on a scatterplot dot shows its tooltip inside the chart and selects the LA', () =>
    withPage(
      async (page) => {
        await open(page, '/map/?tab=scatter');
        const dot = page.locator('#map-scatter .dot[data-id="E08000011"]');
        await expect.poll(() => dot.getAttribute('aria-label')).toContain('Knowsley');
        await dot.tap();
        const tip = page.locator('#scatter-tooltip');
        await expect.poll(() => tip.isVisible()).toBe(true);
        expect(await tip.textContent()).toContain('Knowsley: overall absence');
        await page.waitForURL(/la=E08000011/);
        await expect.poll(() => page.textContent('#map-scatter .selected-label')).toBe('Knowsley');
        const [t, chart] = [(await tip.boundingBox())!, (await page.locator('#map-scatter svg').boundingBox())!];
        expect(t.x).toBeGreaterThanOrEqual(chart.x - 1);
        expect(t.x + t.width).toBeLessThanOrEqual(chart.x + chart.width + 1);
      },
      { viewport: MOBILE },
    ));

  it("keeps the scatterplot's embed snippet and citation titled for the state shown (persistent absence and school readiness)", () =>
    withPage(async (page) => {
      await open(page, '/map/?tab=scatter');
      await page.waitForFunction(() => document.querySelector('#map-scatter .dot[tabindex]'));
      await page.selectOption('select[name="measure"]', 'persistent');
      await page.selectOption('select[name="dep"]', 'gld');
      await page.waitForFunction(() =>
        document
          .querySelector('#scatter-title')
          ?.textContent?.startsWith('Persistent absence against school readiness'),
      );
      const actions = page.locator('.chart-actions[data-figure="bivariate-scatter"]');
      await actions.hover();
      const snippet = () => actions.locator('[data-slot="embed"]').inputValue();
      await expect.poll(snippet).toContain('title="Persistent absence against school readiness, every local authority');
      expect(await snippet()).toMatch(
        /src="[^"]*measure=persistent[^"]*dep=gld|src="[^"]*dep=gld[^"]*measure=persistent/,
      );
      expect(await snippet()).not.toContain('Overall absence');
    }));

  it('on a phone, shows the LA table in the page scroll, within the screen width, with the measure and year in its headers and rows of two lines', () =>
    withPage(
      async (page) => {
        await open(page, '/map/');
        const scroll = page.locator('.table-scroll');
        const [client, full] = await scroll.evaluate((e) => [e.clientHeight, e.scrollHeight]);
        expect(full).toBe(client);
        const table = (await page.locator('#la-table').boundingBox())!;
        expect(table.width).toBeLessThanOrEqual(MOBILE.width);
        const visibleHeaders = await page.$$eval('#la-table thead th', (th) =>
          th.filter((t) => t.checkVisibility()).map((t) => t.textContent?.trim()),
        );
        expect(visibleHeaders).toContain('Overall absence 2024/25 (%)');
        expect(visibleHeaders).toContain('Child income deprivation (IDACI 2019, %)');
        const rowHeights = await page.$$eval('#la-table tbody tr', (rows) =>
          rows.slice(0, 40).map((r) => r.getBoundingClientRect().height),
        );
        // Two lines (name and values, then class); three where a long name wraps.
        expect(rowHeights.sort((a, b) => a - b)[20]).toBeLessThan(60);
        expect(Math.max(...rowHeights)).toBeLessThan(90);
      },
      { viewport: MOBILE },
    ));

  it('with a macro-region emphasised, the legend counts its LAs and says so', () =>
    withPage(async (page) => {
      await open(page, '/map/?emph=North');
      await expect
        .poll(() => page.textContent('#map-legend .legend-note'))
        .toBe('Counts: North only (thirds of England)');
      const counted = await page.$$eval('#map-legend .cell[data-cell]:not([data-cell="none"]) text', (t) =>
        t.reduce((n, e) => n + Number(e.textContent), 0),
      );
      expect(counted).toBeLessThan(100);
    }));

  it('shows only the tab the URL names from the start, and moves between tabs with the arrow keys, back and forward', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      // Read when the page's first scripts have run, before its lazily loaded code.
      await page.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => {
          const $ = (id: string) => document.getElementById(id)!;
          (window as unknown as { atStart: unknown }).atStart = {
            map: $('panel-map').hidden,
            scatter: $('panel-scatter').hidden,
            selected: $('tab-scatter').getAttribute('aria-selected'),
          };
        }),
      );
      await open(page, '/map/?tab=scatter');
      expect(await page.evaluate(() => (window as unknown as { atStart: unknown }).atStart)).toEqual({
        map: true,
        scatter: false,
        selected: 'true',
      });
      const shown = () => page.$$eval('[role="tabpanel"]:not([hidden])', (panels) => panels.map((p) => p.id));
      await page.focus('#tab-scatter');
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => !location.search.includes('tab='));
      expect(await shown()).toEqual(['panel-map']);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-map');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.search.includes('tab=scatter'));
      expect(await shown()).toEqual(['panel-scatter']);
      await page.goBack();
      await expect.poll(shown).toEqual(['panel-map']);
      await page.goForward();
      await expect.poll(shown).toEqual(['panel-scatter']);
      expect(await page.getAttribute('#tab-scatter', 'aria-selected')).toBe('true');
      expect(errors).toEqual([]);
    }));

  it('on a phone, finds an LA by name, selects it on the map and scrolls its details into view', () =>
    withPage(
      async (page) => {
        await open(page, '/map/');
        await page.fill('#la-find', 'Leeds');
        await page.dispatchEvent('#la-find', 'change');
        await page.waitForURL(/la=E08000035/);
        await expect.poll(() => page.textContent('#la-detail h3')).toBe('Leeds');
        expect(await page.isVisible('#map-wrap path.la.selected')).toBe(true);
        const box = (await page.locator('#la-detail').boundingBox())!;
        expect(box.y).toBeLessThan(MOBILE.height);
        expect(box.y + Math.min(box.height, 100)).toBeGreaterThan(0);
        expect(await page.textContent('#map-hint')).toContain('Tap an LA');
      },
      { viewport: MOBILE },
    ));

  it('ignores unknown URL values and applies valid ones on load', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/map/?measure=%3Cscript%3E&year=2020%2F21&dep=iod2025&type=secondary');
      await page.waitForFunction(() => document.querySelector('#map-title')?.textContent?.includes('2020/21'));
      expect(await page.inputValue('select[name="measure"]')).toBe('overall');
      expect(await page.inputValue('select[name="year"]')).toBe('2020/21');
      expect(await page.inputValue('select[name="dep"]')).toBe('iod2025');
      expect(await page.$$eval('select[name="year"] option[disabled]', (o) => o.map((x) => x.textContent))).toEqual([
        expect.stringContaining('2019/20'),
      ]);
      expect(errors).toEqual([]);
    }));

  it('compares absence with school readiness: the lowest readiness counts as high need in classes, ranks, legend and table', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/map/?dep=gld&year=2023%2F24');
      await page.waitForFunction(
        () =>
          document.querySelector('#map-title')?.textContent ===
          'Overall absence and school readiness by local authority, 2023/24',
      );
      expect(await page.textContent('#map-summary')).toContain('the bottom third for school readiness');
      expect(await page.$$eval('#la-table thead th', (th) => th.map((t) => t.textContent))).toContain(
        'School readiness rank',
      );
      expect(await page.textContent('#table-units')).toContain('Rank 1 = highest absence / lowest readiness');
      expect(await page.getAttribute('#map-legend .cell[data-cell="2-2"]', 'aria-label')).toMatch(
        /^high absence, low school readiness: \d+ LAs$/,
      );
      const ranked = await page.$$eval('#la-table tbody tr', (rows) =>
        (rows as HTMLTableRowElement[])
          .map((r) => ({
            value: parseFloat(r.cells[4].textContent ?? ''),
            rank: Number(r.cells[5].textContent),
            cls: r.cells[6].textContent ?? '',
          }))
          .filter((r) => Number.isFinite(r.value)),
      );
      const lowest = ranked.reduce((a, b) => (b.value < a.value ? b : a));
      expect(lowest.rank).toBe(1);
      expect(lowest.cls).toMatch(/low school readiness$/);
      expect(await page.getAttribute('#map-wrap .las path.la[data-id="E06000002"]', 'aria-label')).toMatch(
        /^Middlesbrough: .* school readiness$/,
      );
      expect(errors).toEqual([]);
    }));

  it("has an embed that draws any allowed state in the browser (e.g. school readiness in 2022/23), with that state's CSV", () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/embed/bivariate-absence-idaci/?dep=gld&year=2022%2F23&measure=persistent');
      await expect
        .poll(() => page.textContent('h1'))
        .toBe('Persistent absence and school readiness by local authority, 2022/23');
      expect(await page.locator('[data-slot="chart"] svg path.la').count()).toBeGreaterThan(140);
      expect(await page.getAttribute('[data-slot="chart"]', 'aria-label')).toContain(
        'bottom third for school readiness',
      );
      expect(await page.isHidden('[data-slot="note"]')).toBe(true);
      const csv = (await download(page, () => page.click('[data-slot="csv"]'))).bytes.toString('utf8');
      expect(csv).toContain('Persistent absence and school readiness by local authority, 2022/23');
      expect(csv).toMatch(
        /\nMiddlesbrough,E06000002,North East,[\d.]+,\d+,School readiness: % of children at a good level of development at age 5 \(same year\),[\d.]+,\d+,/,
      );
      expect(errors.filter((e) => !e.includes('/favicon.ico'))).toEqual([]);
    }));

  it('downloads the state on screen (school readiness in 2022/23) as SVG, PNG and CSV made in the browser, though it is not prerendered', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/map/?dep=gld&year=2022%2F23');
      const actions = page.locator('.chart-actions[data-figure="bivariate-absence-idaci"]');
      await actions.hover();
      await expect.poll(() => actions.getAttribute('data-key')).toBe('default');
      const svg = await download(page, () => actions.locator('[data-action="svg"]').click());
      expect(svg.name).toBe('bivariate-absence-idaci-year-2022-23--dep-gld.svg');
      const text = svg.bytes.toString('utf8');
      expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(text).toContain('Overall absence and school readiness by local authority, 2022/23');
      expect(
        await page.evaluate(
          (t) => new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror'),
          text,
        ),
      ).toBeNull();
      const png = await download(page, () => actions.locator('[data-action="png"]').click());
      expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      const csv = (await download(page, () => actions.locator('[data-action="csv"]').click())).bytes.toString('utf8');
      expect(csv).toMatch(
        /\nMiddlesbrough,E06000002,North East,[\d.]+,\d+,School readiness: % of children at a good level of development at age 5 \(same year\),[\d.]+,\d+,/,
      );
      expect(await actions.locator('[data-slot="note"]').isHidden()).toBe(true);
      expect(errors).toEqual([]);
    }));

  it('downloads the scatterplot of the state on screen from its own tab, as a figure of its own', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await open(page, '/map/?dep=gld&year=2022%2F23&tab=scatter');
      const actions = page.locator('.chart-actions[data-figure="bivariate-scatter"]');
      await actions.hover();
      const svg = await download(page, () => actions.locator('[data-action="svg"]').click());
      expect(svg.name).toBe('bivariate-scatter-year-2022-23--dep-gld.svg');
      const text = svg.bytes.toString('utf8');
      expect(text).toContain('Overall absence against');
      expect(text).toContain('2022/23');
      expect(text.match(/<circle/g)!.length).toBeGreaterThan(140);
      expect(await page.textContent('#scatter-title')).toMatch(
        /^Overall absence against .*, every local authority, 2022\/23$/,
      );
      expect(errors).toEqual([]);
    }));

  it('highlights the LAs of a legend cell on focus', () =>
    withPage(async (page) => {
      await open(page, '/map/');
      const cell = await page.$('#map-legend .cell[data-cell="2-2"]');
      await cell!.focus();
      const lit = await page.$$eval('#map-wrap .las path.la.lit', (p) => p.length);
      const count = Number(await cell!.evaluate((c) => c.textContent));
      expect(lit).toBe(count);
    }));

  it('shows the map and the table without JavaScript', () =>
    withPage(
      async (page) => {
        await open(page, '/map/');
        expect(await page.$$eval('#map-wrap path.la', (p) => p.length)).toBeGreaterThan(140);
        expect(await page.$$eval('#la-table tbody tr', (r) => r.length)).toBeGreaterThan(140);
        expect(await page.isVisible('#map-controls')).toBe(false);
      },
      { javaScriptEnabled: false },
    ));

  it('has no serious accessibility violations, on desktop and mobile', { timeout: 180_000 }, async () => {
    for (const viewport of [undefined, MOBILE]) {
      await withPage(
        async (page) => {
          await open(page, '/map/');
          expect(seriousViolations(await runAxe(page))).toEqual([]);
        },
        viewport ? { viewport } : {},
      );
    }
  });
});
