/** Colour-vision-deficiency check of the bivariate palette in both themes (simulation in tests/helpers/cvd.ts). */
import { describe, expect, it } from 'vitest';
import { lab } from 'd3-color';
import { MACHADO_2009, minDistance } from '../helpers/cvd';
import { BIVARIATE, BIVARIATE_DARK, bivariateThemeCss, textOn } from '../../src/charts/bivariate-palette';
import { contrast } from '../../src/charts/palette';

/** The page backgrounds of the two themes (src/styles/global.css). */
const PAGES = { light: '#ffffff', dark: '#121417' } as const;
const THEMES = { light: BIVARIATE, dark: BIVARIATE_DARK } as const;
/** Measured minimum pairwise ΔE: light 9.7 (protanopia), 14.3 (deuteranopia), 21.3 (tritanopia); dark 13.0, 14.8, 17.4. */
const MIN_DELTA_E = 9;
const lightness = (hex: string) => lab(hex).l;

for (const [theme, palette] of Object.entries(THEMES) as [keyof typeof THEMES, typeof BIVARIATE][]) {
  describe(`bivariate palette, ${theme} theme`, () => {
    // "No data" is told apart by its hatching, not its hue, so only the nine classes are compared.
    const colours = palette.flat();

    for (const [vision, matrix] of Object.entries(MACHADO_2009)) {
      it(`keeps all nine classes at least ΔE ${MIN_DELTA_E} apart under ${vision}`, () => {
        expect(minDistance(colours, matrix)).toBeGreaterThanOrEqual(MIN_DELTA_E);
      });
    }

    it('makes low-low the quietest class (the least contrast with the page) and high-high the most salient', () => {
      const against = (hex: string) => contrast(hex, PAGES[theme]);
      const byContrast = [...colours].sort((a, b) => against(a) - against(b));
      expect(byContrast[0]).toBe(palette[0][0]);
      expect(against(palette[0][0])).toBeLessThan(against(palette[1][1]));
      expect(against(palette[1][1])).toBeLessThan(against(palette[2][2]));
      // Order by lightness alone, so the classes read without hue: away from the page towards high-high.
      const away = theme === 'light' ? -1 : 1;
      expect(away * (lightness(palette[1][1]) - lightness(palette[0][0]))).toBeGreaterThan(0);
      expect(away * (lightness(palette[2][2]) - lightness(palette[1][1]))).toBeGreaterThan(0);
    });

    it('picks count text with at least 4.5:1 contrast on every cell', () => {
      for (const cell of colours) expect(contrast(cell, textOn(cell)), cell).toBeGreaterThanOrEqual(4.5);
    });
  });
}

describe('bivariate dark-theme rules', () => {
  const scope = ':root[data-theme="dark"]';
  const css = bivariateThemeCss(scope);

  it('gives the legend cell, the map units, the scatter dots and the swatches of a class one dark colour', () => {
    for (const need of [0, 1, 2] as const) {
      for (const absence of [0, 1, 2] as const) {
        const key = `${absence}-${need}`;
        const dark = BIVARIATE_DARK[need][absence];
        expect(css).toContain(
          `${scope} .bivariate-map path.la[data-cell="${key}"],${scope} .bivariate-scatter .dot[data-cell="${key}"],${scope} .bivariate-legend .cell[data-cell="${key}"] rect{fill:${dark}}`,
        );
        expect(css).toContain(`--bivariate-${key}:${dark}`);
        expect(css).toContain(`.bivariate-legend .cell[data-cell="${key}"] text{fill:${textOn(dark)}}`);
      }
    }
  });
});
