/**
 * The bivariate map's options as the page, its embed and the build all need them (no data here, so the
 * browser can import it): absence measures, school types and second variables with their labels.
 * The second variable is child income deprivation, or a measure whose LOW values mark need.
 */
import { MEASURES, MEASURE_LABELS, MEASURE_UNITS } from './measures';
import type { SchoolType } from './school-types';

/** The second variable: its name in class labels, and whether its low values mark need. */
export interface NeedAxis {
  name: string;
  lowerIsNeed: boolean;
}

export interface MeasureMeta {
  label: string;
  short: string;
  unit: string;
  digits: number;
  percent: boolean;
}

/** The second variable as the page needs it: deprivation, or a measure whose low values mark need. */
export interface SecondVariableMeta extends MeasureMeta, NeedAxis {
  /** "child income deprivation", in the map title. */
  topic: string;
  /** Table column header. */
  column: string;
  /** What rank 1 is: "most deprived", "lowest readiness". */
  rankNote: string;
}

export const SCHOOL_TYPE_PARAMS: Record<'all' | 'primary' | 'secondary' | 'special', SchoolType> = {
  all: 'Total',
  primary: 'State-funded primary',
  secondary: 'State-funded secondary',
  special: 'Special',
};
export type SchoolTypeParam = keyof typeof SCHOOL_TYPE_PARAMS;

export const SECOND_VARIABLE_META = {
  idaci2019: {
    label: 'IDACI 2019 average score',
    short: 'IDACI 2019',
    topic: 'child income deprivation',
    name: 'deprivation',
    lowerIsNeed: false,
    unit: 'average score: share of children aged 0–15 in income-deprived families',
    digits: 3,
    percent: false,
    column: 'Deprivation',
    rankNote: 'most deprived',
  },
  iod2025: {
    label: 'IoD2025 IDACI: share of neighbourhoods in the most deprived 10%',
    short: 'IDACI 2025',
    topic: 'child income deprivation',
    name: 'deprivation',
    lowerIsNeed: false,
    unit: '% of LSOAs in the most deprived 10% nationally',
    digits: 1,
    percent: true,
    column: 'Deprivation',
    rankNote: 'most deprived',
  },
  gld: {
    label: 'School readiness: good level of development at age 5 (same year)',
    short: 'school readiness',
    topic: 'school readiness',
    name: 'school readiness',
    lowerIsNeed: true,
    unit: '% of children reaching a good level of development at the end of Reception',
    digits: 1,
    percent: true,
    column: 'School readiness',
    rankNote: 'lowest readiness',
  },
  att8: {
    label: 'Attainment 8 at age 16 (same year)',
    short: 'Attainment 8',
    topic: 'attainment at 16',
    name: 'attainment',
    lowerIsNeed: true,
    unit: 'average Attainment 8 score per pupil, out of 90',
    digits: 1,
    percent: false,
    column: 'Attainment 8',
    rankNote: 'lowest attainment',
  },
} as const satisfies Record<string, SecondVariableMeta>;
export type SecondVariableId = keyof typeof SECOND_VARIABLE_META;

export interface MapLabels {
  measures: Record<string, MeasureMeta>;
  /** School type parameter -> label. */
  types: Record<string, string>;
  deps: Record<string, SecondVariableMeta>;
}

export const MAP_LABELS: MapLabels = {
  measures: Object.fromEntries(
    MEASURES.map((m) => [
      m,
      { label: MEASURE_LABELS[m], short: MEASURE_LABELS[m], unit: MEASURE_UNITS[m], digits: 1, percent: true },
    ]),
  ),
  types: Object.fromEntries(
    Object.entries(SCHOOL_TYPE_PARAMS).map(([k, type]) => [k, type === 'Total' ? 'All state-funded schools' : type]),
  ),
  deps: SECOND_VARIABLE_META,
};
