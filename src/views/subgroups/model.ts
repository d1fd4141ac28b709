/** URL state of /subgroups/ (?dim=&measure=&year=&area=): every value checked against the data's own lists. */
import { ENGLAND } from '../../config/geography';
import { MEASURES } from '../../config/measures';
import {
  decodeRates,
  indexRates,
  type EncodedRates,
  type GroupRate,
  type RateIndex,
} from '../../derive/subgroup-rates';
import type { AreaInfo } from '../../derive/subgroup-view';
import { DIMENSION_IDS } from '../../config/subgroups';
import type { Provenance } from '../../lib/provenance';
import type { StateSpec } from '../../lib/url-state';

/** One characteristic's file (/subgroups/data/<dim>.json), with what it was made from. */
export interface SubgroupsPageData {
  areas: [string, string, string][];
  rates: EncodedRates;
  provenance: Provenance;
}

export interface SubgroupsModel {
  index: RateIndex;
  areas: ReadonlyMap<string, AreaInfo>;
  spec: StateSpec;
}

export const DEFAULT_DIM = 'fsm';
export const DEFAULT_MEASURE = 'persistent';

export function subgroupsModel(rows: readonly GroupRate[], areas: ReadonlyMap<string, AreaInfo>): SubgroupsModel {
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const spec = {
    dim: { values: DIMENSION_IDS, default: DEFAULT_DIM },
    measure: { values: MEASURES, default: DEFAULT_MEASURE },
    year: { values: years, default: '' },
    area: { values: [...areas.keys()], default: ENGLAND.code },
  } satisfies StateSpec;
  return { index: indexRates(rows), areas, spec };
}

/** A characteristic's model as the browser loads it, with the sources its figures cite. */
export interface LoadedModel extends SubgroupsModel {
  provenance: Provenance;
}

/** The model from the page's JSON (in the browser). */
export function modelFromJson(data: SubgroupsPageData): LoadedModel {
  const areas = new Map(data.areas.map(([code, name, level]) => [code, { code, name, level }]));
  return { ...subgroupsModel(decodeRates(data.rates), areas), provenance: data.provenance };
}
