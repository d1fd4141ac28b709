/** Pearson correlation and an ordinary least-squares line through paired values. */

export interface Pair {
  x: number | null;
  y: number | null;
}

export interface LinearFit {
  /** Number of pairs with both values present. */
  n: number;
  /** Pearson's correlation coefficient. */
  r: number;
  slope: number;
  intercept: number;
}

/** Pairs with both values present: a missing value is left out, never treated as 0. */
export const completePairs = (pairs: readonly Pair[]): { x: number; y: number }[] =>
  pairs.flatMap((p) =>
    p.x === null || p.y === null || !Number.isFinite(p.x) || !Number.isFinite(p.y) ? [] : [{ x: p.x, y: p.y }],
  );

/**
 * The least-squares line y = intercept + slope * x and Pearson's r, from the complete pairs.
 * Null with fewer than 3 pairs or when either variable does not vary (r is undefined then).
 */
export function linearFit(pairs: readonly Pair[]): LinearFit | null {
  const points = completePairs(pairs);
  const n = points.length;
  if (n < 3) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const { x, y } of points) {
    sxx += (x - meanX) ** 2;
    syy += (y - meanY) ** 2;
    sxy += (x - meanX) * (y - meanY);
  }
  if (sxx === 0 || syy === 0) return null;
  const slope = sxy / sxx;
  return { n, r: sxy / Math.sqrt(sxx * syy), slope, intercept: meanY - slope * meanX };
}

/** How strong a correlation is, in words (Cohen's conventional thresholds on |r|). */
export function correlationStrength(r: number): string {
  const size = Math.abs(r);
  const strength = size >= 0.5 ? 'strong' : size >= 0.3 ? 'moderate' : size >= 0.1 ? 'weak' : 'negligible';
  return size < 0.1 ? strength : `${strength} ${r < 0 ? 'negative' : 'positive'}`;
}
