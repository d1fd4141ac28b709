/**
 * The bivariate map as a figure, made from the map's year payloads (/map/data/<year>.json) and boundary
 * topologies, so that the build (any year), the /map/ page and the embed (any state, drawn in the
 * browser) describe and draw it identically.
 */
import type { Topology } from 'topojson-specification';
import { fewPupils } from '../config/benchmark';
import { bivariateMap, shapesOf, unitStyle } from '../charts/bivariate-map';
import { LONDON, MACRO_REGIONS, regionByCode } from '../config/geography';
import { MAP_LABELS } from '../config/map-options';
import { classLabel, summaryText } from '../derive/bivariate';
import { defineFigure } from './types';
import type { Provenance } from '../lib/provenance';
import type { StateSpec } from '../lib/url-state';
import { mapSubtitle, mapTitle, viewOf, type YearPayload } from '../views/map/model';
import { legendFor } from '../views/map/render';

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

const macroOf = (regionCode: string) => regionByCode.get(regionCode)?.macro ?? '';

/** The map of a state, without its legend (the page shows the legend beside it). */
export function drawMap(
  data: Pick<MapFigureData<MapStateSpec>, 'payloadOf' | 'topologyOf'>,
  s: MapFigureState,
  document: Document,
  width?: number,
) {
  const payload = data.payloadOf(s.year);
  const dep = MAP_LABELS.deps[s.dep];
  const byId = new Map(viewOf(payload, s, dep).rows.map((r) => [r.id, r]));
  const units = payload.units.map(([id, name, , featureIds]) => ({ id, name, featureIds }));
  return bivariateMap(shapesOf(data.topologyOf(payload.vintage), units), {
    document,
    width,
    title: mapTitle(MAP_LABELS.measures[s.measure].label, dep, s.year),
    insetIds: payload.units.filter((u) => u[2] === LONDON.code).map((u) => u[0]),
    insetLabel: 'London',
    macroOf,
    styleOf: (id) =>
      unitStyle(
        byId.get(id)?.name ?? id,
        byId.get(id)?.cls ?? null,
        byId.get(id)?.macro ?? '',
        dep,
        fewPupils(byId.get(id)?.pupils),
      ),
  });
}

export function drawLegend(
  data: Pick<MapFigureData<MapStateSpec>, 'payloadOf'>,
  s: MapFigureState,
  document: Document,
) {
  const dep = MAP_LABELS.deps[s.dep];
  return legendFor(
    viewOf(data.payloadOf(s.year), s, dep).classification,
    MAP_LABELS.measures[s.measure].label,
    dep,
    document,
  );
}

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
    summary: (s) =>
      summaryText({
        year: s.year,
        absenceLabel: measures[s.measure].label,
        needLabel: deps[s.dep].short,
        lowerIsNeed: deps[s.dep].lowerIsNeed,
        macros: MACRO_REGIONS,
        units: view(s).rows,
      }),
    provenance: data.provenance,
    columns: [
      { key: 'la', label: 'Local authority' },
      { key: 'region', label: 'Region' },
      { key: 'absence', label: 'Absence (%)', numeric: true },
      { key: 'absenceRank', label: 'Absence rank (1 = highest)', numeric: true },
      { key: 'second', label: 'Compared with' },
      { key: 'secondValue', label: 'Its value', numeric: true, digits: 3 },
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
      const legend = drawLegend(data, s, document);
      // Scaled into the Irish Sea corner, clear of Cumbria, at any width.
      const scale = 0.8 * Math.min(1, width / 560);
      for (const side of ['width', 'height'])
        legend.setAttribute(side, String(Math.round(scale * Number(legend.getAttribute(side)))));
      map.append(legend);
      return map;
    },
  });
}
