/**
 * Where absence changed most: each LA's change in a measure between a baseline (the pre-COVID years pooled
 * from counts, or 2018/19) and a later year, on a diverging palette centred on England's change: /benchmark/.
 */
import { bivariateMap, HATCH_ID, shapesOf } from '../charts/bivariate-map';
import { changeLegend } from '../charts/change-legend';
import { int, pct, pp } from '../lib/format';
import { CHANGE_DIVERGING } from '../charts/palette';
import { svgEl } from '../charts/svg';
import { CHANGE_BASELINES, FEW_PUPILS, fewPupils, type ChangeBaseline } from '../config/benchmark';
import { regionByCode } from '../config/geography';
import { COVID_CAVEAT_YEAR, PRE_COVID_YEAR } from '../config/periods';
import { binOf, binStep } from '../derive/change-bins';
import { MEASURES, MEASURE_LABELS, MEASURE_UNITS, type Measure } from '../config/measures';
import { absenceProvenance, latestYear } from '../data/absence';
import { mapUnitsFor } from '../data/areas';
import { topologyFor } from '../data/geo';
import { vintageFor } from '../config/boundaries';
import { changeFor, DATA_YEARS, type ChangeRow } from '../views/benchmark/model';
import { countOf, directions, findingTitle, majority, subtitleLead } from '../derive/finding-title';
import { defineFigure } from './types';

const state = {
  measure: { values: MEASURES, default: 'persistent' },
  from: { values: Object.keys(CHANGE_BASELINES) as ChangeBaseline[], default: 'pre-covid' },
  to: { values: DATA_YEARS.filter((y) => y > PRE_COVID_YEAR), default: latestYear },
} as const;
export type ChangeState = { measure: Measure; from: ChangeBaseline; to: string };

const LONDON = 'E12000007';
const LEGEND_GAP = 8;
export const LEGEND_CAPTION = "Change minus England's change (pp)";

const view = (s: ChangeState) => changeFor(s.measure, s.from, s.to);
const baselineWords = (s: ChangeState) =>
  s.from === 'pre-covid' ? 'before COVID (2015/16 to 2018/19, pooled)' : s.from;
/** Rose most first; LAs without a comparable baseline last. */
const sorted = (rows: readonly ChangeRow[]) =>
  [...rows].sort((a, b) => (b.change ?? -Infinity) - (a.change ?? -Infinity) || a.la.name.localeCompare(b.la.name));

/** The bin step of a state: from the LAs with enough pupils, so two tiny LAs never stretch the scale. */
export const changeStep = (s: ChangeState) =>
  binStep(view(s).rows.flatMap((r) => (r.relative === null || fewPupils(r.pupils) ? [] : [r.relative])));

/** The map without its legend (the page draws the legend at a fixed width beside it). */
export function changeMapOnly(s: ChangeState, document: Document, width: number): SVGSVGElement {
  const { rows, england } = view(s);
  const step = changeStep(s);
  const byCode = new Map(rows.map((r) => [r.la.code, r]));
  const units = mapUnitsFor(s.to);
  const map = bivariateMap(shapesOf(topologyFor(vintageFor(s.to)), units), {
    document,
    width,
    title: `Change in ${MEASURE_LABELS[s.measure].toLowerCase()} by local authority`,
    insetIds: units.filter((u) => u.dataCodes.every((c) => byCode.get(c)?.la.regionCode === LONDON)).map((u) => u.id),
    insetLabel: 'London',
    macroOf: (regionCode) => regionByCode.get(regionCode)?.macro ?? '',
    styleOf: (id) => {
      const row = byCode.get(id);
      const bin = row?.relative == null ? null : binOf(row.relative, step);
      const macro = row?.la.macro ?? '';
      return bin === null
        ? { fill: null, cell: 'none', macro, label: `${row?.la.name ?? id}: no comparable baseline` }
        : {
            fill: CHANGE_DIVERGING[bin],
            cell: String(bin),
            macro,
            label: `${row!.la.name}: ${pp(row!.change)} (England ${pp(england.change)})`,
          };
    },
  });
  for (const path of map.querySelectorAll<SVGPathElement>('path.la')) {
    // The figure is one image with a text alternative, and every value is in its table: no names on the shapes.
    path.removeAttribute('aria-label');
    path.removeAttribute('role');
    // Small numbers stay honest: an LA whose rate rests on few pupils is faded, with a dashed edge.
    if (fewPupils(byCode.get(path.getAttribute('data-id') ?? '')?.pupils)) {
      path.setAttribute('fill-opacity', '0.35');
      path.setAttribute('stroke-dasharray', '2,2');
      path.setAttribute('stroke', 'currentColor');
    }
  }
  return map;
}

const neutralTitle = (s: ChangeState) =>
  `Change in ${MEASURE_LABELS[s.measure].toLowerCase()} by local authority, ${s.from === 'pre-covid' ? 'pre-COVID' : s.from} to ${s.to}`;

/** "Persistent absence was higher in 2024/25 than before COVID in all 147 local authorities with data" (a majority, rounded as the map's pp). */
export function changeMapFinding(s: ChangeState): string | null {
  // 2020/21 leaves out COVID-related absence: DfE advises caution comparing it, so no finding is stated for it.
  if (s.to === COVID_CAVEAT_YEAR) return null;
  const tally = directions(view(s).rows.map((r) => r.change));
  const way = majority(tally);
  if (!way) return null;
  const since = s.from === 'pre-covid' ? 'before COVID' : `in ${s.from}`;
  return `${MEASURE_LABELS[s.measure]} was ${way === 'up' ? 'higher' : 'lower'} in ${s.to} than ${since} in ${countOf(way === 'up' ? tally.up : tally.down, tally.n)} local authorities with data`;
}

export default defineFigure({
  id: 'change-map',
  view: '/benchmark/',
  state,
  title: (s) => findingTitle(changeMapFinding(s), neutralTitle(s)),
  subtitle: (s) => {
    const england = view(s).england;
    return `${subtitleLead(changeMapFinding(s), neutralTitle(s))}Percentage points, from ${baselineWords(s)} to ${s.to}, against England's change (${pp(england.change)}, from ${pct(england.before)} to ${pct(england.after)}): purple rose less than England or fell, orange rose more. ${MEASURE_UNITS[s.measure]}; rates from summed counts.`;
  },
  summary: (s) => {
    const { england, rows } = view(s);
    const ranked = sorted(rows).filter((r) => r.change !== null);
    const list = (rs: ChangeRow[]) => rs.map((r) => `${r.la.name} (${pp(r.change)})`).join(', ');
    return `Map of the change in ${MEASURE_LABELS[s.measure].toLowerCase()} from ${baselineWords(s)} to ${s.to} in ${ranked.length} local authorities; England ${pp(england.change)}. Rose most: ${list(ranked.slice(0, 3))}. Rose least or fell most: ${list(ranked.slice(-3).reverse())}.`;
  },
  provenance: [absenceProvenance],
  columns: [
    { key: 'rank', label: 'Rank (1 = rose most)', numeric: true },
    { key: 'area_code', label: 'LA code' },
    { key: 'area', label: 'Local authority' },
    { key: 'region', label: 'Region' },
    { key: 'before_pct', label: 'Before (%)', numeric: true },
    { key: 'after_pct', label: 'After (%)', numeric: true },
    { key: 'change_pp', label: 'Change (pp)', numeric: true },
    { key: 'against_england_pp', label: "Against England's change (pp)", numeric: true },
    { key: 'few_pupils', label: `Fewer than ${int(FEW_PUPILS)} pupils` },
  ],
  rows: (s) =>
    sorted(view(s).rows).map((r) => ({
      rank: r.rank?.rank ?? null,
      area_code: r.la.code,
      area: r.la.name,
      region: r.la.regionName,
      before_pct: r.before,
      after_pct: r.after,
      change_pp: r.change,
      against_england_pp: r.relative,
      few_pupils: fewPupils(r.pupils) ? 'yes' : '',
    })),
  render: (s, { document, width = 560 }) => {
    const map = changeMapOnly(s, document, width);
    const mapHeight = Number(map.getAttribute('height'));
    const legend = changeLegend(document, changeStep(s), width, LEGEND_CAPTION, HATCH_ID);
    const height = mapHeight + LEGEND_GAP + legend.height;
    const outer = svgEl(document, 'svg', {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': 'system-ui, sans-serif',
      class: 'change-map',
    });
    legend.group.setAttribute('transform', `translate(0,${mapHeight + LEGEND_GAP})`);
    outer.append(map, legend.group);
    return outer;
  },
});
