/** Benchmarking choices, declared once: small-number threshold, change baselines, school-type URL values. */

/** An LA's rate resting on fewer pupils than this is marked wherever it is shown (map, tables, funnel). */
export const FEW_PUPILS = 1000;
export const fewPupils = (n: number | null | undefined): boolean => n !== null && n !== undefined && n < FEW_PUPILS;

/** Baselines for "change": the pre-COVID years pooled from counts, or one year. */
export const CHANGE_BASELINES = {
  'pre-covid': 'Pre-COVID (2015/16 to 2018/19, pooled)',
  '2018/19': '2018/19',
} as const;
export type ChangeBaseline = keyof typeof CHANGE_BASELINES;
