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
  /** The legend's upward axis, in plain words: "Child income deprivation", "Lower school readiness". */
  legendAxis: string;
  /** The scatterplot's x axis, with its unit. */
  xAxis: string;
  /** The unit after a value in a tooltip: "% of children" ("30.3% of children"), " out of 90". */
  shortUnit: string;
  /** Table column header (with its period and unit added). */
  column: string;
  /** The period of a variable fixed in time ("IDACI 2019"); absent when it is the map's own year. */
  period?: string;
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
    label: 'Child income deprivation (IDACI 2019): % of children in income-deprived families',
    short: 'child income deprivation (IDACI 2019)',
    legendAxis: 'Child income deprivation',
    xAxis: 'Child income deprivation (IDACI 2019), % of children',
    topic: 'child income deprivation',
    name: 'deprivation',
    lowerIsNeed: false,
    unit: '% of children aged 0–15 in income-deprived families',
    digits: 1,
    percent: true,
    column: 'Child income deprivation',
    shortUnit: '% of children',
    period: 'IDACI 2019',
    rankNote: 'most deprived',
  },
  iod2025: {
    label: 'Child income deprivation (IDACI 2025): % of neighbourhoods among England’s 10% most deprived',
    short: 'deprived neighbourhoods (IDACI 2025)',
    legendAxis: 'Deprived neighbourhoods',
    xAxis: 'Neighbourhoods among England’s 10% most deprived (IDACI 2025), %',
    topic: 'child income deprivation',
    name: 'deprivation',
    lowerIsNeed: false,
    unit: '% of neighbourhoods (LSOAs) among England’s 10% most deprived for children',
    digits: 1,
    percent: true,
    column: 'Deprived neighbourhoods',
    shortUnit: '% of neighbourhoods in the most deprived 10%',
    period: 'IDACI 2025',
    rankNote: 'most deprived',
  },
  gld: {
    label: 'School readiness: % of children at a good level of development at age 5 (same year)',
    short: 'school readiness',
    legendAxis: 'Lower school readiness',
    xAxis: 'Lower school readiness (% at a good level of development at 5)',
    topic: 'school readiness',
    name: 'school readiness',
    lowerIsNeed: true,
    unit: '% of children reaching a good level of development at the end of Reception',
    digits: 1,
    percent: true,
    column: 'School readiness',
    shortUnit: '% at a good level of development',
    rankNote: 'lowest readiness',
  },
  att8: {
    label: 'GCSE attainment: Attainment 8 score at age 16 (same year)',
    short: 'GCSE attainment (Attainment 8)',
    legendAxis: 'Lower GCSE attainment',
    xAxis: 'Lower GCSE attainment (Attainment 8 score, out of 90)',
    topic: 'GCSE attainment at 16',
    name: 'attainment',
    lowerIsNeed: true,
    unit: 'average Attainment 8 score per pupil, out of 90',
    digits: 1,
    percent: false,
    column: 'GCSE attainment (Attainment 8)',
    shortUnit: ' (Attainment 8 score, out of 90)',
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
