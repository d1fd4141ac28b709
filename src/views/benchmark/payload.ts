/** The benchmarking figures' data, built from the absence counts; served as /benchmark/funnel.json for the browser. */
import { ENGLAND } from '../../config/geography';
import { SCHOOL_TYPE_PARAMS, type SchoolTypeParam } from '../../config/map-options';
import { absenceFor, absenceProvenance, absenceRecords, latestYear } from '../../data/absence';
import { laByCode } from '../../derive/la-directory';
import { DATA_YEARS } from './model';
import type { Provenance } from '../../lib/provenance';

/** What the funnel plot is drawn from (one year and school type per cell). */
export interface FunnelPayload {
  years: string[];
  latestYear: string;
  /** LA code -> name. */
  names: Record<string, string>;
  /**
   * `${year}|${type param}` -> England's [pupils, persistently absent], and each LA's [code, pupils, persistently absent].
   * The browser fetches one state's cell at a time (the other fields are the same in every file).
   */
  cells: Record<string, { england: [number, number]; las: [string, number, number][] }>;
  provenance: Provenance[];
}

export function funnelPayload(): FunnelPayload {
  const cells: FunnelPayload['cells'] = {};
  for (const year of DATA_YEARS) {
    for (const [param, type] of Object.entries(SCHOOL_TYPE_PARAMS) as [
      SchoolTypeParam,
      (typeof SCHOOL_TYPE_PARAMS)[SchoolTypeParam],
    ][]) {
      const england = absenceFor(ENGLAND.code, year, type);
      if (!england?.enrolments || england.pa10 === null) continue;
      const las = absenceRecords
        .filter(
          (r) =>
            r.level === 'Local authority' &&
            r.year === year &&
            r.schoolType === type &&
            r.enrolments &&
            r.pa10 !== null,
        )
        .map((r): [string, number, number] => [r.code, r.enrolments!, r.pa10!]);
      cells[`${year}|${param}`] = { england: [england.enrolments, england.pa10], las };
    }
  }
  const codes = new Set(Object.values(cells).flatMap((c) => c.las.map(([code]) => code)));
  const names = Object.fromEntries([...codes].sort().map((code) => [code, laByCode.get(code)?.name ?? code]));
  return { years: [...DATA_YEARS], latestYear, names, cells, provenance: [absenceProvenance] };
}
