/**
 * Colour-vision-deficiency simulation: Machado, Oliveira & Fernandes (2009), "A physiologically-based model for
 * simulation of color vision deficiency", severity 1.0 matrices applied in linear sRGB; distance: CIE76 ΔE in
 * CIELAB (d3-color).
 */
import { lab, rgb } from 'd3-color';

export const MACHADO_2009: Record<string, number[][]> = {
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
export const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

export function simulate(hex: string, matrix: number[][]) {
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

export const deltaE = (a: ReturnType<typeof lab>, b: ReturnType<typeof lab>) =>
  Math.hypot(a.l - b.l, a.a - b.a, a.b - b.b);

/** The smallest ΔE between any two of the colours as seen with the given vision. */
export function minDistance(colours: readonly string[], matrix: number[][]): number {
  const seen = colours.map((c) => simulate(c, matrix));
  let min = Infinity;
  for (let i = 0; i < seen.length; i++)
    for (let j = i + 1; j < seen.length; j++) min = Math.min(min, deltaE(seen[i], seen[j]));
  return min;
}
