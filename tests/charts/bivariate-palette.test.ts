/** Colour-vision-deficiency check of the bivariate palette (simulation in tests/helpers/cvd.ts). */
import { describe, expect, it } from 'vitest';
import { lab, rgb } from 'd3-color';
import { MACHADO_2009, minDistance, toLinear } from '../helpers/cvd';
import { BIVARIATE, textOn } from '../../src/charts/bivariate-palette';

/** Measured minimum pairwise ΔE is 9.7 (protanopia), 14.3 (deuteranopia), 21.3 (tritanopia). */
const MIN_DELTA_E = 9;

describe('bivariate palette', () => {
  // "No data" is told apart by its hatching, not its hue, so only the nine classes are compared.
  const colours = BIVARIATE.flat();

  for (const [vision, matrix] of Object.entries(MACHADO_2009)) {
    it(`keeps all nine classes at least ΔE ${MIN_DELTA_E} apart under ${vision}`, () => {
      expect(minDistance(colours, matrix)).toBeGreaterThanOrEqual(MIN_DELTA_E);
    });
  }

  it('gets darker towards the high-high corner, so order reads without hue', () => {
    const lightness = (hex: string) => lab(hex).l;
    expect(lightness(BIVARIATE[0][0])).toBeGreaterThan(lightness(BIVARIATE[1][1]));
    expect(lightness(BIVARIATE[1][1])).toBeGreaterThan(lightness(BIVARIATE[2][2]));
  });

  it('picks count text with at least 4.5:1 contrast on every cell', () => {
    const luminance = (hex: string) => {
      const { r, g, b } = rgb(hex);
      const [lr, lg, lb] = [r, g, b].map((v) => toLinear(v / 255));
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    for (const cell of BIVARIATE.flat()) {
      const [a, b] = [luminance(cell), luminance(textOn(cell))].sort((x, y) => y - x);
      expect((a + 0.05) / (b + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
