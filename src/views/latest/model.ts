/**
 * The /latest/ page's data for one area (register attendance), as built at build time and fetched by the browser
 * (/latest/areas/<code>.json), with the pure computations on it: rates from session counts, year-on-year
 * comparisons that say which weeks they cover, and the generated sentences. No DOM.
 */
import {
  CURRENT_REGISTER_YEAR,
  REASONS,
  REASON_LABELS,
  REGISTER_YEARS,
  YTD_COVERAGE,
  type Reason,
  type RegisterPeriod,
  type RegisterSchoolType,
} from '../../config/attendance';
import { change, pct } from '../../lib/format';
import type { Provenance } from '../../lib/provenance';
import {
  REGISTER_COUNT_FIELDS,
  type RegisterCountField,
  type RegisterCounts,
  type RegisterLevel,
} from '../../data/attendance-columns';

/** Counts of one period (in REGISTER_COUNT_FIELDS order) and DfE's persistent absence, or null when not published. */
export type PeriodCell = { counts: (number | null)[]; paPct: number | null } | null;

export interface AreaAttendance {
  code: string;
  name: string;
  level: RegisterLevel;
  regionCode: string | null;
  /** Autumn weeks published for England, per year. */
  weeks: Record<string, number[]>;
  /** Per school type and year: [possible, overall, unauthorised, illness] for each week in `weeks`, or null. */
  weekly: Partial<Record<RegisterSchoolType, Partial<Record<string, ((number | null)[] | null)[]>>>>;
  periods: Partial<Record<RegisterPeriod, Partial<Record<RegisterSchoolType, Partial<Record<string, PeriodCell>>>>>>;
}

export type GetArea = (code: string) => AreaAttendance | undefined;

/** /latest/areas/index.json: the areas with register data and the provenance of both register files. */
export interface LatestMeta {
  areas: { code: string; name: string; level: RegisterLevel }[];
  weeklyProvenance: Provenance;
  provenance: Provenance;
}

export const WEEKLY_MEASURES = ['overall', 'unauthorised', 'illness'] as const;
export type WeeklyMeasure = (typeof WEEKLY_MEASURES)[number];
export const WEEKLY_MEASURE_LABELS: Record<WeeklyMeasure, string> = {
  overall: 'Overall absence',
  unauthorised: 'Unauthorised absence',
  illness: 'Illness',
};

/** An area's counts for one period, school type and year. */
export function periodCounts(
  area: AreaAttendance | undefined,
  period: RegisterPeriod,
  type: RegisterSchoolType,
  year: string,
): (RegisterCounts & { paPct: number | null }) | null {
  const cell = area?.periods[period]?.[type]?.[year];
  if (!cell) return null;
  return {
    ...(Object.fromEntries(REGISTER_COUNT_FIELDS.map((f, i) => [f, cell.counts[i]])) as RegisterCounts),
    paPct: cell.paPct,
  };
}

/** A count as a % of possible sessions (from counts, never from published rates). */
export function shareOf(c: RegisterCounts | null, field: RegisterCountField): number | null {
  const n = c?.[field] ?? null;
  return n === null || !c?.possible ? null : (100 * n) / c.possible;
}

export const COMPARE_MEASURES = ['overall', 'unauthorised', 'persistent'] as const;
export type CompareMeasure = (typeof COMPARE_MEASURES)[number];
export const COMPARE_LABELS: Record<CompareMeasure, string> = {
  overall: 'Overall absence',
  unauthorised: 'Unauthorised absence',
  persistent: 'Persistent absence',
};
export const COMPARE_UNITS: Record<CompareMeasure, string> = {
  overall: '% of possible sessions',
  unauthorised: '% of possible sessions',
  persistent: '% of pupils missing 10% or more of sessions',
};

/** One comparison measure for an area, period, type and year; persistent absence only as DfE published it. */
export function measureOf(
  area: AreaAttendance | undefined,
  period: RegisterPeriod,
  type: RegisterSchoolType,
  year: string,
  measure: CompareMeasure,
): number | null {
  const c = periodCounts(area, period, type, year);
  return measure === 'persistent' ? (c?.paPct ?? null) : shareOf(c, measure);
}

/** Below this share of its usual (median) week's possible sessions, an area's week is its half term: left out. */
export const HALF_TERM_SHARE = 0.5;

/**
 * Weekly rates of one year, with the week numbers; null for weeks without data and for the area's own half-term
 * week (few sessions possible, so a rate from a handful of registers, e.g. 100% in one LA).
 */
export function weeklyRates(
  area: AreaAttendance | undefined,
  type: RegisterSchoolType,
  year: string,
  measure: WeeklyMeasure,
): { week: number; value: number | null }[] {
  const index = { overall: 1, unauthorised: 2, illness: 3 }[measure];
  const values = area?.weekly[type]?.[year] ?? [];
  const possible = values.flatMap((v) => (v && v[0] ? [v[0]] : [])).sort((a, b) => a - b);
  const usual = possible.length ? possible[Math.floor(possible.length / 2)] : 0;
  return (area?.weeks[year] ?? []).map((week, i) => {
    const v = values[i];
    const full = v && v[0] && v[0] >= HALF_TERM_SHARE * usual;
    return { week, value: full && v[index] !== null ? (100 * v[index]!) / v[0]! : null };
  });
}

/** Reason shares of possible sessions for each year of a period. */
export function reasonShares(
  area: AreaAttendance | undefined,
  period: RegisterPeriod,
  type: RegisterSchoolType,
): { reason: Reason; year: string; value: number | null }[] {
  return REASONS.flatMap((reason) =>
    REGISTER_YEARS.map((year) => ({ reason, year, value: shareOf(periodCounts(area, period, type, year), reason) })),
  );
}

/** "about the same as", "lower than", "higher than", judged on the unrounded difference at one decimal place. */
export function comparison(now: number, before: number): string {
  const d = now - before;
  return Math.abs(d) < 0.05 ? 'about the same as' : d < 0 ? 'lower than' : 'higher than';
}

const previousYear = REGISTER_YEARS[REGISTER_YEARS.indexOf(CURRENT_REGISTER_YEAR) - 1];

/** Sentences on this year so far against last year, for an area and school type: the weeks each figure covers are named. */
export function latestSentences(area: AreaAttendance | undefined, type: RegisterSchoolType): string[] {
  if (!area) return [];
  const out: string[] = [];
  const now = measureOf(area, 'ytd', type, CURRENT_REGISTER_YEAR, 'overall');
  const before = measureOf(area, 'ytd', type, previousYear, 'overall');
  if (now !== null && before !== null) {
    const c = change(before, now);
    out.push(
      `So far in ${CURRENT_REGISTER_YEAR} (${YTD_COVERAGE[CURRENT_REGISTER_YEAR]}), pupils in ${area.name} missed ${c.to} of possible sessions, ` +
        `${comparison(now, before)} over the whole of ${previousYear} (${c.from}; ${c.diff}). These spans differ: the end of the summer term is not yet in.`,
    );
  }
  const autumnNow = measureOf(area, 'autumn-to-45', type, CURRENT_REGISTER_YEAR, 'overall');
  const autumnBefore = measureOf(area, 'autumn-to-45', type, previousYear, 'overall');
  if (autumnNow !== null && autumnBefore !== null) {
    const c = change(autumnBefore, autumnNow);
    out.push(
      `Over the same autumn weeks (37 to 45), overall absence was ${c.to} in ${CURRENT_REGISTER_YEAR}, ${comparison(autumnNow, autumnBefore)} ${previousYear} (${c.from}; ${c.diff}).`,
    );
  }
  const paNow = measureOf(area, 'ytd', type, CURRENT_REGISTER_YEAR, 'persistent');
  const paBefore = measureOf(area, 'ytd', type, previousYear, 'persistent');
  if (paNow !== null && paBefore !== null) {
    out.push(
      `${pct(paNow)} of pupils have been persistently absent so far this year (missing 10% or more of sessions), against ${pct(paBefore)} over the whole of ${previousYear}.`,
    );
  } else if (area.level === 'Macro-region') {
    out.push(
      'Persistent absence is not shown for the North, Midlands and South: DfE publishes it as a rate only, without the pupil counts needed to combine regions.',
    );
  }
  const reasons = reasonShares(area, 'ytd', type).filter((r) => r.year === CURRENT_REGISTER_YEAR && r.value !== null);
  const top = [...reasons].sort((a, b) => b.value! - a.value!)[0];
  if (top)
    out.push(
      `The most common reason so far this year is ${REASON_LABELS[top.reason].toLowerCase()}: ${pct(top.value)} of possible sessions.`,
    );
  return out;
}
