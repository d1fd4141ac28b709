/**
 * Funnel plot limits for a proportion (Spiegelhalter, "Funnel plots for comparing institutional
 * performance", Statistics in Medicine 24:1185-1202, 2005): around a target rate p0, an LA with n
 * pupils would fall within p0 ± z·√(p0(1−p0)/n) by chance alone (the normal approximation to the
 * binomial, close to exact when n·p0 is large: every LA here has n·p0 above 30 for persistent absence).
 * 95% limits (z = 1.96) warn; 99.8% limits (z = 3.09) are the usual threshold for "significantly".
 *
 * LAs vary far more than chance alone allows (over-dispersion), so Spiegelhalter's additive
 * random-effects limits are given too: z-scores winsorised at 10%, φ = mean z², and the between-LA
 * variance τ² by DerSimonian and Laird; limits p0 ± z·√(p0(1−p0)/n + τ²) show which LAs are
 * unusual even allowing for the usual spread between LAs (section 4.3 of the paper).
 */

export const Z_95 = 1.959964;
export const Z_998 = 3.090232;

export interface FunnelPoint {
  code: string;
  /** Pupils (the denominator). */
  n: number;
  /** Pupils with the outcome (e.g. persistently absent). */
  count: number;
}

export type FunnelClass = 'above' | 'within' | 'below';

/** Binomial variance of a proportion p0 estimated from n. */
const variance = (p0: number, n: number) => (p0 * (1 - p0)) / n;

/** [lower, upper] limits as proportions (0-1), clamped to [0, 1]; tau2 > 0 gives random-effects limits. */
export function funnelLimits(p0: number, n: number, z: number, tau2 = 0): [number, number] {
  const half = z * Math.sqrt(variance(p0, n) + tau2);
  return [Math.max(0, p0 - half), Math.min(1, p0 + half)];
}

/** Above, within or below the limits at z (a point on a limit is within). */
export function classify(point: FunnelPoint, p0: number, z: number, tau2 = 0): FunnelClass {
  const [lower, upper] = funnelLimits(p0, point.n, z, tau2);
  const rate = point.count / point.n;
  return rate > upper ? 'above' : rate < lower ? 'below' : 'within';
}

/** The value at quantile q (0-1) of sorted values, interpolating linearly. */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (at - lo);
}

export interface Overdispersion {
  /** Mean squared winsorised z-score: 1 when LAs vary only by chance. */
  phi: number;
  /** Between-LA variance of the proportion (DerSimonian-Laird), 0 when phi <= 1. */
  tau2: number;
}

/** Spiegelhalter's over-dispersion estimate from winsorised (10%/90%) z-scores. */
export function overdispersion(points: readonly FunnelPoint[], p0: number): Overdispersion {
  if (points.length < 2) return { phi: 1, tau2: 0 };
  const z = points.map((p) => (p.count / p.n - p0) / Math.sqrt(variance(p0, p.n)));
  const sorted = [...z].sort((a, b) => a - b);
  const [lo, hi] = [quantile(sorted, 0.1), quantile(sorted, 0.9)];
  const phi = z.reduce((s, v) => s + Math.min(hi, Math.max(lo, v)) ** 2, 0) / points.length;
  const w = points.map((p) => 1 / variance(p0, p.n));
  const sumW = w.reduce((s, v) => s + v, 0);
  const sumW2 = w.reduce((s, v) => s + v * v, 0);
  const tau2 = Math.max(0, (points.length * phi - (points.length - 1)) / (sumW - sumW2 / sumW));
  return { phi, tau2 };
}

export interface FunnelResult extends FunnelPoint {
  rate: number;
  /** Against the 99.8% binomial limits. */
  cls: FunnelClass;
  /** Against the 95% binomial limits. */
  cls95: FunnelClass;
  /** Against the 99.8% random-effects limits (allowing for the usual spread between LAs). */
  clsRandom: FunnelClass;
}

export interface Funnel {
  p0: number;
  dispersion: Overdispersion;
  points: FunnelResult[];
}

/** Classes every LA against England's rate p0. */
export function funnel(points: readonly FunnelPoint[], p0: number): Funnel {
  const usable = points.filter((p) => p.n > 0);
  const dispersion = overdispersion(usable, p0);
  return {
    p0,
    dispersion,
    points: usable.map((p) => ({
      ...p,
      rate: p.count / p.n,
      cls: classify(p, p0, Z_998),
      cls95: classify(p, p0, Z_95),
      clsRandom: classify(p, p0, Z_998, dispersion.tau2),
    })),
  };
}

const AGAINST = {
  above: 'significantly higher than',
  below: 'significantly lower than',
  within: 'not significantly different from',
} as const;

/** Plain words for a class, e.g. "significantly higher than England". */
export const classWords = (cls: FunnelClass, target = 'England') => `${AGAINST[cls]} ${target}`;
