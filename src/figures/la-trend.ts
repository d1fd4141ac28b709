/** One LA's absence over time against its region, macro-region and England: the trend charts of /la/<slug>/. */
import { ENGLAND } from '../config/geography';
import { yearsThrough } from '../config/periods';
import { trendChart } from '../charts/trend-chart';
import { pct } from '../lib/format';
import { ENGLAND_COLOUR, LA_COLOUR, MACRO_COLOURS, REGION_COLOURS } from '../charts/palette';
import { absenceProvenance, latestYear } from '../data/absence';
import { LA_CODES, laByCode, laPath } from '../derive/la-directory';
import { sameAreaPredecessor, laTrendPoints } from '../views/la/profile';
import { MEASURES, MEASURE_LABELS, MEASURE_UNITS, type Measure } from '../config/measures';
import { defineFigure } from './types';
import { againstReferenceFinding, findingTitle, subtitleLead } from '../derive/finding-title';
import type { StateOf } from '../lib/url-state';

const state = {
  la: { values: LA_CODES, default: 'E08000025' },
  measure: { values: MEASURES, default: 'overall' },
} as const;

type LaTrendState = { la: string; measure: Measure };
const years = yearsThrough(latestYear);
const laOf = (s: LaTrendState) => laByCode.get(s.la)!;
const points = (s: LaTrendState) => laTrendPoints(laOf(s), s.measure, years);
const valueOf = (s: LaTrendState, series: string, year: string) =>
  points(s).find((p) => p.series === series && p.year === year)?.value ?? null;

const neutralTitle = (s: LaTrendState) => {
  const la = laOf(s);
  return `${MEASURE_LABELS[s.measure]}: ${la.name}, ${la.regionName}, the ${la.macro} and England`;
};

/** How the LA's rate stood against England's, from the chart's own points. */
const finding = (s: LaTrendState) => {
  const la = laOf(s);
  const of = (series: string) => points(s).filter((p) => p.series === series);
  return againstReferenceFinding(MEASURE_LABELS[s.measure], la.name, of(la.name), of(ENGLAND.name), ENGLAND.name);
};

export default defineFigure({
  id: 'la-trend',
  view: '/la/',
  state,
  // Every LA's chart is prerendered, so an LA profile's charts can be embedded and downloaded as shown.
  expand: ['la'],
  pageOf: (s) => laPath(laOf(s)),
  title: (s) => findingTitle(finding(s), neutralTitle(s)),
  subtitle: (s) => {
    const la = laOf(s);
    const before = sameAreaPredecessor(la);
    return `${subtitleLead(finding(s), neutralTitle(s))}${MEASURE_UNITS[s.measure]}. ${la.name} in purple; ${la.regionName} solid and the ${la.macro} as a whole dotted, in the ${la.macro}'s colour; England grey, dashed. 2019/20 has no data (COVID).${before ? ` Years before ${la.firstYear} are ${before.name} under its former code ${before.code} (same area).` : ''}`;
  },
  summary: (s) => {
    const la = laOf(s);
    const withData = years.filter((y) => valueOf(s, la.name, y) !== null);
    const [first, last] = [withData[0], withData[withData.length - 1]];
    return first
      ? `Line chart of ${MEASURE_LABELS[s.measure].toLowerCase()} from ${years[0]} to ${latestYear}: ${la.name} ${pct(valueOf(s, la.name, first))} in ${first} and ${pct(valueOf(s, la.name, last))} in ${last}; England ${pct(valueOf(s, ENGLAND.name, last))} in ${last}.`
      : `No published ${MEASURE_LABELS[s.measure].toLowerCase()} figures for ${la.name}.`;
  },
  provenance: [absenceProvenance],
  columns: [
    { key: 'year', label: 'Academic year' },
    { key: 'series', label: 'Area' },
    { key: 'value', label: 'Rate (%)', numeric: true },
  ],
  rows: (s) => points(s).map((p) => ({ year: p.year, series: p.series, value: p.value })),
  render: (s, { document, width = 560 }) => {
    const data = points(s);
    const [laSeries, regionSeries, macroSeries] = [...new Set(data.map((p) => p.series))];
    return trendChart(data, {
      document,
      width,
      height: 340,
      yLabel: `${MEASURE_LABELS[s.measure]} (%)`,
      // This LA in the accent; its region in the region's shade and its macro-region dotted in the macro hue; England grey dashed.
      colours: {
        [laSeries]: LA_COLOUR,
        [regionSeries]: REGION_COLOURS[laOf(s).regionName] ?? MACRO_COLOURS[laOf(s).macro],
        [macroSeries]: MACRO_COLOURS[laOf(s).macro],
        [ENGLAND.name]: ENGLAND_COLOUR,
      },
      dashes: { [macroSeries]: '1.5,3' },
      reference: ENGLAND.name,
    });
  },
});

/** The state an LA profile's shared preview shows: its overall absence chart. */
export const previewState = (code: string): StateOf<typeof state> => ({ la: code, measure: 'overall' });
