/** Reconciling a number quoted in a report with a published value: rounding at the report's precision, verdicts. */

export const VERDICTS = ['reproduced', 'differs', 'not in the published files available'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Rounds to `decimals` places (negative: to tens, hundreds, ...), as the report would have. */
export function roundTo(value: number, decimals: number): number {
  if (decimals >= 0) return Number(value.toFixed(decimals));
  const step = 10 ** -decimals;
  return Math.round(value / step) * step;
}

/** Does a published value give the report's number at the report's precision? */
export const matches = (value: number | null, report: number, decimals: number): boolean =>
  value !== null && roundTo(value, decimals) === report;

export function verdictOf(published: number | null, report: number, decimals: number): Verdict {
  if (published === null) return 'not in the published files available';
  return matches(published, report, decimals) ? 'reproduced' : 'differs';
}

/** Relative change from `from` to `to`, in %; with `roundFirst`, from the values rounded to that many decimals. */
export function relativeChange(from: number | null, to: number | null, roundFirst?: number): number | null {
  if (from === null || to === null || from === 0) return null;
  const [a, b] = roundFirst === undefined ? [from, to] : [roundTo(from, roundFirst), roundTo(to, roundFirst)];
  return (100 * (b - a)) / a;
}
