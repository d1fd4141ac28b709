/**
 * Gaps between a group's rate and a reference rate: the difference in percentage points and the
 * ratio ("x times as likely"). Missing rates give missing gaps; a zero reference gives no ratio.
 */
import { fixed } from '../lib/format';

export interface Gap {
  /** Group minus reference, in percentage points. */
  pp: number | null;
  /** Group divided by reference. */
  ratio: number | null;
}

export const gapPp = (rate: number | null, reference: number | null): number | null =>
  rate === null || reference === null ? null : rate - reference;

export const gapRatio = (rate: number | null, reference: number | null): number | null =>
  rate === null || reference === null || reference === 0 ? null : rate / reference;

export const gapTo = (rate: number | null, reference: number | null): Gap => ({
  pp: gapPp(rate, reference),
  ratio: gapRatio(rate, reference),
});

/**
 * The ratio in words: "2.3 times as likely" for shares of pupils (persistent, severe absence),
 * "2.3 times the rate" for shares of sessions (overall, authorised, unauthorised absence).
 */
export function ratioPhrase(ratio: number | null, perPupil: boolean): string {
  if (ratio === null || !Number.isFinite(ratio)) return 'not comparable';
  if (Math.abs(ratio - 1) < 0.05) return perPupil ? 'about as likely' : 'about the same rate';
  const times = fixed(ratio, ratio < 1 ? 2 : 1);
  return perPupil ? `${times} times as likely` : `${times} times the rate`;
}
