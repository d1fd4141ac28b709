/**
 * Map of this year's register figure by LA (DfE daily registers, not the census map on /map/): drawn on the December
 * 2023 boundaries that match DfE's 2025/26 LA codes, in quintile classes of the LAs' values. Build time only.
 */
import { feature, mesh } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { CURRENT_REGISTER_YEAR, YTD_COVERAGE } from '../config/attendance';
import { choropleth } from '../charts/choropleth';
import { attendanceProvenance } from '../data/attendance';
import { topologyFor } from '../data/geo';
import { vintageFor } from '../config/boundaries';
import { provenanceFor } from '../../scripts/lib/provenance';
import { pct } from '../lib/format';
import { areaAttendance, registerAreaList } from '../views/latest/area-data';
import { COMPARE_LABELS, COMPARE_MEASURES, COMPARE_UNITS, measureOf, type CompareMeasure } from '../views/latest/model';
import { SOURCE_NOTE } from './attendance';
import { findingTitle, rangeFinding, subtitleLead } from '../derive/finding-title';
import { defineFigure } from './types';

const vintage = vintageFor(CURRENT_REGISTER_YEAR);
/** A third of the points is plenty for a page-width map (keeps the page within its byte budget). */
const KEEP = 0.35;
const full = presimplify(topologyFor(vintage) as unknown as Parameters<typeof presimplify>[0]);
const topology = simplify(full, quantile(full, KEEP)) as unknown as ReturnType<typeof topologyFor>;
const las = topology.objects.las as GeometryCollection<{ name: string }>;
const features = new Map(
  (feature(topology, las) as unknown as { features: Feature<Geometry, { name: string }>[] }).features.map((f) => [
    String(f.id),
    f,
  ]),
);
// Region borders and the coast: on the dark page the darkest class (#440154) would otherwise have no edge
// against the background.
const borders = mesh(topology, topology.objects.regions as GeometryCollection);
const boundaries = provenanceFor(
  `geo/${vintage}.topo.json`,
  ['ctyua2023', 'regions2023'],
  ['Simplified and quantized for the web (npm run data:build).'],
);
const laList = registerAreaList.filter((a) => a.level === 'Local authority' && features.has(a.code));

const valuesOf = (measure: CompareMeasure) =>
  laList.map((a) => ({
    ...a,
    value: measureOf(areaAttendance(a.code), 'ytd', 'Total', CURRENT_REGISTER_YEAR, measure),
  }));

/** Quintile breaks of the LAs' values (each class about a fifth of the LAs with data). */
function breaksOf(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return [1, 2, 3, 4].map((k) => sorted[Math.floor((k * sorted.length) / 5)]);
}

const SO_FAR = `${CURRENT_REGISTER_YEAR} so far (daily registers)`;
const neutral = (s: { map: CompareMeasure }) => `${COMPARE_LABELS[s.map]} by local authority, ${SO_FAR}`;
/** "Overall absence ranged from 5.4% in Trafford to 8.6% in Knowsley, 2025/26 so far (daily registers)". */
const finding = (s: { map: CompareMeasure }) => {
  const range = rangeFinding(COMPARE_LABELS[s.map], valuesOf(s.map));
  return range && `${range}, ${SO_FAR}`;
};

export default defineFigure({
  id: 'attendance-map-by-la',
  view: '/latest/',
  state: { map: { values: COMPARE_MEASURES, default: 'overall' } },
  title: (s) => findingTitle(finding(s), neutral(s)),
  subtitle: (s) =>
    `${subtitleLead(finding(s), neutral(s))}${COMPARE_UNITS[s.map]}, all schools, ${YTD_COVERAGE[CURRENT_REGISTER_YEAR]}; five classes of about equal numbers of LAs. ${SOURCE_NOTE}: not comparable with the census map.`,
  summary: (s) => {
    const known = valuesOf(s.map)
      .filter((v) => v.value !== null)
      .sort((a, b) => b.value! - a.value!);
    return `Map of ${COMPARE_LABELS[s.map].toLowerCase()} by LA, ${CURRENT_REGISTER_YEAR} so far: highest in ${known[0]?.name} (${pct(known[0]?.value)}), lowest in ${known.at(-1)?.name} (${pct(known.at(-1)?.value)}); ${known.length} LAs with data.`;
  },
  provenance: [attendanceProvenance, boundaries],
  columns: [
    { key: 'code', label: 'LA code' },
    { key: 'name', label: 'Local authority' },
    { key: 'value', label: `${CURRENT_REGISTER_YEAR} so far (%)`, numeric: true },
  ],
  rows: (s) =>
    valuesOf(s.map).map((v) => ({
      code: v.code,
      name: v.name,
      value: v.value,
    })),
  render: (s, { document, width }) => {
    const values = valuesOf(s.map);
    const breaks = breaksOf(values.flatMap((v) => (v.value === null ? [] : [v.value])));
    const cls = (v: number) => breaks.filter((b) => v >= b).length;
    const bounds = [Math.min(...values.flatMap((v) => (v.value === null ? [] : [v.value]))), ...breaks];
    const classLabels = bounds.map((b, i) =>
      i < breaks.length ? `${pct(b)} to ${pct(breaks[i])}` : `${pct(b)} or more`,
    );
    return choropleth(
      values.map((v) => ({
        feature: features.get(v.code)!,
        name: v.name,
        value: v.value,
        cls: v.value === null ? null : cls(v.value),
        text: pct(v.value),
      })),
      borders,
      { document, width, classLabels, noDataLabel: 'no data (suppressed)' },
    );
  },
});
