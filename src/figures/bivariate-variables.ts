/**
 * The bivariate map's second variable, by map unit and year: child income deprivation (IDACI 2019,
 * IoD2025), or a measure of need whose LOW values mark need: school readiness at 5 and attainment at 16.
 */
import { indicatorFor, type IndicatorId } from '../lib/context-data';
import { deprivationForUnit, type Deprivation, type MapUnit } from '../lib/geo-data';
import type { SecondVariableMeta } from '../scripts/map-model';
import { ATTAINMENT_SOURCES } from './absence-vs-attainment';
import { READINESS_SOURCES } from './school-readiness-by-region';

export interface SecondVariable extends SecondVariableMeta {
  /** Source registry ids (scripts/sources.ts) of the values. */
  sources: readonly string[];
  value(unit: MapUnit, year: string): number | null;
}

const deprivation = (pick: (d: Deprivation) => number | null) => (unit: MapUnit) => {
  const d = deprivationForUnit(unit);
  return d ? pick(d) : null;
};

/**
 * A LAIT indicator in the map's own year. A unit drawn for several LAs (Bournemouth, Poole and Dorset
 * before 2020/21) has none: percentages cannot be combined without the pupil counts, which LAIT omits.
 */
const indicator = (id: IndicatorId) => (unit: MapUnit, year: string) =>
  unit.dataCodes.length === 1 ? indicatorFor(unit.dataCodes[0], id, year) : null;

export const SECOND_VARIABLES = {
  idaci2019: {
    label: 'IDACI 2019 average score', short: 'IDACI 2019', topic: 'child income deprivation', name: 'deprivation', lowerIsNeed: false,
    unit: 'average score: share of children aged 0–15 in income-deprived families', digits: 3, percent: false,
    column: 'Deprivation', rankNote: 'most deprived', sources: ['idaci2019UpperTier'],
    value: deprivation((d) => d.idaci2019Score),
  },
  iod2025: {
    label: 'IoD2025 IDACI: share of neighbourhoods in the most deprived 10%', short: 'IDACI 2025', topic: 'child income deprivation',
    name: 'deprivation', lowerIsNeed: false, unit: '% of LSOAs in the most deprived 10% nationally', digits: 1, percent: true,
    column: 'Deprivation', rankNote: 'most deprived', sources: ['idaci2025Lsoa'],
    value: deprivation((d) => (d.idaci2025Top10Share === null ? null : 100 * d.idaci2025Top10Share)),
  },
  gld: {
    label: 'School readiness: good level of development at age 5 (same year)', short: 'school readiness', topic: 'school readiness',
    name: 'school readiness', lowerIsNeed: true, unit: '% of children reaching a good level of development at the end of Reception', digits: 1, percent: true,
    column: 'School readiness', rankNote: 'lowest readiness', sources: READINESS_SOURCES,
    value: indicator('gld'),
  },
  att8: {
    label: 'Attainment 8 at age 16 (same year)', short: 'Attainment 8', topic: 'attainment at 16',
    name: 'attainment', lowerIsNeed: true, unit: 'average Attainment 8 score per pupil, out of 90', digits: 1, percent: false,
    column: 'Attainment 8', rankNote: 'lowest attainment', sources: ATTAINMENT_SOURCES,
    value: indicator('att8'),
  },
} as const satisfies Record<string, SecondVariable>;
export type SecondVariableId = keyof typeof SECOND_VARIABLES;

/** What the browser needs of each variable (no functions). */
export const secondVariableMeta = (): Record<string, SecondVariableMeta> =>
  Object.fromEntries(Object.entries(SECOND_VARIABLES).map(([k, { value: _value, sources: _sources, ...meta }]) => [k, meta]));
