/**
 * The bivariate map as a figure, made from the map's year payloads (/map/data/<year>.json) and boundary
 * topologies, so that the build (any year), the /map/ page and the embed (any state, drawn in the
 * browser) describe and draw it identically.
 */
import type { Topology } from 'topojson-specification';
import { MAP_LABELS } from '../config/map-options';
import { classLabel } from '../derive/bivariate';
import { defineFigure } from './types';
import type { Provenance } from '../lib/provenance';
import type { StateSpec } from '../lib/url-state';
import { mapSubtitle, mapSummary, mapTitle, scatterTitle, viewOf, type YearPayload } from '../views/map/model';
import { legendFor, mapGeometry, scatterFor, viewStyles } from '../views/map/render';

type MapFigureState = { measure: string; type: string; year: string; dep: string };
type MapStateSpec = StateSpec & Record<keyof MapFigureState, StateSpec[string]>;

export interface MapFigureData<S extends MapStateSpec> {
  /** The figure's URL parameters (allowlist). */
  spec: S;
  provenance: Provenance[];
  /** The payload of a year (the browser has only the state's year loaded). */
  payloadOf(year: string): YearPayload;
  topologyOf(vintage: string): Topology;
}

/** The map of a state, without its legend (the page shows the legend beside it). */
export function drawMap(
  data: Pick<MapFigureData<MapStateSpec>, 'payloadOf' | 'topologyOf'>,
  s: MapFigureState,
  document: Document,
  width?: number,
) {
  const payload = data.payloadOf(s.year);
  const dep = MAP_LABELS.deps[s.dep];
  return mapGeometry(payload, data.topologyOf(payload.vintage), {
    document,
    width,
    title: mapTitle(MAP_LABELS.measures[s.measure].label, dep, s.year),
    styleOf: viewStyles(viewOf(payload, s, dep), dep),
  });
}

export function drawLegend(
  data: Pick<MapFigureData<MapStateSpec>, 'payloadOf'>,
  s: MapFigureState,
  document: Document,
  cell?: number,
) {
  const dep = MAP_LABELS.deps[s.dep];
  return legendFor(viewOf(data.payloadOf(s.year), s, dep), MAP_LABELS.measures[s.measure].label, dep, document, cell);
}

/** The map's scatterplot as a figure of its own: the same state, rows and sources, every LA as a dot. */
export function mapScatterFigure<S extends MapStateSpec>(data: MapFigureData<S>) {
  const map = mapFigure(data);
  const { measures, deps } = MAP_LABELS;
  return defineFigure({
    ...map,
    id: 'bivariate-scatter',
    title: (s) => scatterTitle(measures[s.measure].label, deps[s.dep], s.year),
    subtitle: (s) =>
      map
        .subtitle(s)
        .replace(
          /; the legend gives each third's range\. London enlarged in the inset\.$/,
          '. Dashed lines mark where each third starts, so the nine boxes are the map’s nine classes; the three highest and three lowest absence rates are named.',
        ),
    render: (s, { document, width = 640, interactive }) =>
      scatterFor(
        viewOf(data.payloadOf(s.year), s, deps[s.dep]),
        MAP_LABELS,
        { ...s, la: '' },
        document,
        width,
        !!interactive,
      ),
  });
}

/** From this width the legend fits in the Irish Sea corner (with cells of WIDE_LEGEND_CELL px); below it, under the map. */
const WIDE_MAP = 480;
const WIDE_LEGEND_CELL = 64;

export function mapFigure<S extends MapStateSpec>(data: MapFigureData<S>) {
  const { measures, types, deps } = MAP_LABELS;
  const view = (s: MapFigureState) => viewOf(data.payloadOf(s.year), s, deps[s.dep]);
  return defineFigure({
    id: 'bivariate-absence-idaci',
    view: '/map/',
    state: data.spec,
    live: true,
    title: (s) => mapTitle(measures[s.measure].label, deps[s.dep], s.year),
    subtitle: (s) => mapSubtitle(measures[s.measure].label, types[s.type], deps[s.dep]),
    summary: (s) => mapSummary(view(s), MAP_LABELS, s),
    provenance: data.provenance,
    columns: [
      { key: 'la', label: 'Local authority' },
      { key: 'area_code', label: 'LA code (ONS)' },
      { key: 'region', label: 'Region' },
      { key: 'absence', label: 'Absence rate (%, the measure and year in the title)', numeric: true },
      { key: 'absenceRank', label: 'Absence rank (1 = highest)', numeric: true },
      { key: 'second', label: 'Compared with' },
      { key: 'secondValue', label: 'Its value (% or score, as named)', numeric: true },
      {
        key: 'secondRank',
        label: 'Its rank (1 = most deprived, lowest readiness or lowest attainment)',
        numeric: true,
      },
      { key: 'class', label: 'Class' },
    ],
    rows: (s) =>
      view(s).rows.map((r) => ({
        la: r.name,
        area_code: r.id,
        region: r.regionName || null,
        absence: r.absence,
        absenceRank: r.absenceRank?.rank ?? null,
        second: deps[s.dep].label,
        secondValue: r.need,
        secondRank: r.needRank?.rank ?? null,
        class: classLabel(r.cls, deps[s.dep]),
      })),
    render: (s, { document, width = 560 }) => {
      const map = drawMap(data, s, document, width);
      const height = Number(map.getAttribute('height'));
      if (width < WIDE_MAP) {
        // A phone-width drawing: the legend below the map, so the map keeps the whole width.
        const legend = drawLegend(data, s, document);
        const [legendWidth, legendHeight] = ['width', 'height'].map((side) => Number(legend.getAttribute(side)));
        legend.setAttribute('x', String(Math.max(0, Math.round((width - legendWidth) / 2))));
        legend.setAttribute('y', String(height));
        map.setAttribute('height', String(height + legendHeight));
        map.setAttribute('viewBox', `0 0 ${width} ${height + legendHeight}`);
        map.append(legend);
        return map;
      }
      // In the Irish Sea corner, clear of Cumbria: smaller cells, never smaller text.
      map.append(drawLegend(data, s, document, WIDE_LEGEND_CELL));
      return map;
    },
  });
}
