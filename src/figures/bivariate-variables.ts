/**
 * The values of the bivariate map's second variable (labels: src/config/map-options.ts), by map unit and
 * year: child income deprivation (IDACI 2019, IoD2025), or school readiness at 5 and attainment at 16,
 * whose LOW values mark need.
 */
import { indicatorFor } from '../data/context';
import { type IndicatorId } from '../config/context-indicators';
import { deprivationForUnit } from '../derive/combine-deprivation';
import { type Deprivation } from '../data/deprivation';
import { type MapUnit } from '../data/areas';
import { SECOND_VARIABLE_META, type SecondVariableId, type SecondVariableMeta } from '../config/map-options';
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

export const SECOND_VARIABLES: Record<SecondVariableId, SecondVariable> = {
  idaci2019: {
    ...SECOND_VARIABLE_META.idaci2019,
    sources: ['idaci2019UpperTier'],
    // The average score is the share of children in income-deprived families: shown as a percentage of children.
    value: deprivation((d) => (d.idaci2019Score === null ? null : 100 * d.idaci2019Score)),
  },
  iod2025: {
    ...SECOND_VARIABLE_META.iod2025,
    sources: ['idaci2025Lsoa'],
    value: deprivation((d) => (d.idaci2025Top10Share === null ? null : 100 * d.idaci2025Top10Share)),
  },
  gld: { ...SECOND_VARIABLE_META.gld, sources: READINESS_SOURCES, value: indicator('gld') },
  att8: { ...SECOND_VARIABLE_META.att8, sources: ATTAINMENT_SOURCES, value: indicator('att8') },
};
