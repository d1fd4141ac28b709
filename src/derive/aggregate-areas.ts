/**
 * Builds the areas DfE does not publish in the absence file from the counts of the areas it does:
 * macro-regions (North, Midlands, South) from region rows, and Inner/Outer London from London LA rows.
 */
import type { AbsenceRecord } from '../data/absence-columns';
import {
  byLevel,
  INNER_LONDON,
  INNER_LONDON_LAS,
  LONDON,
  MACRO_REGIONS,
  MACRO_REGION_CODES,
  OUTER_LONDON,
  REGIONS,
} from '../config/geography';
import { sumCounts } from './rates';

function groupSum(
  records: readonly AbsenceRecord[],
  member: (r: AbsenceRecord) => boolean,
  area: Pick<AbsenceRecord, 'level' | 'code' | 'name' | 'regionCode'>,
): AbsenceRecord[] {
  const groups = new Map<string, AbsenceRecord[]>();
  for (const r of records) {
    if (!member(r)) continue;
    const key = `${r.year}|${r.schoolType}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((parts) => ({
    ...area,
    year: parts[0].year,
    schoolType: parts[0].schoolType,
    ...sumCounts(parts),
  }));
}

export function macroRegionRecords(records: readonly AbsenceRecord[]): AbsenceRecord[] {
  return MACRO_REGIONS.flatMap((macro) => {
    const codes = new Set(REGIONS.filter((r) => r.macro === macro).map((r) => r.code));
    return groupSum(records, (r) => r.level === 'Regional' && codes.has(r.code), {
      level: 'Macro-region',
      code: MACRO_REGION_CODES[macro],
      name: macro,
      regionCode: null,
    });
  });
}

export function londonSplitRecords(records: readonly AbsenceRecord[]): AbsenceRecord[] {
  const inner = new Set(INNER_LONDON_LAS);
  const londonLa = (r: AbsenceRecord) => r.level === 'Local authority' && r.regionCode === LONDON.code;
  return [
    ...groupSum(records, (r) => londonLa(r) && inner.has(r.code), {
      level: 'Sub-regional',
      ...INNER_LONDON,
      regionCode: LONDON.code,
    }),
    ...groupSum(records, (r) => londonLa(r) && !inner.has(r.code), {
      level: 'Sub-regional',
      ...OUTER_LONDON,
      regionCode: LONDON.code,
    }),
  ];
}

/** All published areas plus the derived ones, in a stable order (year, level, code, school type). */
export function withDerivedAreas(records: readonly AbsenceRecord[]): AbsenceRecord[] {
  const all = [...records, ...macroRegionRecords(records), ...londonSplitRecords(records)];
  const typeOrder = ['Total', 'State-funded primary', 'State-funded secondary', 'Special'];
  return all.sort(
    (a, b) =>
      a.year.localeCompare(b.year) ||
      byLevel(a.level, b.level) ||
      a.code.localeCompare(b.code) ||
      typeOrder.indexOf(a.schoolType) - typeOrder.indexOf(b.schoolType),
  );
}
