/**
 * The home page's key findings, computed from the absence counts so that every number and every
 * "rose"/"fell" in the text stays true when the data are refreshed. Pure: records in, insights out.
 */
import type { AbsenceRecord } from '../data/absence-columns';
import type { SchoolType } from '../config/school-types';
import { ENGLAND, MACRO_REGIONS, MACRO_REGION_CODES } from '../config/geography';
import { FIRST_YEAR, yearsThrough } from '../config/periods';
import { fixed, pct, signedPercent } from '../lib/format';
import { rate } from './rates';
import type { Measure } from '../config/measures';
import type { BivariateClass } from './bivariate';

export interface InsightPoint {
  label: string;
  value: number | null;
  /** Drawn in the accent colour (the values the headline talks about). */
  emphasis?: boolean;
}

export interface InsightChart {
  kind: 'line' | 'bars';
  /** Unit of the plotted values, for the text alternative and the table. */
  unit: string;
  /** Values are percentages (labelled "12.3%"), else counts. */
  percent: boolean;
  points: InsightPoint[];
}

export interface Insight {
  id: string;
  title: string;
  headline: string;
  explanation: string;
  chart: InsightChart;
  /** Text alternative of the chart. */
  chartSummary: string;
  /** The academic year(s) the headline uses. */
  years: string;
  /** Source registry ids of the published files the numbers come from (cited under the insight). */
  sources: string[];
  href: string;
  linkLabel: string;
}

/** LAs with fewer pupils (City of London, Isles of Scilly) swing too much to rank against the rest. */
export const MIN_LA_PUPILS = 1000;

const ABSENCE = 'absenceAnnual';

/** "+48%" / "−12%": relative change from a to b. */
export const percentChange = (from: number, to: number): number => (100 * (to - from)) / from;
const rose = (from: number, to: number) => (to > from ? 'rose' : to < from ? 'fell' : 'was unchanged');

function lookup(records: readonly AbsenceRecord[]) {
  const index = new Map(records.map((r) => [`${r.code}|${r.schoolType}|${r.year}`, r]));
  return (code: string, year: string, measure: Measure, type: SchoolType = 'Total'): number | null => {
    const r = index.get(`${code}|${type}|${year}`);
    return r ? rate(r, measure) : null;
  };
}

type Lookup = ReturnType<typeof lookup>;

function englandSeries(value: Lookup, measure: Measure, latest: string): InsightPoint[] {
  return yearsThrough(latest).map((year) => ({ label: year, value: value(ENGLAND.code, year, measure) }));
}

const lineSummary = (what: string, points: InsightPoint[]) => {
  const shown = points.filter((p) => p.value !== null);
  return (
    `Line chart of ${what}, ${points[0].label} to ${points[points.length - 1].label}: ` +
    shown.map((p) => `${p.label} ${pct(p.value)}`).join(', ') +
    '. No data for years not listed.'
  );
};

function known(value: number | null, what: string): number {
  if (value === null) throw new Error(`insights: no data for ${what}`);
  return value;
}

function overallChange(value: Lookup, latest: string): Insight {
  const first = known(value(ENGLAND.code, FIRST_YEAR, 'overall'), `England overall ${FIRST_YEAR}`);
  const last = known(value(ENGLAND.code, latest, 'overall'), `England overall ${latest}`);
  const points = englandSeries(value, 'overall', latest);
  return {
    id: 'overall-change',
    title: 'Overall absence',
    headline: signedPercent(percentChange(first, last)),
    explanation: `England's overall absence rate ${rose(first, last)} from ${pct(first)} of sessions in ${FIRST_YEAR} to ${pct(last)} in ${latest}.`,
    chart: { kind: 'line', percent: true, unit: '% of possible sessions missed', points },
    chartSummary: lineSummary("England's overall absence rate", points),
    years: `${FIRST_YEAR} and ${latest}`,
    sources: [ABSENCE],
    href: '/trends/',
    linkLabel: 'Regional trends',
  };
}

function persistentPeak(value: Lookup, latest: string): Insight {
  const points = englandSeries(value, 'persistent', latest);
  const peak = points.reduce((a, b) => ((b.value ?? -Infinity) > (a.value ?? -Infinity) ? b : a));
  const last = known(value(ENGLAND.code, latest, 'persistent'), `England persistent ${latest}`);
  const first = known(value(ENGLAND.code, FIRST_YEAR, 'persistent'), `England persistent ${FIRST_YEAR}`);
  const sincePeak =
    peak.label === latest
      ? `the highest since ${FIRST_YEAR}`
      : `down from a peak of ${pct(peak.value)} in ${peak.label}`;
  return {
    id: 'persistent-peak',
    title: 'Persistent absence',
    headline: pct(last),
    explanation: `of pupils missed 10% or more of sessions in ${latest}, ${sincePeak}; it was ${pct(first)} in ${FIRST_YEAR}.`,
    chart: {
      kind: 'line',
      percent: true,
      unit: '% of pupils',
      points: points.map((p) => ({ ...p, emphasis: p.label === peak.label })),
    },
    chartSummary: lineSummary("England's persistent absence rate", points),
    years: `${latest} (peak ${peak.label})`,
    sources: [ABSENCE],
    href: '/trends/',
    linkLabel: 'Regional trends',
  };
}

function severeGrowth(value: Lookup, latest: string): Insight {
  const first = known(value(ENGLAND.code, FIRST_YEAR, 'severe'), `England severe ${FIRST_YEAR}`);
  const last = known(value(ENGLAND.code, latest, 'severe'), `England severe ${latest}`);
  const points = englandSeries(value, 'severe', latest);
  return {
    id: 'severe-growth',
    title: 'Severe absence',
    headline: `${fixed(last / first)}×`,
    explanation: `the share of pupils missing half their sessions or more: ${pct(first)} in ${FIRST_YEAR}, ${pct(last)} in ${latest}.`,
    chart: { kind: 'line', percent: true, unit: '% of pupils', points },
    chartSummary: lineSummary("England's severe absence rate", points),
    years: `${FIRST_YEAR} and ${latest}`,
    sources: [ABSENCE],
    href: '/trends/',
    linkLabel: 'Regional trends',
  };
}

function northSouthUnauthorised(value: Lookup, latest: string): Insight {
  const points = [
    ...MACRO_REGIONS.map((m) => ({ label: m, code: MACRO_REGION_CODES[m] })),
    { label: 'England', code: ENGLAND.code },
  ].map(({ label, code }) => ({
    label,
    value: value(code, latest, 'unauthorised'),
    emphasis: label === 'North' || label === 'South',
  }));
  const north = known(points[0].value, `North unauthorised ${latest}`);
  const south = known(points[2].value, `South unauthorised ${latest}`);
  const gap = north - south;
  // The two rates, each rounded once: a quoted gap would need more decimals whenever its one-decimal rounding
  // disagreed with the two rates beside it.
  return {
    id: 'north-south-unauthorised',
    title: 'Unauthorised absence, North vs South',
    headline: `${pct(north)} vs ${pct(south)}`,
    explanation: `The North's unauthorised absence rate was ${pct(north)} of possible sessions in ${latest}, ${gap >= 0 ? 'above' : 'below'} the South's ${pct(south)}.`,
    chart: { kind: 'bars', percent: true, unit: '% of possible sessions missed (unauthorised)', points },
    chartSummary: `Bar chart of unauthorised absence in ${latest}: ${points.map((p) => `${p.label} ${pct(p.value)}`).join(', ')}.`,
    years: latest,
    sources: [ABSENCE],
    href: '/trends/',
    linkLabel: 'Regional trends',
  };
}

function schoolTypePersistent(value: Lookup, latest: string): Insight {
  const types: [string, SchoolType][] = [
    ['Primary', 'State-funded primary'],
    ['Secondary', 'State-funded secondary'],
    ['Special', 'Special'],
  ];
  const points = types.map(([label, type]) => ({
    label,
    value: value(ENGLAND.code, latest, 'persistent', type),
    emphasis: type === 'Special',
  }));
  const [primary, secondary, special] = points.map((p) => known(p.value, `${p.label} persistent ${latest}`));
  return {
    id: 'school-type-persistent',
    title: 'Persistent absence by school type',
    headline: pct(special),
    explanation: `of pupils in special schools were persistently absent in ${latest}, against ${pct(secondary)} in secondary and ${pct(primary)} in primary schools.`,
    chart: { kind: 'bars', percent: true, unit: '% of pupils', points },
    chartSummary: `Bar chart of persistent absence by school type in England, ${latest}: ${points.map((p) => `${p.label} ${pct(p.value)}`).join(', ')}.`,
    years: latest,
    sources: [ABSENCE],
    href: '/subgroups/',
    linkLabel: 'Subgroups',
  };
}

function laRange(records: readonly AbsenceRecord[], latest: string): Insight {
  const las = records
    .filter(
      (r) =>
        r.level === 'Local authority' &&
        r.year === latest &&
        r.schoolType === 'Total' &&
        (r.enrolments ?? 0) >= MIN_LA_PUPILS,
    )
    .map((r) => ({ label: r.name, value: rate(r, 'persistent') }))
    .filter((p): p is { label: string; value: number } => p.value !== null)
    .sort((a, b) => a.value - b.value || a.label.localeCompare(b.label));
  if (las.length < 2) throw new Error(`insights: fewer than two LAs with persistent absence in ${latest}`);
  const low = las[0];
  const high = las[las.length - 1];
  return {
    id: 'la-range',
    title: 'Persistent absence across local authorities',
    headline: `${fixed(high.value / low.value)}×`,
    explanation: `${high.label}'s persistent absence rate (${pct(high.value)}) against ${low.label}'s (${pct(low.value)}), the highest and lowest of the ${las.length} LAs with ${MIN_LA_PUPILS.toLocaleString('en-GB')} pupils or more in ${latest}.`,
    chart: {
      kind: 'bars',
      percent: true,
      unit: '% of pupils',
      points: las.map((p) => ({ ...p, emphasis: p === low || p === high })),
    },
    chartSummary: `Bar chart of persistent absence in ${las.length} local authorities in ${latest}, sorted from ${pct(low.value)} (${low.label}) to ${pct(high.value)} (${high.label}).`,
    years: latest,
    sources: [ABSENCE],
    href: '/la/',
    linkLabel: 'Local authorities',
  };
}

/** The absence-file insights, in the order the home page shows them. */
export function absenceInsights(records: readonly AbsenceRecord[]): Insight[] {
  const latest = [...new Set(records.map((r) => r.year))].sort().at(-1);
  if (!latest) throw new Error('insights: no absence records');
  const value = lookup(records);
  return [
    overallChange(value, latest),
    persistentPeak(value, latest),
    northSouthUnauthorised(value, latest),
    schoolTypePersistent(value, latest),
    laRange(records, latest),
    severeGrowth(value, latest),
  ];
}

/** England's persistent absence for one pupil group and year (from the subgroups data). */
export interface GroupValue {
  group: string;
  year: string;
  value: number | null;
}

const FSM_ELIGIBLE = 'FSM eligible';
const FSM_OTHER = 'FSM not eligible';

/** FSM-eligible pupils' persistent absence against other pupils', in the latest year with both. */
export function fsmInsight(rows: readonly GroupValue[], sourceId: string): Insight {
  const valueOf = (group: string, year: string) =>
    rows.find((r) => r.group === group && r.year === year)?.value ?? null;
  const year = [...new Set(rows.map((r) => r.year))]
    .sort()
    .reverse()
    .find((y) => valueOf(FSM_ELIGIBLE, y) !== null && valueOf(FSM_OTHER, y) !== null);
  if (!year) throw new Error('insights: no year with persistent absence for both FSM groups');
  const eligible = known(valueOf(FSM_ELIGIBLE, year), `FSM eligible ${year}`);
  const other = known(valueOf(FSM_OTHER, year), `FSM not eligible ${year}`);
  const points = [
    { label: 'Eligible', value: eligible, emphasis: true },
    { label: 'Not eligible', value: other },
  ];
  return {
    id: 'fsm-persistent',
    title: 'Free school meals and persistent absence',
    headline: `${fixed(eligible / other)}×`,
    explanation: `as likely to be persistently absent if eligible for free school meals: ${pct(eligible)} of eligible pupils against ${pct(other)} of other pupils in England, ${year}.`,
    chart: { kind: 'bars', percent: true, unit: '% of pupils', points },
    chartSummary: `Bar chart of persistent absence in England, ${year}: FSM eligible ${pct(eligible)}, not eligible ${pct(other)}.`,
    years: year,
    sources: [sourceId],
    href: '/subgroups/',
    linkLabel: 'Subgroups',
  };
}

/** One map unit's macro-region and bivariate class (absence tertile x deprivation tertile). */
export interface ClassedUnit {
  macro: string;
  cls: BivariateClass | null;
}

/** How many LAs are in the top third for both absence and child income deprivation, by macro-region. */
export function highHighInsight(
  units: readonly ClassedUnit[],
  labels: { year: string; absence: string; deprivation: string; deprivationSource: string },
): Insight {
  const classed = units.filter((u) => u.cls !== null);
  const highHigh = classed.filter((u) => u.cls?.absence === 2 && u.cls.need === 2);
  const points = MACRO_REGIONS.map((m) => ({
    label: m,
    value: highHigh.filter((u) => u.macro === m).length,
    emphasis: m === 'North',
  }));
  const top = [...points].sort((a, b) => b.value - a.value)[0];
  const share = (n: number, of: number) => (of ? Math.round((100 * n) / of) : 0);
  const inMacro = (m: string) => classed.filter((u) => u.macro === m).length;
  return {
    id: 'high-absence-high-deprivation',
    title: 'High absence and high child deprivation',
    headline: String(highHigh.length),
    explanation:
      `of ${classed.length} local authorities were in the top third for both ${labels.absence.toLowerCase()} and ${labels.deprivation} in ${labels.year}; ` +
      `${top.value} of them in the ${top.label} (${share(top.value, inMacro(top.label))}% of its LAs).`,
    chart: { kind: 'bars', percent: false, unit: 'local authorities', points },
    chartSummary: `Bar chart of local authorities in the top third for both measures, ${labels.year}: ${points.map((p) => `${p.label} ${p.value}`).join(', ')}.`,
    years: `${labels.year} absence; ${labels.deprivation}`,
    sources: [ABSENCE, labels.deprivationSource],
    href: '/map/',
    linkLabel: 'Map',
  };
}
