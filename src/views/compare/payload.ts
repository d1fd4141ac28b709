/**
 * The compare view's data: for every LA, each absence measure for every year (rates from counts, shipped
 * so that the page's one rounding gives what rounding the unrounded rate would) and the change since
 * before COVID (from the unrounded rates). The build uses every measure; the browser fetches one measure's
 * file, /compare/series/<measure>.json, to redraw from.
 */
import { absenceFor, absenceProvenance, latestYear } from '../../data/absence';
import type { Provenance } from '../../lib/provenance';
import { laDirectory, laLabel } from '../../derive/la-directory';
import { PRE_COVID_YEAR, yearsThrough } from '../../config/periods';
import { ENGLAND, REGIONS } from '../../config/geography';
import { rate } from '../../derive/rates';
import { MEASURES, type Measure } from '../../config/measures';
import { shipped } from '../../lib/format';

export interface CompareLa {
  code: string;
  /** Chart label: the name, with "(to 2018/19)" for a former LA. */
  label: string;
  slug: string;
  region: string;
  regionCode: string;
  /** values[measure index][year index], null where not published. */
  values: (number | null)[][];
  /** changes[measure index]: percentage points from PRE_COVID_YEAR to the latest year. */
  changes: (number | null)[];
}

/** England or a region, drawn in grey behind the LAs. */
export type CompareReference = Pick<CompareLa, 'code' | 'label' | 'values' | 'changes'>;

export interface ComparePayload {
  years: string[];
  /** Every measure at build time; the one fetched in the browser. */
  measures: readonly Measure[];
  las: CompareLa[];
  /** England and the nine regions. */
  references: CompareReference[];
  /** Where the counts come from (the CSV header and source line of the compare-las figure). */
  provenance: Provenance[];
}

const ship = (v: number | null) => (v === null ? null : shipped(v));

/** Every measure's payload, or one measure's (the browser's file). */
export function comparePayload(measure?: Measure): ComparePayload {
  const years = yearsThrough(latestYear);
  const measures = measure ? [measure] : MEASURES;
  const rateOf = (code: string, year: string, m: Measure) => {
    const r = absenceFor(code, year);
    return r ? rate(r, m) : null;
  };
  const series = (code: string) => ({
    values: measures.map((m) => years.map((y) => ship(rateOf(code, y, m)))),
    changes: measures.map((m) => {
      const [now, before] = [rateOf(code, latestYear, m), rateOf(code, PRE_COVID_YEAR, m)];
      return now === null || before === null ? null : ship(now - before);
    }),
  });
  return {
    years,
    measures,
    las: laDirectory.map((la) => ({
      code: la.code,
      label: laLabel(la),
      slug: la.slug,
      region: la.regionName,
      regionCode: la.regionCode,
      ...series(la.code),
    })),
    references: [ENGLAND, ...REGIONS].map((area) => ({ code: area.code, label: area.name, ...series(area.code) })),
    provenance: [absenceProvenance],
  };
}
