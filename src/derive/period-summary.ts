/**
 * Rates per COVID period (pre, during, post) from counts summed over the period's years, never
 * by averaging yearly rates, and the change between periods in percentage points and percent.
 */
import { PERIODS, periodOf, type Period } from '../config/periods';
import type { AbsenceCounts } from '../data/absence-columns';
import { rate, sumCounts } from './rates';
import type { Measure } from '../config/measures';

export type SummaryPeriodId = Exclude<Period['id'], 'gap'>;

/** The periods that have data (2019/20 is a gap, not a period to summarise). */
export const SUMMARY_PERIODS = PERIODS.filter((p): p is Period & { id: SummaryPeriodId } => p.id !== 'gap');

/** The comparisons the summary reports, in reading order. */
export const PERIOD_CHANGES: readonly [SummaryPeriodId, SummaryPeriodId][] = [
  ['pre', 'during'],
  ['during', 'post'],
  ['pre', 'post'],
];

export interface AreaYearCounts extends AbsenceCounts {
  year: string;
  code: string;
}

export interface PeriodChange {
  from: SummaryPeriodId;
  to: SummaryPeriodId;
  /** Difference in percentage points. */
  pp: number | null;
  /** Relative change in percent of the earlier rate. */
  percent: number | null;
}

export interface PeriodSummaryRow {
  code: string;
  name: string;
  rates: Record<SummaryPeriodId, number | null>;
  changes: PeriodChange[];
}

/** One area's rate over a period: the sum of its counts over the period's years, then the rate. */
export function periodRate(
  rows: readonly AreaYearCounts[],
  code: string,
  period: SummaryPeriodId,
  measure: Measure,
): number | null {
  const parts = rows.filter((r) => r.code === code && periodOf(r.year)?.id === period);
  return parts.length ? rate(sumCounts(parts), measure) : null;
}

export function periodChange(from: number | null, to: number | null): Pick<PeriodChange, 'pp' | 'percent'> {
  if (from === null || to === null) return { pp: null, percent: null };
  return { pp: to - from, percent: from === 0 ? null : (100 * (to - from)) / from };
}

export function periodSummary(
  rows: readonly AreaYearCounts[],
  areas: readonly { code: string; name: string }[],
  measure: Measure,
): PeriodSummaryRow[] {
  return areas.map(({ code, name }) => {
    const rates = Object.fromEntries(
      SUMMARY_PERIODS.map((p) => [p.id, periodRate(rows, code, p.id, measure)]),
    ) as Record<SummaryPeriodId, number | null>;
    const changes = PERIOD_CHANGES.map(([from, to]) => ({ from, to, ...periodChange(rates[from], rates[to]) }));
    return { code, name, rates, changes };
  });
}

/** "2015/16 to 2018/19" for a period, with the open-ended post-COVID period ending at `latest`. */
export function periodSpan(id: SummaryPeriodId, latest: string): string {
  const p = SUMMARY_PERIODS.find((s) => s.id === id)!;
  const to = p.to ?? latest;
  return p.from === to ? p.from : `${p.from} to ${to}`;
}

export const periodLabel = (id: SummaryPeriodId): string => SUMMARY_PERIODS.find((p) => p.id === id)!.label;
