/**
 * Group rates as the subgroups page uses them: one row per dimension, group, year and area with the
 * number of pupils behind it and each measure's rate (computed from counts at build time, or as
 * published when DfE gave rates only). Pure and serialisable, so the same code runs in the browser.
 */
import { MEASURES, type Measure } from '../config/measures';
import { ALL_DIM, ALL_PUPILS, dimensionById, type Dimension } from '../config/subgroups';

export interface GroupRate {
  dim: string;
  group: string;
  year: string;
  area: string;
  /** Pupils (enrolments) behind the rate; null when only the rate was published. */
  n: number | null;
  /** True for rates DfE published without counts (cannot be summed or averaged). */
  published: boolean;
  rates: Record<Measure, number | null>;
}

/** Group rates for the page's JSON: text keys as indexes into lookup lists (the rows repeat them thousands of times). */
export interface EncodedRates {
  keys: { dims: string[]; groups: string[]; years: string[]; areas: string[] };
  /** [dim, group, year, area (indexes), pupils, published (0/1), ...rates in MEASURES order] */
  rows: (number | null)[][];
}

export function encodeRates(rates: readonly GroupRate[]): EncodedRates {
  const lists = {
    dims: new Map<string, number>(),
    groups: new Map<string, number>(),
    years: new Map<string, number>(),
    areas: new Map<string, number>(),
  };
  const idx = (list: Map<string, number>, value: string) => list.get(value) ?? list.set(value, list.size).get(value)!;
  const rows = rates.map((r) => [
    idx(lists.dims, r.dim),
    idx(lists.groups, r.group),
    idx(lists.years, r.year),
    idx(lists.areas, r.area),
    r.n,
    r.published ? 1 : 0,
    ...MEASURES.map((m) => r.rates[m]),
  ]);
  const keys = Object.fromEntries(
    Object.entries(lists).map(([k, list]) => [k, [...list.keys()]]),
  ) as EncodedRates['keys'];
  return { keys, rows };
}

export function decodeRates({ keys, rows }: EncodedRates): GroupRate[] {
  return rows.map(([dim, group, year, area, n, published, ...values]) => ({
    dim: keys.dims[dim!],
    group: keys.groups[group!],
    year: keys.years[year!],
    area: keys.areas[area!],
    n,
    published: published === 1,
    rates: Object.fromEntries(MEASURES.map((m, i) => [m, values[i] ?? null])) as Record<Measure, number | null>,
  }));
}

export interface RateIndex {
  get(dim: string, group: string, year: string, area: string): GroupRate | undefined;
  /** The all-pupils rate for a dimension's year and area: its own, else the shared one, else the absence file's. */
  allPupils(dim: string, year: string, area: string): GroupRate | undefined;
  /** Rows of one dimension (all groups, years and areas). */
  ofDimension(dim: string): readonly GroupRate[];
}

export function indexRates(rows: readonly GroupRate[]): RateIndex {
  const byKey = new Map(rows.map((r) => [`${r.dim}|${r.group}|${r.year}|${r.area}`, r]));
  const byDim = new Map<string, GroupRate[]>();
  for (const r of rows) {
    if (!byDim.has(r.dim)) byDim.set(r.dim, []);
    byDim.get(r.dim)!.push(r);
  }
  const get = (dim: string, group: string, year: string, area: string) => byKey.get(`${dim}|${group}|${year}|${area}`);
  return {
    get,
    allPupils: (dim, year, area) =>
      get(dim, ALL_PUPILS, year, area) ??
      get(ALL_DIM, ALL_PUPILS, year, area) ??
      get('school-type', ALL_PUPILS, year, area),
    ofDimension: (dim) => byDim.get(dim) ?? [],
  };
}

const groupRows = (index: RateIndex, dim: string) => index.ofDimension(dim).filter((r) => r.group !== ALL_PUPILS);

/** Measures with at least one group rate for the dimension. */
export const measuresFor = (index: RateIndex, dim: string): Measure[] =>
  MEASURES.filter((m) => groupRows(index, dim).some((r) => r.rates[m] !== null));

/** Areas with at least one group rate for the dimension and measure. */
export const areasFor = (index: RateIndex, dim: string, measure: Measure): string[] => [
  ...new Set(
    groupRows(index, dim)
      .filter((r) => r.rates[measure] !== null)
      .map((r) => r.area),
  ),
];

/** Years with at least one group rate for the dimension, measure and area, ascending. */
export const yearsFor = (index: RateIndex, dim: string, measure: Measure, area: string): string[] =>
  [
    ...new Set(
      groupRows(index, dim)
        .filter((r) => r.area === area && r.rates[measure] !== null)
        .map((r) => r.year),
    ),
  ].sort();

export interface SubgroupState {
  dim: string;
  measure: Measure;
  year: string;
  area: string;
}

/**
 * The nearest state that has data: a measure the dimension publishes (persistent absence first),
 * an area it covers (else England) and a year it has (else its latest).
 */
export function resolveState(
  index: RateIndex,
  state: SubgroupState,
  england: string,
): SubgroupState & { dimension: Dimension } {
  const dimension = dimensionById.get(state.dim) ?? dimensionById.get('fsm')!;
  const measures = measuresFor(index, dimension.id);
  const measure = measures.includes(state.measure)
    ? state.measure
    : measures.includes('persistent')
      ? 'persistent'
      : measures[0];
  const areas = areasFor(index, dimension.id, measure);
  const area = areas.includes(state.area) ? state.area : areas.includes(england) ? england : areas[0];
  const years = yearsFor(index, dimension.id, measure, area);
  const year = years.includes(state.year) ? state.year : years[years.length - 1];
  return { dimension, dim: dimension.id, measure, area, year };
}
