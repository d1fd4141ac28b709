/** England's absence measures over time: the headline series. */
import { ENGLAND } from '../config/geography';
import { FIRST_YEAR, yearsThrough } from '../config/periods';
import { trendChart } from '../charts/trend-chart';
import { pct } from '../lib/format';
import { ENGLAND_COLOUR } from '../charts/palette';
import { SCHOOL_TYPES } from '../config/school-types';
import { absenceProvenance, latestYear } from '../data/absence';
import { seriesFor } from '../derive/absence-series';
import { MEASURES, MEASURE_LABELS, MEASURE_UNITS, type Measure } from '../config/measures';
import { findingTitle, levelChangeFinding, subtitleLead } from '../derive/finding-title';
import { defineFigure } from './types';

const state = {
  measure: { values: MEASURES, default: 'overall' },
  type: { values: SCHOOL_TYPES, default: 'Total' },
} as const;

type State = { measure: Measure; type: (typeof SCHOOL_TYPES)[number] };
const series = (s: State) => seriesFor(ENGLAND.code, s.measure, s.type, yearsThrough(latestYear));

const neutral = (s: State) => `${MEASURE_LABELS[s.measure]}, England, ${FIRST_YEAR} to ${latestYear}`;
const finding = (s: State) => levelChangeFinding(`${MEASURE_LABELS[s.measure]} in England`, series(s));

export default defineFigure({
  id: 'england-absence',
  view: '/trends/',
  state,
  title: (s) => findingTitle(finding(s), neutral(s)),
  subtitle: (s) =>
    `${subtitleLead(finding(s), neutral(s))}${MEASURE_UNITS[s.measure]}; ${s.type === 'Total' ? 'state-funded primary, secondary and special schools' : s.type.toLowerCase()}. 2019/20: no full-year data.`,
  summary: (s) => {
    const data = series(s);
    const first = data[0]?.value ?? null;
    const last = data[data.length - 1]?.value ?? null;
    return `Line chart: ${MEASURE_LABELS[s.measure].toLowerCase()} in England was ${pct(first)} in ${FIRST_YEAR} and ${pct(last)} in ${latestYear}.`;
  },
  provenance: [absenceProvenance],
  columns: [
    { key: 'year', label: 'Academic year' },
    { key: 'value', label: 'Rate (%)', numeric: true },
  ],
  rows: (s) => series(s).map((d) => ({ year: d.year, value: d.value })),
  render: (s, { document, width }) =>
    trendChart(
      series(s).map((d) => ({ ...d, series: 'England' })),
      {
        document,
        width,
        yLabel: `${MEASURE_LABELS[s.measure]} (%)`,
        colours: { England: ENGLAND_COLOUR },
      },
    ),
});
