/**
 * Colour-vision-deficiency check of the bivariate palette. Simulation: Machado, Oliveira & Fernandes
 * (2009), "A physiologically-based model for simulation of color vision deficiency", severity 1.0
 * matrices applied in linear sRGB; distance: CIE76 ΔE in CIELAB (d3-color).
 */
import { describe, expect, it } from 'vitest';
import { lab, rgb } from 'd3-color';
import { BIVARIATE, BIVARIATE_DARK, bivariateThemeCss, textOn } from '../../src/charts/bivariate-palette';
import { contrast } from '../../src/charts/palette';

const MACHADO_2009: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
  'normal vision': [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

function simulate(hex: string, matrix: number[][]) {
  const { r, g, b } = rgb(hex);
  const linear = [r, g, b].map((v) => toLinear(v / 255));
  const out = matrix.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((sum, m, i) => sum + m * linear[i], 0),
      ),
    ),
  );
  return lab(rgb(...(out.map((v) => 255 * toSrgb(v)) as [number, number, number])));
}

const deltaE = (a: ReturnType<typeof lab>, b: ReturnType<typeof lab>) => Math.hypot(a.l - b.l, a.a - b.a, a.b - b.b);

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
        const simulated = colours.map((c) => simulate(c, matrix));
        let min = Infinity;
        for (let i = 0; i < simulated.length; i++) {
          for (let j = i + 1; j < simulated.length; j++) min = Math.min(min, deltaE(simulated[i], simulated[j]));
        }
        expect(min).toBeGreaterThanOrEqual(MIN_DELTA_E);
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
