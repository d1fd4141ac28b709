/**
 * The three /context/ figures as FigureSpecs over the page's data: school readiness by region,
 * SEND by region, and absence against attainment. Pure: the build and the browser share them.
 */
import { REGIONS } from '../config/geography';
import { indicatorStrip } from '../charts/indicator-strip';
import { indicatorTrend, type TrendValue } from '../charts/indicator-trend';
import { scatter } from '../charts/scatter';
import { MACRO_SYMBOLS, isNorth, macroOfRegionName } from '../charts/indicator-palette';
import { PUPIL_KINDS, REGION_COLOURS } from '../charts/palette';
import { INDICATORS } from '../config/context-indicators';
import { defineFigure, type FigureColumn, type FigureRow } from './types';
import { findingTitle, subtitleLead } from '../derive/finding-title';
import type { Provenance } from '../lib/provenance';
import {
  englandValue,
  latest,
  spanOf,
  valuesOf,
  type ContextViewData,
  type ViewIndicator,
} from '../views/context/model';
import {
  NORTH_NAMES,
  PHASE_NOTE,
  attainmentFinding,
  attainmentFit,
  attainmentPoints,
  readinessFinding,
  regionLeadTitle,
  attainmentTitle,
  semhFinding,
  semhTitle,
  readinessTrendTitle,
  semhNote,
  sendFinding,
  tagNote,
  type AttainmentChart,
} from '../views/context/findings';

const NORTH_COLOURS = Object.fromEntries(
  REGIONS.filter((r) => r.macro === 'North').map((r) => [r.name, REGION_COLOURS[r.name]]),
);

const AREA_COLUMNS: FigureColumn[] = [
  { key: 'academic_year', label: 'Academic year' },
  { key: 'area', label: 'Area' },
  { key: 'area_type', label: 'Area type' },
  { key: 'region', label: 'Region' },
];

/** Rows of the data table and CSV for one indicator: regions and England (and LAs for one year). */
function indicatorRows(data: ContextViewData, indicator: ViewIndicator, year: string | null): FigureRow[] {
  const values = valuesOf(data, indicator, year ? { year } : {}).filter(
    (v) => year !== null || v.level !== 'Local authority',
  );
  return values.map((v) => ({
    academic_year: v.year,
    area: v.name,
    area_type: v.level,
    region: v.region ?? '',
    value: v.value,
  }));
}

function stripFor(data: ContextViewData, indicator: ViewIndicator, year: string) {
  return {
    regions: valuesOf(data, indicator, { year, level: 'Regional' }).map((v) => ({ name: v.name, value: v.value })),
    las: valuesOf(data, indicator, { year, level: 'Local authority' }).map((v) => ({
      name: v.name,
      region: v.region!,
      value: v.value,
    })),
    england: englandValue(data, indicator, year),
  };
}

/** England and the regions over every year of the span; missing years stay null (gaps). */
function trendFor(data: ContextViewData, indicator: ViewIndicator): TrendValue[] {
  const byKey = new Map(
    valuesOf(data, indicator)
      .filter((v) => v.level !== 'Local authority')
      .map((v) => [`${v.name}|${v.year}`, v.value]),
  );
  return ['England', ...REGIONS.map((r) => r.name)].flatMap((name) =>
    spanOf(data.years[indicator]).map((year) => ({ year, series: name, value: byKey.get(`${name}|${year}`) ?? null })),
  );
}

const readinessTitle = (year: string) => `School readiness by region and local authority, ${year}`;
const sendTitle = (chart: 'ehcp' | 'senSupport', year: string) =>
  `${INDICATORS[chart].label} by region and local authority, ${year}`;
const attainmentNeutral = (s: AttainmentChart) =>
  `Absence and Attainment 8 by ${s.chart === 'regions' ? 'region' : 'local authority'}, ${s.year}`;

export function schoolReadinessFigure(data: ContextViewData, provenance: Provenance[]) {
  const years = data.years.gld;
  const gaps = spanOf(years).filter((y) => !years.includes(y));
  type S = { year: string; chart: string };
  const neutral = (s: S) =>
    s.chart === 'trend' ? `School readiness by region, ${years[0]} to ${latest(years)}` : readinessTitle(s.year);
  const finding = (s: S) => (s.chart === 'trend' ? readinessTrendTitle(data) : regionLeadTitle(data, 'gld', s.year));
  return defineFigure({
    id: 'school-readiness-by-region',
    view: '/context/',
    state: { year: { values: years, default: latest(years) }, chart: { values: ['year', 'trend'], default: 'year' } },
    title: (s) => findingTitle(finding(s), neutral(s)),
    subtitle: (s) =>
      subtitleLead(finding(s), neutral(s)) +
      `${INDICATORS.gld.unit} reaching a good level of development. ` +
      (s.chart === 'trend'
        ? `${NORTH_NAMES} in colour, other regions grey, England dashed. No assessments in ${gaps.join(' and ')} (COVID): gaps. ` +
          'The profile was reformed in 2021/22, so later years do not compare directly with earlier ones.'
        : `Ticks: regions (${NORTH_NAMES} in colour); dots: their local authorities; dashed line: England.`),
    summary: (s) => {
      const chart = s.chart === 'trend' ? 'Line chart' : 'Strip chart';
      return `${chart}. ${readinessFinding(data, s.chart === 'trend' ? latest(years) : s.year)}`;
    },
    provenance,
    columns: [...AREA_COLUMNS, { key: 'value', label: 'Good level of development (%)', numeric: true }],
    rows: (s) => indicatorRows(data, 'gld', s.chart === 'trend' ? null : s.year),
    render: (s, { document, width }) =>
      s.chart === 'trend'
        ? indicatorTrend(trendFor(data, 'gld'), {
            document,
            width,
            yLabel: INDICATORS.gld.axis,
            highlight: NORTH_COLOURS,
            reference: 'England',
          })
        : indicatorStrip(stripFor(data, 'gld', s.year), { document, width, xLabel: INDICATORS.gld.axis }),
  });
}

const SEND_CHARTS = ['ehcp', 'senSupport', 'semh'] as const;
export function sendFigure(data: ContextViewData, provenance: Provenance[]) {
  const years = data.years.ehcp;
  const semhYears = data.senNational.map((d) => d.year);
  const semhSeries = (): TrendValue[] =>
    data.senNational.flatMap((d) => [
      { year: d.year, series: 'SEN support', value: d.senSupportPct },
      { year: d.year, series: 'EHC plan', value: d.ehcpPct },
      { year: d.year, series: 'SEMH primary need', value: d.semhPct },
    ]);
  type S = { year: string; chart: (typeof SEND_CHARTS)[number] };
  const neutral = (s: S) =>
    s.chart === 'semh'
      ? `SEN and SEMH as primary need, England, ${semhYears[0]} to ${latest(semhYears)}`
      : sendTitle(s.chart, s.year);
  const finding = (s: S) => (s.chart === 'semh' ? semhTitle(data) : regionLeadTitle(data, s.chart, s.year));
  return defineFigure({
    id: 'send-by-region',
    view: '/context/',
    state: { year: { values: years, default: latest(years) }, chart: { values: SEND_CHARTS, default: 'ehcp' } },
    title: (s) => findingTitle(finding(s), neutral(s)),
    subtitle: (s) =>
      subtitleLead(finding(s), neutral(s)) +
      (s.chart === 'semh'
        ? `% of all pupils in state-funded schools, recomputed from DfE counts. ${semhNote(data)}`
        : `${INDICATORS[s.chart].unit}. Ticks: regions (${NORTH_NAMES} in colour); dots: their local authorities; dashed line: England. ${semhNote(data)}`),
    summary: (s) => {
      if (s.chart === 'semh') {
        return `Line chart. ${semhFinding(data)} ${semhNote(data)}`;
      }
      return `Strip chart. ${sendFinding(data, s.chart, s.year)}`;
    },
    provenance,
    columns: [
      ...AREA_COLUMNS,
      { key: 'measure', label: 'Measure' },
      { key: 'value', label: 'Percentage of pupils (%)', numeric: true },
    ],
    rows: ({ chart, year }) =>
      chart === 'semh'
        ? semhSeries().map((d) => ({
            academic_year: d.year,
            area: 'England',
            area_type: 'National',
            region: '',
            measure: d.series,
            value: d.value,
          }))
        : indicatorRows(data, chart, year).map((r) => ({ ...r, measure: INDICATORS[chart].label })),
    render: (s, { document, width }) =>
      s.chart === 'semh'
        ? indicatorTrend(semhSeries(), {
            document,
            width,
            yLabel: '% of all pupils',
            zero: true,
            highlight: {
              'SEN support': PUPIL_KINDS[0].light,
              'EHC plan': PUPIL_KINDS[1].light,
              'SEMH primary need': PUPIL_KINDS[2].light,
            },
          })
        : indicatorStrip(stripFor(data, s.chart, s.year), { document, width, xLabel: INDICATORS[s.chart].axis }),
  });
}

const ABSENCE_AXIS = 'Overall absence (% of sessions)';

export function absenceAttainmentFigure(data: ContextViewData, provenance: Provenance[]) {
  const years = data.scatterYears;
  const pointsFor = (s: AttainmentChart) => attainmentPoints(data, s);
  const fitFor = (s: AttainmentChart) => attainmentFit(data, s);
  return defineFigure({
    id: 'absence-vs-attainment',
    view: '/context/',
    state: { year: { values: years, default: latest(years) }, chart: { values: ['las', 'regions'], default: 'las' } },
    title: (s) => findingTitle(attainmentTitle(data, s), attainmentNeutral(s)),
    subtitle: (s) =>
      `${subtitleLead(attainmentTitle(data, s), attainmentNeutral(s))}Overall absence (% of sessions) against average Attainment 8, one ${s.chart === 'regions' ? 'region' : 'local authority'} per point, ${s.year} only. ` +
      `${PHASE_NOTE} Dashed: least-squares line, with r and n for this year. Symbols by North, Midlands and South; ${NORTH_NAMES} solid, others faded.${tagNote(s.year)}`,
    summary: (s) => `Scatterplot. ${attainmentFinding(data, s)}`,
    provenance,
    columns: [
      { key: 'academic_year', label: 'Academic year' },
      { key: 'area', label: 'Area' },
      { key: 'region', label: 'Region' },
      { key: 'overall_absence_pct', label: 'Overall absence (%)', numeric: true },
      { key: 'attainment_8', label: 'Attainment 8', numeric: true },
    ],
    rows: (s) =>
      pointsFor(s).map((p) => ({
        academic_year: p.year,
        area: p.name,
        region: p.region,
        overall_absence_pct: p.absence,
        attainment_8: p.att8,
      })),
    render: (s, { document, width }) =>
      scatter(
        pointsFor(s).map((p) => ({
          x: p.absence,
          y: p.att8,
          label: p.name,
          group: p.region,
          highlight: isNorth(p.region),
        })),
        {
          document,
          width,
          xLabel: ABSENCE_AXIS,
          yLabel: INDICATORS.att8.axis,
          colours: REGION_COLOURS,
          fit: fitFor(s),
          symbols: Object.fromEntries(REGIONS.map((r) => [r.name, MACRO_SYMBOLS[macroOfRegionName(r.name)]])),
        },
      ),
  });
}
