/**
 * The regional trends page's data and state, safe to bundle for the browser: the page ships
 * only the counts of the areas it shows (England, macro-regions, regions, Inner/Outer London),
 * and the build and the browser derive rates, period summaries and sentences from them with the
 * same functions.
 */
import {
  ENGLAND,
  INNER_LONDON,
  MACRO_REGIONS,
  MACRO_REGION_CODES,
  OUTER_LONDON,
  REGIONS,
} from '../../config/geography';
import { MISSING_YEAR, yearsThrough } from '../../config/periods';
import { COUNT_FIELDS, type AbsenceCounts, type AbsenceRecord } from '../../data/absence-columns';
import { SCHOOL_TYPES, type SchoolType } from '../../config/school-types';
import { rate } from '../../derive/rates';
import { MEASURES, type Measure } from '../../config/measures';
import { periodSummary, type AreaYearCounts, type PeriodSummaryRow } from '../../derive/period-summary';
import { trendSentences } from '../../derive/trend-text';
import type { TrendPoint } from '../../charts/trend-chart';
import { MACRO_COLOURS, REGION_COLOURS } from '../../charts/palette';

export const VIEWS = ['macro', 'regions'] as const;
export type TrendsView = (typeof VIEWS)[number];
export const VIEW_LABELS: Record<TrendsView, string> = {
  macro: 'North, Midlands and South',
  regions: 'Nine regions and Inner/Outer London',
};

export const TYPE_KEYS = ['all', 'primary', 'secondary', 'special'] as const;
export type TypeKey = (typeof TYPE_KEYS)[number];
export const SCHOOL_TYPE_OF: Record<TypeKey, SchoolType> = {
  all: 'Total',
  primary: 'State-funded primary',
  secondary: 'State-funded secondary',
  special: 'Special',
};
export const TYPE_LABELS: Record<TypeKey, string> = {
  all: 'All state-funded schools',
  primary: 'State-funded primary',
  secondary: 'State-funded secondary',
  special: 'Special schools',
};

export interface TrendArea {
  code: string;
  name: string;
  /** Which view lists the area; England is the reference line in both. */
  group: 'reference' | TrendsView;
}

/** One row per year x area x school type: [year, code, type index, ...counts in COUNT_FIELDS order]. */
export type TrendsRow = [string, string, number, ...(number | null)[]];

export interface TrendsData {
  /** Every academic year from the first to the latest, including the 2019/20 gap. */
  years: string[];
  /** Years with data, for the bar chart's year choice. */
  dataYears: string[];
  latestYear: string;
  areas: TrendArea[];
  rows: TrendsRow[];
}

export const TREND_AREAS: readonly TrendArea[] = [
  ...MACRO_REGIONS.map((m) => ({ code: MACRO_REGION_CODES[m], name: m, group: 'macro' as const })),
  ...REGIONS.map((r) => ({ code: r.code, name: r.name, group: 'regions' as const })),
  { ...INNER_LONDON, group: 'regions' },
  { ...OUTER_LONDON, group: 'regions' },
  { ...ENGLAND, group: 'reference' },
];

/** Build time: the page's slice of the absence table. */
export function buildTrendsData(records: readonly AbsenceRecord[]): TrendsData {
  const codes = new Set(TREND_AREAS.map((a) => a.code));
  const mine = records.filter((r) => codes.has(r.code));
  const dataYears = [...new Set(mine.map((r) => r.year))].sort();
  const latestYear = dataYears[dataYears.length - 1];
  return {
    years: yearsThrough(latestYear),
    dataYears,
    latestYear,
    areas: [...TREND_AREAS],
    rows: mine.map((r) => [r.year, r.code, SCHOOL_TYPES.indexOf(r.schoolType), ...COUNT_FIELDS.map((f) => r[f])]),
  };
}

/** Page state in the URL; `year` is for the regional bar chart and lists the years with data. */
export const trendsStateSpec = (data: Pick<TrendsData, 'dataYears' | 'latestYear'>) => ({
  measure: { values: MEASURES, default: 'overall' },
  type: { values: TYPE_KEYS, default: 'all' },
  view: { values: VIEWS, default: 'macro' },
  year: { values: data.dataYears, default: data.latestYear },
});
export interface TrendsState {
  measure: Measure;
  type: TypeKey;
  view: TrendsView;
  year: string;
}

const countsOf = (row: TrendsRow): AbsenceCounts =>
  Object.fromEntries(COUNT_FIELDS.map((f, i) => [f, row[3 + i] ?? null])) as AbsenceCounts;

/** The counts of one school type, as the period summary takes them. */
export function countsFor(data: TrendsData, type: TypeKey): AreaYearCounts[] {
  const index = SCHOOL_TYPES.indexOf(SCHOOL_TYPE_OF[type]);
  return data.rows.filter((r) => r[2] === index).map((r) => ({ year: r[0], code: r[1], ...countsOf(r) }));
}

/** The areas of a view, the reference (England) last. */
export const areasIn = (data: TrendsData, view: TrendsView): TrendArea[] => [
  ...data.areas.filter((a) => a.group === view),
  ...data.areas.filter((a) => a.group === 'reference'),
];

export const reference = (data: TrendsData): TrendArea => data.areas.find((a) => a.group === 'reference')!;

/** A measure for each area of the view over every year (null for 2019/20 and missing counts). */
export function trendPoints(
  data: TrendsData,
  state: Pick<TrendsState, 'measure' | 'type' | 'view'>,
  measure: Measure = state.measure,
): TrendPoint[] {
  const counts = new Map(countsFor(data, state.type).map((c) => [`${c.code}|${c.year}`, c]));
  return areasIn(data, state.view).flatMap((area) =>
    data.years.map((year) => {
      const c = year === MISSING_YEAR ? undefined : counts.get(`${area.code}|${year}`);
      return { year, series: area.name, value: c ? rate(c, measure) : null };
    }),
  );
}

/** Colours from the palette module: macro-regions their site-wide hues, regions (and Inner/Outer London) their shades, England grey. */
export function seriesStyle(
  data: TrendsData,
  view: TrendsView,
): { colours: Record<string, string>; reference: string } {
  const ref = reference(data).name;
  const colours: Record<string, string> = { [ref]: MACRO_COLOURS.England };
  if (view === 'macro') for (const m of MACRO_REGIONS) colours[m] = MACRO_COLOURS[m];
  else
    for (const name of [...REGIONS.map((r) => r.name), INNER_LONDON.name, OUTER_LONDON.name])
      colours[name] = REGION_COLOURS[name];
  return { colours, reference: ref };
}

export function summaryFor(
  data: TrendsData,
  state: Pick<TrendsState, 'measure' | 'type' | 'view'>,
): PeriodSummaryRow[] {
  return periodSummary(countsFor(data, state.type), areasIn(data, state.view), state.measure);
}

/** The sentences compare the view's areas (not England) and report England's change. */
export function sentencesFor(data: TrendsData, state: Pick<TrendsState, 'measure' | 'type' | 'view'>): string[] {
  const ref = reference(data);
  const summary = summaryFor(data, state);
  const points = trendPoints(data, state);
  const latest = points.filter((p) => p.year === data.latestYear && p.series !== ref.name);
  return trendSentences({
    measure: state.measure,
    latestYear: data.latestYear,
    latest: latest.map((p) => ({ name: p.series, value: p.value })),
    summary: summary.filter((r) => r.code !== ref.code),
    reference: summary.find((r) => r.code === ref.code)!,
    referenceSeries: points.filter((p) => p.series === ref.name),
  });
}
