/** The five absence measures, with their display labels and units: declared once. */
export const MEASURES = ['overall', 'authorised', 'unauthorised', 'persistent', 'severe'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<Measure, string> = {
  overall: 'Overall absence',
  authorised: 'Authorised absence',
  unauthorised: 'Unauthorised absence',
  persistent: 'Persistent absence',
  severe: 'Severe absence',
};

export const MEASURE_UNITS: Record<Measure, string> = {
  overall: '% of possible sessions missed',
  authorised: '% of possible sessions missed (authorised)',
  unauthorised: '% of possible sessions missed (unauthorised)',
  persistent: '% of pupils missing 10% or more of sessions',
  severe: '% of pupils missing 50% or more of sessions',
};
