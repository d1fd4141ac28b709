/** The /latest/ page's URL state, shared by its figures (each uses its own keys) and its browser script. */
import {
  CURRENT_REGISTER_YEAR,
  REGISTER_PERIODS,
  REGISTER_SCHOOL_TYPES,
  REGISTER_YEARS,
} from '../../config/attendance';
import { ENGLAND, MACRO_REGIONS, MACRO_REGION_CODES, REGIONS } from '../../config/geography';
import { COMPARISONS } from './tables';

/** England, the three macro-regions and the nine regions: the areas of the overview charts, prerendered for embeds. */
export const OVERVIEW_CODES: readonly string[] = [
  ENGLAND.code,
  ...MACRO_REGIONS.map((m) => MACRO_REGION_CODES[m]),
  ...REGIONS.map((r) => r.code),
];

/** The width the charts are prerendered at for phones (a 390 px screen's column). */
export const NARROW_WIDTH = 358;

export function latestStateSpec(codes: readonly string[]) {
  return {
    area: { values: codes, default: ENGLAND.code, prerender: OVERVIEW_CODES },
    type: { values: REGISTER_SCHOOL_TYPES, default: 'Total' },
    measure: { values: COMPARISONS, default: 'overall-ytd' },
    period: { values: REGISTER_PERIODS, default: 'ytd' },
    year: { values: REGISTER_YEARS, default: CURRENT_REGISTER_YEAR },
  } as const;
}
