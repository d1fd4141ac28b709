/**
 * Bivariate map of upper-tier LAs: an absence measure x child income deprivation (IDACI) or another
 * measure of need (school readiness, attainment), each in tertiles across LAs. Here the build computes
 * each year's values and classes from the data (the year payloads the page and embed fetch); the
 * figure itself is drawn from those payloads by src/figures/map.ts, as in the browser.
 */
import { MACRO_REGIONS } from '../config/geography';
import {
  SCHOOL_TYPE_PARAMS,
  SECOND_VARIABLE_META,
  type SchoolTypeParam,
  type SecondVariableId,
} from '../config/map-options';
import { classify, type Classification, type Classified } from '../derive/bivariate';
import { rate, sumCounts } from '../derive/rates';
import { MEASURES, type Measure } from '../config/measures';
import type { AbsenceCounts } from '../data/absence-columns';
import { absenceFor, absenceProvenance, latestYear, years } from '../data/absence';
import { contextProvenanceOf } from '../data/context';
import type { Vintage } from '../config/boundaries';
import { areaFor, mapUnitsFor, type MapUnit } from '../data/areas';
import { deprivationProvenance } from '../data/deprivation';
import { topologyFor } from '../data/geo';
import { vintageFor } from '../config/boundaries';
import { VS_ENGLAND, type YearPayload } from '../views/map/model';
import { funnelOf } from './funnel-figure';
import { funnelData } from './funnel-plot';
import { mapFigure, mapScatterFigure } from './map';
import { SECOND_VARIABLES } from './bivariate-variables';
import { csvValue } from '../lib/format';

export const state = {
  measure: { values: MEASURES, default: 'overall' },
  type: { values: Object.keys(SCHOOL_TYPE_PARAMS) as SchoolTypeParam[], default: 'all' },
  year: { values: years, default: latestYear },
  dep: { values: Object.keys(SECOND_VARIABLE_META) as SecondVariableId[], default: 'idaci2019' },
} as const;
/** The map page's URL state: the figure's, plus the selected LA (?la=) and an emphasised macro-region (?emph=). */
export function pageStateSpec() {
  const ids = state.year.values.flatMap((year) => mapUnitsFor(year).map((u) => u.id));
  return {
    ...state,
    la: { values: ['', ...new Set(ids)], default: '' },
    emph: { values: ['', ...MACRO_REGIONS], default: '' },
    /** The tab shown: '' the map, 'scatter' the scatterplot. */
    tab: { values: ['', 'scatter'], default: '' },
  };
}

export interface BivariateState {
  measure: Measure;
  type: SchoolTypeParam;
  year: string;
  dep: SecondVariableId;
}

export interface MapRow extends Classified {
  unit: MapUnit;
  regionCode: string;
}

/**
 * Rounded once here, so the build's classes, the page's tables and the browser's copy agree exactly;
 * 5 decimals of a percentage keep real differences (3 would tie Bedford and BCP in 2024/25).
 */
function unitAbsence(unit: MapUnit, s: BivariateState): number | null {
  const parts = unit.dataCodes.map((code) => absenceFor(code, s.year, SCHOOL_TYPE_PARAMS[s.type]));
  if (parts.some((p) => !p)) return null;
  return csvValue(rate(sumCounts(parts as AbsenceCounts[]), s.measure), 5);
}

const unitSecond = (unit: MapUnit, s: BivariateState) => csvValue(SECOND_VARIABLES[s.dep].value(unit, s.year), 4);

const views = new Map<string, { rows: MapRow[]; classification: Classification }>();

/** Every map unit of the year with both values, ranks and class (memoised: pages ask many times). */
export function bivariateView(s: BivariateState) {
  const key = `${s.measure}|${s.type}|${s.year}|${s.dep}`;
  const cached = views.get(key);
  if (cached) return cached;
  const units = mapUnitsFor(s.year);
  const inputs = units.map((unit) => ({ id: unit.id, absence: unitAbsence(unit, s), need: unitSecond(unit, s) }));
  const classification = classify(inputs, { lowerIsNeed: SECOND_VARIABLES[s.dep].lowerIsNeed });
  const rows = units.map((unit, i) => ({
    unit,
    regionCode: areaFor(unit.dataCodes[0])?.regionCode ?? '',
    ...classification.units[i],
  }));
  const view = { rows, classification };
  views.set(key, view);
  return view;
}

const provenance = [
  absenceProvenance,
  deprivationProvenance,
  contextProvenanceOf([...new Set([...SECOND_VARIABLES.gld.sources, ...SECOND_VARIABLES.att8.sources])]),
];

const payloads = new Map<string, YearPayload>();

/** Pupils per unit and its persistent absence class on the funnel plot (a unit of one LA only), by school type. */
function benchmarkOf(year: string, units: readonly MapUnit[]): Pick<YearPayload, 'pupils' | 'vsEngland'> {
  const pupils: YearPayload['pupils'] = {};
  const vsEngland: YearPayload['vsEngland'] = {};
  for (const type of state.type.values) {
    const points = new Map((funnelOf(funnelData, { year, type })?.points ?? []).map((p) => [p.code, p]));
    pupils[type] = units.map((u) => {
      const n = u.dataCodes.map((c) => absenceFor(c, year, SCHOOL_TYPE_PARAMS[type])?.enrolments ?? null);
      return n.some((v) => v === null) ? null : n.reduce((a, b) => a! + b!, 0);
    });
    vsEngland[type] = units.map((u) => {
      const p = u.dataCodes.length === 1 ? points.get(u.dataCodes[0]) : undefined;
      return p ? VS_ENGLAND.indexOf(p.cls) : null;
    });
  }
  return { pupils, vsEngland };
}

/** One year's values and build-computed breaks for every measure x school type x second variable (memoised). */
export function yearPayload(year: string): YearPayload {
  if (payloads.has(year)) return payloads.get(year)!;
  const view = (measure: Measure, type: SchoolTypeParam, dep: SecondVariableId) =>
    bivariateView({ measure, type, year, dep });
  const units = view('overall', 'all', 'idaci2019').rows.map((r) => r.unit);
  const absence: YearPayload['absence'] = {};
  const breaks: YearPayload['breaks'] = {};
  for (const measure of MEASURES) {
    for (const type of state.type.values) {
      absence[`${measure}|${type}`] = view(measure, type, 'idaci2019').rows.map((r) => r.absence);
      for (const dep of state.dep.values) {
        const b = view(measure, type, dep).classification.breaks;
        breaks[`${measure}|${type}|${dep}`] = b && [b.absence, b.need];
      }
    }
  }
  const payload: YearPayload = {
    year,
    vintage: vintageFor(year),
    units: view('overall', 'all', 'idaci2019').rows.map((r) => [
      r.unit.id,
      r.unit.name,
      r.regionCode,
      r.unit.featureIds,
    ]),
    absence,
    need: Object.fromEntries(state.dep.values.map((dep) => [dep, view('overall', 'all', dep).rows.map((r) => r.need)])),
    breaks,
    ...benchmarkOf(year, units),
    provenance,
  };
  payloads.set(year, payload);
  return payload;
}

/** The data the figure is drawn from at build time: every year's payload and topology. */
export const buildMapData = {
  payloadOf: yearPayload,
  topologyOf: (vintage: string) => topologyFor(vintage as Vintage),
};

export default mapFigure({ spec: state, provenance, ...buildMapData });

/** The same view as a scatterplot (the map page's second tab). */
export const bivariateScatter = mapScatterFigure({ spec: state, provenance, ...buildMapData });
