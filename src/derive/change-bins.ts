/**
 * Classes for a diverging change map centred on England's change: seven bins symmetric about 0 (an LA's change
 * minus England's), with a "nice" step chosen so that 90% of LAs fall inside the outer thresholds.
 */

/** Steps whose half-multiples (the thresholds) read cleanly at one decimal place. */
const STEPS = [0.2, 0.4, 1, 2, 4, 10];

/** The bin step: the smallest nice step with 2.5 steps covering the 90th percentile of |relative change|. */
export function binStep(relative: readonly number[]): number {
  const sorted = relative.map(Math.abs).sort((a, b) => a - b);
  const p90 = sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(0.9 * sorted.length))] : 0;
  return STEPS.find((s) => 2.5 * s >= p90) ?? STEPS[STEPS.length - 1];
}

/** Thresholds between the seven bins: ±0.5, ±1.5 and ±2.5 steps. */
export const thresholds = (step: number): number[] => [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5].map((k) => k * step);

/** Bin 0 (fell most against England) to 6 (rose most); 3 is within half a step of England's change. */
export const binOf = (relative: number, step: number): number => thresholds(step).filter((t) => relative >= t).length;
