/**
 * The bivariate map's nine classes in both themes: every mark of a class (map unit, scatter dot, table swatch)
 * drawn in its legend cell's colour, and low-low the quietest class on the page, in light and in dark.
 */
import { expect, it } from 'vitest';
import { BIVARIATE, BIVARIATE_DARK } from '../../src/charts/bivariate-palette';
import { contrast } from '../../src/charts/palette';
import { describeBrowser, open, sitePath, withPage, type Page } from './harness';

/** "rgb(57, 57, 57)" -> "#393939". */
const toHex = (css: string) =>
  `#${(css.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')}`;

interface Drawn {
  page: string;
  /** Legend cell key ("absence-need") -> its fill. */
  legend: Record<string, string>;
  /** Every classed mark: its cell key, what it is and its colour. */
  marks: { cell: string; kind: string; colour: string }[];
}

/** The computed colours of the legend and of every classed mark on the page. */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const legend: Record<string, string> = {};
    for (const cell of document.querySelectorAll('.bivariate-legend .cell[data-cell]:not([data-cell="none"])'))
      legend[cell.getAttribute('data-cell')!] = getComputedStyle(cell.querySelector('rect')!).fill;
    const marks = [
      ...[...document.querySelectorAll('.bivariate-map path.la, .bivariate-scatter .dot')].map((el) => ({
        cell: el.getAttribute('data-cell')!,
        kind: el.tagName,
        colour: getComputedStyle(el).fill,
      })),
      ...[...document.querySelectorAll('tr[data-cell] .swatch')].map((el) => ({
        cell: el.closest('tr')!.getAttribute('data-cell')!,
        kind: 'swatch',
        colour: getComputedStyle(el).backgroundColor,
      })),
    ].filter((m) => m.cell !== 'none');
    return { page: getComputedStyle(document.body).backgroundColor, legend, marks };
  });
}

function expectOneColourPerClass(seen: Drawn, palette: readonly (readonly string[])[], kinds: string[]) {
  for (const need of [0, 1, 2]) {
    for (const absence of [0, 1, 2]) expect(toHex(seen.legend[`${absence}-${need}`])).toBe(palette[need][absence]);
  }
  expect([...new Set(seen.marks.map((m) => m.kind))].sort()).toEqual([...kinds].sort());
  for (const mark of seen.marks) expect(mark.colour, `${mark.kind} in class ${mark.cell}`).toBe(seen.legend[mark.cell]);
}

/** Low-low has the least contrast with the page of the nine classes. */
function expectLowLowQuietest(seen: Drawn) {
  const against = (cell: string) => contrast(toHex(seen.legend[cell]), toHex(seen.page));
  const cells = Object.keys(seen.legend);
  expect(cells).toHaveLength(9);
  for (const cell of cells.filter((c) => c !== '0-0')) expect(against('0-0'), cell).toBeLessThan(against(cell));
}

describeBrowser('The bivariate classes in light and dark', () => {
  for (const [theme, palette] of [
    ['dark', BIVARIATE_DARK],
    ['light', BIVARIATE],
  ] as const) {
    it(`draws the map, its table and the scatterplot in the legend's colours, low-low the quietest, in the ${theme} theme`, () =>
      withPage(async (page) => {
        await page.emulateMedia({ colorScheme: theme });
        await open(page, '/map/?tab=scatter');
        const seen = await drawn(page);
        expectOneColourPerClass(seen, palette, ['path', 'circle', 'swatch']);
        expectLowLowQuietest(seen);
        if (theme === 'dark') expect(seen.marks.filter((m) => m.kind === 'circle').length).toBeGreaterThan(140);
      }));
  }

  it("follows the reader's chosen dark theme as well as the system setting", () =>
    withPage(async (page) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
      await open(page, '/map/');
      const seen = await drawn(page);
      expectOneColourPerClass(seen, BIVARIATE_DARK, ['path', 'circle', 'swatch']);
      expectLowLowQuietest(seen);
    }));

  it('gives the map embed the dark classes under a dark system setting, while its SVG download stays light', () =>
    withPage(async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await open(page, '/embed/bivariate-absence-idaci/');
      const seen = await drawn(page);
      expectOneColourPerClass(seen, BIVARIATE_DARK, ['path']);
      expectLowLowQuietest(seen);
      const svg = await page.evaluate(
        (url) => fetch(url).then((r) => r.text()),
        sitePath('/embed/bivariate-absence-idaci/default.svg'),
      );
      expect(svg).toContain(`fill="${BIVARIATE[0][0]}"`);
      expect(svg).not.toContain(BIVARIATE_DARK[0][0]);
    }));
});
