/**
 * Colour-vision-deficiency check of the bivariate palette. Simulation: Machado, Oliveira & Fernandes
 * (2009), "A physiologically-based model for simulation of color vision deficiency", severity 1.0
 * matrices applied in linear sRGB; distance: CIE76 ΔE in CIELAB (d3-color).
 */
import { describe, expect, it } from 'vitest';
import { lab, rgb } from 'd3-color';
import { BIVARIATE, textOn } from '../../src/charts/bivariate-palette';

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
/** Measured minimum pairwise ΔE is 9.7 (protanopia), 14.3 (deuteranopia), 21.3 (tritanopia). */
const MIN_DELTA_E = 9;

describe('bivariate palette', () => {
  // "No data" is told apart by its hatching, not its hue, so only the nine classes are compared.
  const colours = BIVARIATE.flat();

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
