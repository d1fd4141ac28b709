/**
 * The regional trends figures as FigureSpecs, made from the page's data so the build
 * (src/figures/*) and the browser (src/client/pages/trends.ts) describe and draw them identically.
 */
import { defineFigure, type FigureColumn, type FigureRow } from './types';
import type { Provenance } from '../lib/provenance';
import type { StateOf, StateSpec } from '../lib/url-state';
import { rate } from '../derive/rates';
import { MEASURES, MEASURE_LABELS, MEASURE_UNITS, type Measure } from '../config/measures';
import { INNER_LONDON, LONDON, MACRO_REGIONS, OUTER_LONDON, REGIONS } from '../config/geography';
import { PERIODS, PRE_COVID_YEAR } from '../config/periods';
import { changeFinding, findingTitle, highestFinding, subtitleLead } from '../derive/finding-title';
import { trendChart, type TrendPoint } from '../charts/trend-chart';
import { smallMultiples } from '../charts/small-multiples';
import { regionBars } from '../charts/region-bars';
import { CONTEXT_COLOUR, MACRO_COLOURS } from '../charts/palette';
import { fixed, pct, pp, signedPercent } from '../lib/format';
import {
  TYPE_LABELS,
  VIEW_LABELS,
  areasIn,
  countsFor,
  reference,
  sentencesFor,
  seriesStyle,
  summaryFor,
  trendPoints,
  trendsStateSpec,
  type TrendsData,
  type TrendsState,
} from '../views/trends/model';
import { SUMMARY_PERIODS, periodLabel, periodSpan, type PeriodChange } from '../derive/period-summary';

const pick = <S extends StateSpec, K extends keyof S>(spec: S, keys: K[]) =>
  Object.fromEntries(keys.map((k) => [k, spec[k]])) as Pick<S, K>;
const GAP = PERIODS.find((p) => p.id === 'gap')!;
const pctColumn = (key: string, label: string): FigureColumn => ({ key, label, numeric: true });

export function trendFigure(data: TrendsData, provenance: Provenance[]) {
  const state = pick(trendsStateSpec(data), ['measure', 'type', 'view']);
  type S = StateOf<typeof state>;
  return defineFigure({
    id: 'macro-region-trends',
    view: '/trends/',
    state,
    title: (s: S) => findingTitle(trendFinding(data, s), neutralTitle(data, s)),
    subtitle: (s: S) =>
      `${subtitleLead(trendFinding(data, s), neutralTitle(data, s))}${MEASURE_UNITS[s.measure]}. ${TYPE_LABELS[s.type]}. ${s.view === 'regions' ? "One panel per area, in its macro-region's colour, against the other areas in grey; the same scale in every panel. " : ''}England dashed. ${GAP.note}`,
    summary: (s: S) => `Line chart. ${sentencesFor(data, s).slice(0, 2).join(' ')}`,
    provenance,
    columns: [
      { key: 'area', label: 'Area' },
      { key: 'academic_year', label: 'Academic year' },
      pctColumn('rate_pct', 'Rate (%)'),
    ],
    rows: (s: S): FigureRow[] =>
      trendPoints(data, s).map((p) => ({ area: p.series, academic_year: p.year, rate_pct: p.value })),
    render: (s: S, { document, width }) =>
      s.view === 'regions'
        ? regionPanels(data, s, document, width)
        : trendChart(trendPoints(data, s), {
            document,
            width,
            yLabel: `${MEASURE_LABELS[s.measure]} (%)`,
            yearHover: true,
            ...seriesStyle(data, s.view),
          }),
  });
}

const neutralTitle = (data: TrendsData, s: Pick<TrendsState, 'measure' | 'view'>) =>
  `${MEASURE_LABELS[s.measure]}: ${VIEW_LABELS[s.view]}, ${data.years[0]} to ${data.latestYear}`;

/** Each area's change (pp) from the last year before COVID to the latest, England left out. */
function changes(data: TrendsData, s: Pick<TrendsState, 'measure' | 'type' | 'view'>, measure = s.measure) {
  const points = trendPoints(data, s, measure);
  const at = (name: string, year: string) => points.find((p) => p.series === name && p.year === year)?.value ?? null;
  return areasIn(data, s.view)
    .filter((a) => a.group !== 'reference')
    .map((a) => {
      const [from, to] = [at(a.name, PRE_COVID_YEAR), at(a.name, data.latestYear)];
      return { name: a.name, value: from === null || to === null ? null : to - from };
    });
}

/** How the areas' rates changed since before COVID, else which area is highest now (when either is clear). */
function trendFinding(data: TrendsData, s: Pick<TrendsState, 'measure' | 'type' | 'view'>): string | null {
  const label = MEASURE_LABELS[s.measure];
  const latest = trendPoints(data, s)
    .filter((p) => p.year === data.latestYear && p.series !== reference(data).name)
    .map((p) => ({ name: p.series, value: p.value }));
  return (
    changeFinding(label, changes(data, s), PRE_COVID_YEAR, data.latestYear) ??
    highestFinding(label, latest, data.latestYear)
  );
}

/** Eleven areas are too many lines for one chart: one panel per region (and Inner/Outer London), each against the rest in grey. */
function regionPanels(
  data: TrendsData,
  s: Pick<TrendsState, 'measure' | 'type' | 'view'>,
  document: Document,
  width = 720,
) {
  const points = trendPoints(data, s);
  const style = seriesStyle(data, s.view);
  const areas = areasIn(data, s.view).filter((a) => a.name !== style.reference);
  return smallMultiples(
    areas.map((a) => ({ title: a.name, data: points, highlight: a.name })),
    {
      document,
      width,
      panelHeight: width < 460 ? 170 : 190,
      yearHover: true,
      ...style,
      columnsAt: { three: 640, two: 340 },
      key: [
        ...MACRO_REGIONS.map((m) => ({ label: m, colour: MACRO_COLOURS[m] })),
        { label: 'Other areas', colour: CONTEXT_COLOUR, width: 1 },
        { label: style.reference, colour: MACRO_COLOURS.England, dash: '5,4', width: 2 },
      ],
    },
  );
}

const everyMeasureTitle = (data: TrendsData, s: Pick<TrendsState, 'view'>) =>
  `Every absence measure: ${VIEW_LABELS[s.view]}, ${data.years[0]} to ${data.latestYear}`;

/** "Unauthorised absence rose most in the North ..." for the measure whose areas' rises differ the most (in relative terms). */
function everyMeasureFinding(data: TrendsData, s: Pick<TrendsState, 'type' | 'view'>): string | null {
  const spread = MEASURES.map((measure) => {
    const c = changes(data, { ...s, measure }, measure).filter((x) => x.value !== null) as { value: number }[];
    const ref = trendPoints(data, { ...s, measure }, measure).find(
      (p) => p.series === reference(data).name && p.year === data.latestYear,
    )?.value;
    const values = c.map((x) => x.value);
    return { measure, spread: ref ? (Math.max(...values) - Math.min(...values)) / ref : 0 };
  }).sort((a, b) => b.spread - a.spread);
  const m = spread[0].measure;
  return changeFinding(MEASURE_LABELS[m], changes(data, { ...s, measure: m }, m), PRE_COVID_YEAR, data.latestYear);
}

/**
 * One measure's panel: the view's areas; with eleven regional areas, too many lines to colour, North, Midlands
 * and South are added in colour and the regions stay as grey context behind them.
 */
function measurePanel(data: TrendsData, s: Pick<TrendsState, 'type' | 'view'>, measure: Measure): TrendPoint[] {
  const macro = trendPoints(data, { ...s, measure, view: 'macro' }, measure);
  if (s.view === 'macro') return macro;
  const regions = trendPoints(data, { ...s, measure }, measure).filter((p) => p.series !== reference(data).name);
  return [...regions, ...macro];
}

export function smallMultiplesFigure(data: TrendsData, provenance: Provenance[]) {
  const state = pick(trendsStateSpec(data), ['type', 'view']);
  type S = StateOf<typeof state>;
  const all = (s: S) => MEASURES.map((measure) => ({ measure, points: measurePanel(data, s, measure) }));
  return defineFigure({
    id: 'regional-trends-by-measure',
    view: '/trends/',
    state,
    title: (s: S) => findingTitle(everyMeasureFinding(data, s), everyMeasureTitle(data, s)),
    subtitle: (s: S) =>
      `${subtitleLead(everyMeasureFinding(data, s), everyMeasureTitle(data, s))}One panel per measure, each with its own scale: absence rates are % of sessions, persistent and severe absence % of pupils. ${TYPE_LABELS[s.type]}. ${s.view === 'regions' ? 'North, Midlands and South in colour (each the sum of its regions); the nine regions and Inner and Outer London in grey. ' : ''}England dashed. Shading: ${SUMMARY_PERIODS.map((p) => p.label).join(', ')}; grey: ${GAP.label}.`,
    summary: (s: S) =>
      `Small multiples, one line chart per measure. ${MEASURES.map((m) => sentencesFor(data, { ...s, measure: m })[0]).join(' ')}`,
    provenance,
    columns: [
      { key: 'area', label: 'Area' },
      { key: 'academic_year', label: 'Academic year' },
      ...MEASURES.map((m) => pctColumn(`${m}_pct`, `${MEASURE_LABELS[m]} (%)`)),
    ],
    rows: (s: S): FigureRow[] => {
      const panels = all(s);
      return panels[0].points.map((p, i) => ({
        area: p.series,
        academic_year: p.year,
        ...Object.fromEntries(panels.map((m) => [`${m.measure}_pct`, m.points[i].value])),
      }));
    },
    render: (s: S, { document, width }) =>
      smallMultiples(
        all(s).map((m) => ({ title: MEASURE_LABELS[m.measure], data: m.points })),
        {
          document,
          width,
          yearHover: true,
          ...seriesStyle(data, 'macro'),
          ...(s.view === 'regions' && {
            muted: areasIn(data, 'regions').flatMap((a) => (a.group === 'regions' ? [a.name] : [])),
            key: [
              ...MACRO_REGIONS.map((m) => ({ label: m, colour: MACRO_COLOURS[m] })),
              { label: 'Regions, Inner and Outer London', colour: CONTEXT_COLOUR, width: 1 },
              { label: reference(data).name, colour: MACRO_COLOURS.England, dash: '5,4', width: 2 },
            ],
          }),
        },
      ),
  });
}

/**
 * The eight regions outside London, and London as its two parts (as Child of the North's figure 1 shows them):
 * London beside its parts would rank its pupils twice.
 */
const BAR_AREAS = [
  ...REGIONS.filter((r) => r.code !== LONDON.code).map((r) => ({ code: r.code, name: r.name, macro: r.macro })),
  { ...INNER_LONDON, macro: 'South' },
  { ...OUTER_LONDON, macro: 'South' },
];

export function regionalPersistentFigure(data: TrendsData, provenance: Provenance[]) {
  const state = pick(trendsStateSpec(data), ['year', 'type']);
  type S = StateOf<typeof state>;
  const valueOf = (s: S, code: string) => {
    const c = countsFor(data, s.type).find((r) => r.code === code && r.year === s.year);
    return c ? rate(c, 'persistent') : null;
  };
  const bars = (s: S) =>
    BAR_AREAS.map((a) => ({ name: a.name, value: valueOf(s, a.code), colour: MACRO_COLOURS[a.macro] }));
  return defineFigure({
    id: 'regional-persistent-absence',
    view: '/trends/',
    state,
    title: (s: S) =>
      findingTitle(
        highestFinding(MEASURE_LABELS.persistent, bars(s), s.year),
        `Persistent absence by region, ${s.year}`,
      ),
    subtitle: (s: S) =>
      `${subtitleLead(highestFinding(MEASURE_LABELS.persistent, bars(s), s.year), `Persistent absence by region, ${s.year}`)}${MEASURE_UNITS.persistent}. ${TYPE_LABELS[s.type]}. Bars coloured by macro-region (key above). London is shown as its two parts, Inner and Outer London. Dashed line: England.`,
    summary: (s: S) => {
      const known = bars(s)
        .filter((b) => b.value !== null)
        .sort((a, b) => b.value! - a.value!);
      return known.length
        ? `Bar chart. In ${s.year} persistent absence was highest in ${known[0].name} (${pct(known[0].value)}) and lowest in ${known.at(-1)!.name} (${pct(known.at(-1)!.value)}); England ${pct(valueOf(s, reference(data).code))}.`
        : `Bar chart. No persistent absence data for ${s.year}.`;
    },
    provenance,
    columns: [
      { key: 'area', label: 'Area' },
      { key: 'macro_region', label: 'Macro-region' },
      pctColumn('persistent_absence_pct', 'Persistent absence (%)'),
    ],
    rows: (s: S): FigureRow[] => [
      ...BAR_AREAS.map((a) => ({ area: a.name, macro_region: a.macro, persistent_absence_pct: valueOf(s, a.code) })),
      { area: reference(data).name, macro_region: null, persistent_absence_pct: valueOf(s, reference(data).code) },
    ],
    render: (s: S, { document, width }) =>
      regionBars(bars(s), {
        document,
        width,
        xLabel: 'Persistent absence (%)',
        reference: { name: reference(data).name, value: valueOf(s, reference(data).code) },
        key: MACRO_REGIONS.map((m) => ({ label: m, colour: MACRO_COLOURS[m] })),
      }),
  });
}

/** The period summary as a table: rates from summed counts, then changes in pp and percent. */
export function periodSummaryTable(data: TrendsData, s: Pick<TrendsState, 'measure' | 'type' | 'view'>) {
  const rows = summaryFor(data, s);
  const changeLabel = (c: PeriodChange) => `${periodLabel(c.from)} → ${periodLabel(c.to)}`;
  return {
    columns: [
      { label: 'Area' },
      ...SUMMARY_PERIODS.map((p) => ({ label: `${p.label}, ${periodSpan(p.id, data.latestYear)} (%)`, numeric: true })),
      ...rows[0].changes.flatMap((c) => [
        { label: `${changeLabel(c)}, percentage points`, numeric: true },
        { label: `${changeLabel(c)} (% change)`, numeric: true },
      ]),
    ],
    rows: rows.map((r) => [
      r.name,
      ...SUMMARY_PERIODS.map((p) => fixed(r.rates[p.id])),
      ...r.changes.flatMap((c) => [pp(c.pp), signedPercent(c.percent)]),
    ]),
  };
}
