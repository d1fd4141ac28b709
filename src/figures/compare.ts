/**
 * The compare chart as a figure (compare-las), made from the compare data so that the build, the
 * /compare/ page and the embed (which draws any LAs from its URL in the browser) describe it identically.
 */
import { trendChart } from '../charts/trend-chart';
import { MEASURE_LABELS, MEASURE_UNITS, type Measure } from '../config/measures';
import type { ComparePayload } from '../lib/compare-data';
import { defineFigure } from './types';
import { compareStateSpec, type CompareState } from '../views/compare/state';
import { comparePoints, compareText } from '../views/compare/model';

export function compareFigure(payload: ComparePayload) {
  const toCompare = (s: { la: string; measure: Measure }): CompareState => ({ codes: s.la.split(','), measure: s.measure });
  const text = (s: { la: string; measure: Measure }) => compareText(payload, toCompare(s), MEASURE_LABELS[s.measure]);
  return defineFigure({
    id: 'compare-las',
    view: '/compare/',
    state: compareStateSpec(payload.las.map((la) => la.code)),
    live: true,
    title: (s) => text(s).title,
    subtitle: (s) => `${MEASURE_UNITS[s.measure]}. Rates computed from published counts; 2019/20 has no data (COVID).`,
    summary: (s) => text(s).summary,
    provenance: payload.provenance,
    columns: [
      { key: 'academic_year', label: 'Academic year' },
      { key: 'area_code', label: 'LA code' },
      { key: 'area', label: 'Local authority' },
      { key: 'value', label: 'Rate (%)', numeric: true },
    ],
    rows: (s) => toCompare(s).codes.flatMap((code) => {
      const la = payload.las.find((l) => l.code === code)!;
      const m = payload.measures.indexOf(s.measure);
      return payload.years.map((year, i) => ({ academic_year: year, area_code: la.code, area: la.label, value: la.values[m][i] }));
    }),
    render: (s, { document, width, interactive }) =>
      trendChart(comparePoints(payload, toCompare(s)), { document, width, interactive, yLabel: `${MEASURE_LABELS[s.measure]} (%)` }),
  });
}
