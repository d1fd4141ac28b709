/**
 * The compare chart as a figure (compare-las), made from the compare data so that the build, the
 * /compare/ page and the embed (which draws any LAs from its URL in the browser) describe it identically.
 * England (and a region) are grey references; the highlighted LA is thicker, in the accent colour. Narrow
 * charts carry a key above them instead of end labels, so no name is ever cut short.
 */
import { keyedTrendChart } from '../charts/trend-chart';
import { MEASURE_LABELS, MEASURE_UNITS, type Measure } from '../config/measures';
import type { ComparePayload } from '../views/compare/payload';
import { defineFigure } from './types';
import { compareStateSpec, fromParams } from '../views/compare/state';
import { compareColours, comparePoints, compareText, referencesFor, selectedLas } from '../views/compare/model';

const REFERENCE_DASH = '5,4';

type Params = { la: string; measure: Measure; focus?: string; slots?: string };

export function compareFigure(payload: ComparePayload) {
  const text = (s: Params) => compareText(payload, fromParams(s), MEASURE_LABELS[s.measure]);
  return defineFigure({
    id: 'compare-las',
    view: '/compare/',
    state: compareStateSpec(payload.las.map((la) => la.code)),
    live: true,
    title: (s) => text(s).title,
    subtitle: (s) => {
      const refs = referencesFor(payload, fromParams(s))
        .map((r) => r.label)
        .join(' and ');
      return `${text(s).lead}${MEASURE_UNITS[s.measure]}. ${refs} in grey. Rates computed from published counts; 2019/20 has no data (COVID).`;
    },
    summary: (s) => text(s).summary,
    provenance: payload.provenance,
    columns: [
      { key: 'academic_year', label: 'Academic year' },
      { key: 'area_code', label: 'Area code' },
      { key: 'area', label: 'Area' },
      { key: 'value', label: 'Rate (%)', numeric: true },
    ],
    rows: (s) => {
      const state = fromParams(s);
      const m = payload.measures.indexOf(s.measure);
      return [...selectedLas(payload, state), ...referencesFor(payload, state)].flatMap((line) =>
        payload.years.map((year, i) => ({
          academic_year: year,
          area_code: line.code,
          area: line.label,
          value: line.values[m][i],
        })),
      );
    },
    render: (s, { document, width = 720, interactive }) => {
      const state = fromParams(s);
      const colours = compareColours(payload, state);
      const refs = referencesFor(payload, state).map((r) => r.label);
      const focus = selectedLas(payload, state).find((la) => la.code === state.focus)?.label;
      return keyedTrendChart(comparePoints(payload, state), {
        document,
        width,
        interactive,
        yLabel: `${MEASURE_LABELS[s.measure]} (%)`,
        colours,
        emphasis: focus,
        dashes: Object.fromEntries(refs.map((r) => [r, REFERENCE_DASH])),
      });
    },
  });
}
