/**
 * The context indicators (school readiness, attainment, SEND, children in need and looked after) and
 * the national KS4 pupil groups, declared once for the loader, the site and the browser (no zod here).
 */

export interface IndicatorDef {
  /** LAIT measure code (`Short Desc`). */
  measure: string;
  label: string;
  unit: string;
  /** Axis label with its unit. */
  axis: string;
  digits: number;
}

export const INDICATORS = {
  gld: {
    measure: 'FSP_NEW_GOODDEV',
    label: 'School readiness: good level of development at age 5',
    unit: '% of children at the end of Reception',
    axis: 'Good level of development (%)',
    digits: 1,
  },
  att8: {
    measure: 'AVG_Attain8_Score',
    label: 'Attainment 8 at key stage 4',
    unit: 'average score per pupil (out of 90)',
    axis: 'Attainment 8 (average score)',
    digits: 1,
  },
  att8Disadvantaged: {
    measure: 'DAP_KS4_ATT8',
    label: 'Attainment 8, disadvantaged pupils',
    unit: 'average score per pupil (out of 90)',
    axis: 'Attainment 8, disadvantaged pupils',
    digits: 1,
  },
  att8NotDisadvantaged: {
    measure: 'NonDAP_KS4_ATT8',
    label: 'Attainment 8, other pupils',
    unit: 'average score per pupil (out of 90)',
    axis: 'Attainment 8, other pupils',
    digits: 1,
  },
  ehcp: {
    measure: 'SEN_TotStat',
    label: 'Pupils with an EHC plan',
    unit: '% of pupils in all schools',
    axis: 'EHC plan (% of pupils)',
    digits: 1,
  },
  senSupport: {
    measure: 'SEN_TotSENSuP',
    label: 'Pupils on SEN support',
    unit: '% of pupils in all schools',
    axis: 'SEN support (% of pupils)',
    digits: 1,
  },
  cinPersistent: {
    measure: 'CINPermAbsent_3Term',
    label: 'Children in need who are persistently absent',
    unit: '% of children in need (10%+ of sessions missed)',
    axis: 'Persistent absence, children in need (%)',
    digits: 1,
  },
  claOverall: {
    measure: 'LAC_Over_Abs',
    label: 'Overall absence of children looked after',
    unit: '% of sessions missed, children looked after 12 months or more',
    axis: 'Overall absence, children looked after (%)',
    digits: 2,
  },
  claPersistent: {
    measure: 'LAC_Pers_Abs',
    label: 'Children looked after who are persistently absent',
    unit: '% of children looked after 12 months or more',
    axis: 'Persistent absence, children looked after (%)',
    digits: 1,
  },
} as const satisfies Record<string, IndicatorDef>;

export type IndicatorId = keyof typeof INDICATORS;
export const INDICATOR_IDS = Object.keys(INDICATORS) as IndicatorId[];

/** National KS4 pupil groups kept from the characteristics file. */
export const KS4_GROUPS = [
  { id: 'all', label: 'All pupils', breakdown: 'Total', match: {} },
  { id: 'disadvantaged', label: 'Disadvantaged', breakdown: 'Disadvantage', match: { disadvantage: 'Disadvantaged' } },
  {
    id: 'notDisadvantaged',
    label: 'Not disadvantaged',
    breakdown: 'Disadvantage',
    match: { disadvantage: 'Disadvantaged all other' },
  },
  { id: 'noSen', label: 'No SEN', breakdown: 'SEN status', match: { sen_status: 'No SEN' } },
  { id: 'senSupport', label: 'SEN support', breakdown: 'SEN status', match: { sen_status: 'SEN Supp' } },
  { id: 'ehcp', label: 'EHC plan', breakdown: 'SEN status', match: { sen_status: 'SEN State EHC' } },
  {
    id: 'semh',
    label: 'SEMH primary need',
    breakdown: 'Primary need',
    match: { primary_need: 'social, emotional and mental health (SEMH)', all_primary_need: 'All primary need' },
  },
  {
    id: 'gypsyRoma',
    label: 'Gypsy/Roma',
    breakdown: 'Ethnicity minor',
    match: { ethnicity_major: 'White', ethnicity_minor: 'Gypsy/Roma' },
  },
  {
    id: 'irishTraveller',
    label: 'Traveller of Irish heritage',
    breakdown: 'Ethnicity minor',
    match: { ethnicity_major: 'White', ethnicity_minor: 'Traveller of Irish heritage' },
  },
] as const;
export type Ks4GroupId = (typeof KS4_GROUPS)[number]['id'];

export const AREA_LEVELS = ['National', 'Regional', 'Sub-regional', 'Local authority'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];
