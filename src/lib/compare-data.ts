/**
 * The compare view's data: for every LA, each absence measure for every year (rates from counts, rounded
 * to 2 dp). Built once at build time; served as /compare/series.json for the browser to redraw from.
 */
import { absenceFor, absenceProvenance, latestYear } from './data';
import type { Provenance } from './provenance';
import { laDirectory, laLabel } from './la-directory';
import { yearsThrough } from '../config/periods';
import { ENGLAND, REGIONS } from '../config/geography';
import { rate } from '../derive/rates';
import { MEASURES } from '../config/measures';

export interface CompareLa {
  code: string;
  /** Chart label: the name, with "(to 2018/19)" for a former LA. */
  label: string;
  slug: string;
  region: string;
  regionCode: string;
  /** values[measure index][year index], null where not published. */
  values: (number | null)[][];
}

/** England or a region, drawn in grey behind the LAs. */
export interface CompareReference {
  code: string;
  label: string;
  values: (number | null)[][];
}

export interface ComparePayload {
  years: string[];
  measures: typeof MEASURES;
  las: CompareLa[];
  /** England and the nine regions. */
  references: CompareReference[];
  /** Where the counts come from (the CSV header and source line of the compare-las figure). */
  provenance: Provenance[];
}

const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

export function comparePayload(): ComparePayload {
  const years = yearsThrough(latestYear);
  const valuesOf = (code: string) =>
    MEASURES.map((m) =>
      years.map((y) => {
        const r = absenceFor(code, y);
        return r ? round2(rate(r, m)) : null;
      }),
    );
  return {
    years,
    measures: MEASURES,
    las: laDirectory.map((la) => ({
      code: la.code,
      label: laLabel(la),
      slug: la.slug,
      region: la.regionName,
      regionCode: la.regionCode,
      values: valuesOf(la.code),
    })),
    references: [ENGLAND, ...REGIONS].map((area) => ({
      code: area.code,
      label: area.name,
      values: valuesOf(area.code),
    })),
    provenance: [absenceProvenance],
  };
}
