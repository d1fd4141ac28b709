/**
 * Each LA's change in a measure between a baseline (the pre-COVID years pooled from counts, or one year) and a
 * later year, against England's change. Build-time (reads data/ via src/data).
 */
import { ENGLAND } from '../../config/geography';
import { FIRST_YEAR, MISSING_YEAR, PERIODS } from '../../config/periods';
import type { ChangeBaseline } from '../../config/benchmark';
import type { AbsenceCounts } from '../../data/absence-columns';
import { absenceFor, absenceRecords, latestYear, years } from '../../data/absence';
import { laByCode, type LaInfo } from '../../derive/la-directory';
import { laRecord } from '../la/profile';
import { rate, sumCounts } from '../../derive/rates';
import type { Measure } from '../../config/measures';
import { rankHighestFirst, type Rank } from '../../derive/rank';

/** Years with published data (2019/20 has none). */
export const DATA_YEARS: readonly string[] = years.filter((y) => y >= FIRST_YEAR && y !== MISSING_YEAR);

const laRows = (year: string) =>
  absenceRecords.filter((r) => r.level === 'Local authority' && r.year === year && r.schoolType === 'Total');

const PRE = PERIODS.find((p) => p.id === 'pre')!;
const PRE_YEARS = years.filter((y) => y >= PRE.from && y <= PRE.to!);

/** The baseline counts: the pre-COVID years pooled (all four needed), or one year; through a same-area predecessor. */
function baselineCounts(
  record: (year: string) => AbsenceCounts | undefined,
  baseline: ChangeBaseline,
): AbsenceCounts | undefined {
  if (baseline !== 'pre-covid') return record(baseline);
  const parts = PRE_YEARS.map(record);
  return parts.every((p) => p !== undefined) ? sumCounts(parts as AbsenceCounts[]) : undefined;
}

export interface ChangeRow {
  la: LaInfo;
  before: number | null;
  after: number | null;
  /** Percentage points, null without a comparable baseline. */
  change: number | null;
  /** Change minus England's change, in pp. */
  relative: number | null;
  rank: Rank | undefined;
  pupils: number | null;
}

export interface ChangeView {
  england: { before: number | null; after: number | null; change: number | null };
  rows: ChangeRow[];
}

const changeCache = new Map<string, ChangeView>();

/** Each LA with data in `to`: its change in a measure since the baseline, England's, and the rank (1 = rose most). */
export function changeFor(measure: Measure, baseline: ChangeBaseline, to: string = latestYear): ChangeView {
  const key = `${measure}|${baseline}|${to}`;
  if (changeCache.has(key)) return changeCache.get(key)!;
  const value = (c: AbsenceCounts | undefined) => (c ? rate(c, measure) : null);
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  const englandBefore = value(baselineCounts((y) => absenceFor(ENGLAND.code, y), baseline));
  const englandAfter = value(absenceFor(ENGLAND.code, to));
  const englandChange = diff(englandBefore, englandAfter);
  const base = laRows(to).flatMap((r) => {
    const la = laByCode.get(r.code);
    if (!la) return [];
    const before = value(baselineCounts((y) => laRecord(la, y), baseline));
    const after = rate(r, measure);
    const change = diff(before, after);
    return [{ la, before, after, change, relative: diff(englandChange, change), pupils: r.enrolments }];
  });
  const ranks = rankHighestFirst(new Map(base.map((r) => [r.la.code, r.change])));
  const view = {
    england: { before: englandBefore, after: englandAfter, change: englandChange },
    rows: base.map((r) => ({ ...r, rank: ranks.get(r.la.code) })),
  };
  changeCache.set(key, view);
  return view;
}
