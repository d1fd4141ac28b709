/**
 * The macro-region gaps over time (macro-region-gaps, on /trends/): North minus South, and each macro-region
 * minus England, in percentage points, with the COVID periods. Made from the trends page's counts, so the
 * build and the browser (which redraws it for another measure, school type or width) describe it identically.
 */
import { pp } from '../lib/format';
import { MACRO_COLOURS } from '../charts/palette';
import { keyedTrendChart, type TrendPoint } from '../charts/trend-chart';
import { ENGLAND, MACRO_REGIONS, MACRO_REGION_CODES } from '../config/geography';
import { MISSING_YEAR } from '../config/periods';
import { gapPp } from '../derive/gaps';
import { findingTitle, gapChangeFinding, subtitleLead } from '../derive/finding-title';
import { rate } from '../derive/rates';
import { MEASURE_LABELS, type Measure } from '../config/measures';
import { GAP_STATE } from '../views/trends/gap-state';
import { defineFigure } from './types';
import type { Provenance } from '../lib/provenance';
import { countsFor, TYPE_LABELS, type TrendsData, type TypeKey } from '../views/trends/model';

export const NORTH_SOUTH = 'North − South';
const vsEngland = (m: string) => `${m} − England`;
/** North − South is the headline: drawn in the text colour, thicker; the others keep their macro-region colours. */
const COLOURS: Record<string, string> = {
  [NORTH_SOUTH]: 'currentColor',
  ...Object.fromEntries(MACRO_REGIONS.map((m) => [vsEngland(m), MACRO_COLOURS[m]])),
};

type GapState = { measure: Measure; type: TypeKey };

export function gapPoints(data: TrendsData, s: GapState): TrendPoint[] {
  const counts = new Map(countsFor(data, s.type).map((c) => [`${c.code}|${c.year}`, c]));
  const value = (code: string, year: string) => {
    const c = year === MISSING_YEAR ? undefined : counts.get(`${code}|${year}`);
    return c ? rate(c, s.measure) : null;
  };
  const macro = (m: (typeof MACRO_REGIONS)[number], year: string) => value(MACRO_REGION_CODES[m], year);
  return [
    ...data.years.map((year) => ({
      year,
      series: NORTH_SOUTH,
      value: gapPp(macro('North', year), macro('South', year)),
    })),
    ...MACRO_REGIONS.flatMap((m) =>
      data.years.map((year) => ({
        year,
        series: vsEngland(m),
        value: gapPp(macro(m, year), value(ENGLAND.code, year)),
      })),
    ),
  ];
}

const neutral = (s: GapState) =>
  `${MEASURE_LABELS[s.measure]}: the North–South gap, and each macro-region against England`;

export function gapFigure(data: TrendsData, provenance: Provenance[]) {
  const at = (s: GapState, series: string, year: string) =>
    gapPoints(data, s).find((p) => p.series === series && p.year === year)?.value ?? null;
  const finding = (s: GapState) =>
    gapChangeFinding(
      `The North–South gap in ${MEASURE_LABELS[s.measure].toLowerCase()}`,
      gapPoints(data, s).filter((p) => p.series === NORTH_SOUTH),
    );
  return defineFigure({
    id: 'macro-region-gaps',
    view: '/trends/',
    state: GAP_STATE,
    title: (s) => findingTitle(finding(s), neutral(s)),
    subtitle: (s) =>
      `${subtitleLead(finding(s), neutral(s))}Percentage points, ${TYPE_LABELS[s.type].toLowerCase()}; above 0: higher absence than the South (or England). Rates from summed counts; 2019/20 has no data (COVID).`,
    summary: (s) => {
      const first = data.years.find((y) => at(s, NORTH_SOUTH, y) !== null)!;
      return `Line chart of gaps in ${MEASURE_LABELS[s.measure].toLowerCase()}: the North minus the South was ${pp(at(s, NORTH_SOUTH, first))} in ${first} and ${pp(at(s, NORTH_SOUTH, data.latestYear))} in ${data.latestYear}; the North minus England ${pp(at(s, vsEngland('North'), data.latestYear))}, the Midlands ${pp(at(s, vsEngland('Midlands'), data.latestYear))} and the South ${pp(at(s, vsEngland('South'), data.latestYear))} in ${data.latestYear}.`;
    },
    provenance,
    columns: [
      { key: 'academic_year', label: 'Academic year' },
      { key: 'gap', label: 'Gap' },
      { key: 'gap_pp', label: 'Gap (percentage points)', numeric: true },
    ],
    rows: (s) =>
      gapPoints(data, s).map((p) => ({
        academic_year: p.year,
        gap: p.series,
        gap_pp: p.value,
      })),
    render: (s, { document, width, interactive }) =>
      keyedTrendChart(gapPoints(data, s), {
        document,
        width,
        interactive,
        yLabel: `${MEASURE_LABELS[s.measure]} gap (pp)`,
        formatValue: pp,
        colours: COLOURS,
        emphasis: NORTH_SOUTH,
        dashes: Object.fromEntries(MACRO_REGIONS.map((m) => [vsEngland(m), '6,3'])),
      }),
  });
}
