/**
 * Bivariate map of upper-tier LAs: an absence measure x child income deprivation (IDACI) or another
 * measure of need (school readiness, attainment; bivariate-variables.ts), each in tertiles across LAs.
 * Also the single source of the map page's rows, classes and summary text.
 */
import { MACRO_REGIONS, regionByCode } from '../config/geography';
import { bivariateMap, shapesOf, unitStyle } from '../charts/bivariate-map';
import { classify, classLabel, summaryText, type Classification, type Classified } from '../derive/bivariate';
import { MEASURES, MEASURE_LABELS, rate, sumCounts, type Measure } from '../derive/rates';
import type { AbsenceCounts, SchoolType } from '../lib/absence';
import { absenceFor, absenceProvenance, latestYear, years } from '../lib/data';
import { contextProvenanceOf } from '../lib/context-data';
import { areaFor, deprivationProvenance, mapUnitsFor, topologyFor, vintageFor, type MapUnit } from '../lib/geo-data';
import { mapSubtitle, mapTitle, type YearPayload } from '../scripts/map-model';
import { legendFor } from '../scripts/map-render';
import { SECOND_VARIABLES, type SecondVariableId } from './bivariate-variables';
import { defineFigure } from './types';

export const SCHOOL_TYPE_PARAMS: Record<'all' | 'primary' | 'secondary' | 'special', SchoolType> = {
  all: 'Total', primary: 'State-funded primary', secondary: 'State-funded secondary', special: 'Special',
};

export const schoolTypeLabel = (type: keyof typeof SCHOOL_TYPE_PARAMS) =>
  SCHOOL_TYPE_PARAMS[type] === 'Total' ? 'All state-funded schools' : SCHOOL_TYPE_PARAMS[type];

export const state = {
  measure: { values: MEASURES, default: 'overall' },
  type: { values: Object.keys(SCHOOL_TYPE_PARAMS) as (keyof typeof SCHOOL_TYPE_PARAMS)[], default: 'all' },
  year: { values: years, default: latestYear },
  dep: { values: Object.keys(SECOND_VARIABLES) as SecondVariableId[], default: 'idaci2019' },
} as const;
/** The map page's URL state: the figure's, plus the selected LA (?la=) and an emphasised macro-region (?emph=). */
export function pageStateSpec() {
  const ids = state.year.values.flatMap((year) => mapUnitsFor(year).map((u) => u.id));
  return { ...state, la: { values: ['', ...new Set(ids)], default: '' }, emph: { values: ['', ...MACRO_REGIONS], default: '' } };
}

export interface BivariateState { measure: Measure; type: keyof typeof SCHOOL_TYPE_PARAMS; year: string; dep: SecondVariableId }

export interface MapRow extends Classified {
  unit: MapUnit;
  regionCode: string;
}

/**
 * Rounded once here, so the build's classes, the page's tables and the browser's copy agree exactly;
 * 5 decimals of a percentage keep real differences (3 would tie Bedford and BCP in 2024/25).
 */
const round = (v: number | null, digits: number) => (v === null ? null : Number(v.toFixed(digits)));

function unitAbsence(unit: MapUnit, s: BivariateState): number | null {
  const parts = unit.dataCodes.map((code) => absenceFor(code, s.year, SCHOOL_TYPE_PARAMS[s.type]));
  if (parts.some((p) => !p)) return null;
  return round(rate(sumCounts(parts as AbsenceCounts[]), s.measure), 5);
}

const unitSecond = (unit: MapUnit, s: BivariateState) => round(SECOND_VARIABLES[s.dep].value(unit, s.year), 4);

const views = new Map<string, { rows: MapRow[]; classification: Classification }>();

/** Every map unit of the year with both values, ranks and class (memoised: pages ask many times). */
export function bivariateView(s: BivariateState) {
  const key = `${s.measure}|${s.type}|${s.year}|${s.dep}`;
  const cached = views.get(key);
  if (cached) return cached;
  const units = mapUnitsFor(s.year);
  const inputs = units.map((unit) => ({ id: unit.id, absence: unitAbsence(unit, s), deprivation: unitSecond(unit, s) }));
  const classification = classify(inputs, { lowerIsNeed: SECOND_VARIABLES[s.dep].lowerIsNeed });
  const rows = units.map((unit, i) => ({
    unit, regionCode: areaFor(unit.dataCodes[0])?.regionCode ?? '',
    ...classification.units[i],
  }));
  const view = { rows, classification };
  views.set(key, view);
  return view;
}

export const macroOf = (regionCode: string) => regionByCode.get(regionCode)?.macro ?? '';

export function summarySentence(s: BivariateState): string {
  const dep = SECOND_VARIABLES[s.dep];
  return summaryText({
    year: s.year, absenceLabel: MEASURE_LABELS[s.measure], deprivationLabel: dep.short, lowerIsNeed: dep.lowerIsNeed, macros: MACRO_REGIONS,
    units: bivariateView(s).rows.map((r) => ({ macro: macroOf(r.regionCode), cls: r.cls })),
  });
}

/** One year's values and build-computed breaks for every measure x school type x deprivation measure. */
export function yearPayload(year: string): YearPayload {
  const types = state.type.values;
  const deps = state.dep.values;
  const view = (measure: Measure, type: BivariateState['type'], dep: SecondVariableId) => bivariateView({ measure, type, year, dep });
  const absence: YearPayload['absence'] = {};
  const breaks: YearPayload['breaks'] = {};
  for (const measure of MEASURES) {
    for (const type of types) {
      absence[`${measure}|${type}`] = view(measure, type, 'idaci2019').rows.map((r) => r.absence);
      for (const dep of deps) {
        const b = view(measure, type, dep).classification.breaks;
        breaks[`${measure}|${type}|${dep}`] = b && [b.absence, b.deprivation];
      }
    }
  }
  return {
    year, vintage: vintageFor(year),
    units: view('overall', 'all', 'idaci2019').rows.map((r) => [r.unit.id, r.unit.name, r.regionCode, r.unit.featureIds]),
    absence,
    deprivation: Object.fromEntries(deps.map((dep) => [dep, view('overall', 'all', dep).rows.map((r) => r.deprivation)])),
    breaks,
  };
}

export const isLondon = (r: MapRow) => r.regionCode === 'E12000007';
const title = (s: BivariateState) => mapTitle(MEASURE_LABELS[s.measure], SECOND_VARIABLES[s.dep], s.year);

export function renderMap(s: BivariateState, document: Document, width?: number) {
  const { rows } = bivariateView(s);
  const byId = new Map(rows.map((r) => [r.unit.id, r]));
  return bivariateMap(shapesOf(topologyFor(vintageFor(s.year)), rows.map((r) => r.unit)), {
    document, width, title: title(s), insetIds: rows.filter(isLondon).map((r) => r.unit.id), insetLabel: 'London',
    macroOf: (regionId) => macroOf(regionId),
    styleOf: (id) => unitStyle(byId.get(id)?.unit.name ?? id, byId.get(id)?.cls ?? null, macroOf(byId.get(id)?.regionCode ?? ''), SECOND_VARIABLES[s.dep]),
  });
}

export function renderLegend(s: BivariateState, document: Document) {
  return legendFor(bivariateView(s).classification, MEASURE_LABELS[s.measure], SECOND_VARIABLES[s.dep], document);
}

const fmt = (v: number | null, digits: number) => (v === null ? null : Number(v.toFixed(digits)));

export default defineFigure({
  id: 'bivariate-absence-idaci',
  view: '/map/',
  state,
  title,
  subtitle: (s) => mapSubtitle(MEASURE_LABELS[s.measure], schoolTypeLabel(s.type), SECOND_VARIABLES[s.dep]),
  summary: summarySentence,
  provenance: [absenceProvenance, deprivationProvenance, contextProvenanceOf([...new Set([...SECOND_VARIABLES.gld.sources, ...SECOND_VARIABLES.att8.sources])])],
  columns: [
    { key: 'la', label: 'Local authority' },
    { key: 'region', label: 'Region' },
    { key: 'absence', label: 'Absence (%)', numeric: true },
    { key: 'absenceRank', label: 'Absence rank (1 = highest)', numeric: true },
    { key: 'second', label: 'Compared with' },
    { key: 'secondValue', label: 'Its value', numeric: true },
    { key: 'secondRank', label: 'Its rank (1 = most deprived, lowest readiness or lowest attainment)', numeric: true },
    { key: 'class', label: 'Class' },
  ],
  rows: (s) => bivariateView(s).rows.map((r) => ({
    la: r.unit.name, region: regionByCode.get(r.regionCode)?.name ?? null,
    absence: fmt(r.absence, 2), absenceRank: r.absenceRank?.rank ?? null,
    second: SECOND_VARIABLES[s.dep].label, secondValue: fmt(r.deprivation, SECOND_VARIABLES[s.dep].digits + 1),
    secondRank: r.deprivationRank?.rank ?? null, class: classLabel(r.cls, SECOND_VARIABLES[s.dep]),
  })),
  render: (s, { document, width = 560 }) => {
    const map = renderMap(s, document, width);
    const legend = renderLegend(s, document);
    // Scaled into the Irish Sea corner, clear of Cumbria.
    for (const side of ['width', 'height']) legend.setAttribute(side, String(Math.round(0.8 * Number(legend.getAttribute(side)))));
    map.append(legend);
    return map;
  },
});
