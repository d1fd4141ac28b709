/**
 * data/context.json: LAIT context indicators by LA, region, Inner/Outer London and England (keyed by
 * GSS code), national KS4 Attainment 8 by pupil group, and national SEN/SEMH counts.
 */
import { INDICATORS, INDICATOR_IDS, KS4_GROUPS, type IndicatorId } from '../../src/config/context-indicators';
import { readKs4Areas, readKs4Groups } from '../adapters/ks4';
import { readLait, readLaitDecimals } from '../adapters/lait';
import { mapLaitArea, readLaLookup, type MappedArea } from '../adapters/lait-areas';
import { readSenNational } from '../adapters/sen-national';
import { requireRaw } from '../lib/data-dir';
import { DataError } from '../lib/errors';
import type { Loader } from '../lib/loader';
import { provenanceFor } from '../lib/provenance';
import { stableJson } from '../lib/write';
import { SOURCES } from '../sources';
import { byLevel } from '../../src/config/geography';

export interface IndicatorValue {
  area: MappedArea;
  laNumber: number;
  year: string;
  measure: string;
  value: number;
}

/** LAIT values for the given measures, each placed on its GSS area; missing values are left out. */
export async function readLaitByArea(dir: string, measures: readonly string[]): Promise<IndicatorValue[]> {
  const decimals = readLaitDecimals(requireRaw(SOURCES.laitDictionary, dir), measures, SOURCES.laitDictionary.path);
  const records = await readLait(requireRaw(SOURCES.lait, dir), decimals, SOURCES.lait.path);
  const lookup = readLaLookup(requireRaw(SOURCES.las, dir), SOURCES.las.path);
  return records.flatMap((r, i) => {
    const area = mapLaitArea(lookup, r, { file: SOURCES.lait.path, row: i + 1 });
    return area && r.value !== null
      ? [{ area, laNumber: r.laNumber, year: r.year, measure: r.measure, value: r.value }]
      : [];
  });
}

/**
 * Two DfE publications of the same Attainment 8 must agree. LAs are matched by DfE number, since the
 * KS4 file already uses the April 2023 codes for North Yorkshire and Somerset in 2022/23.
 */
export function checkAgainstKs4(values: readonly IndicatorValue[], dir: string): number {
  const key = (code: string, laNumber: number | null, year: string) => `${laNumber ?? code}|${year}`;
  const att8 = values.filter((v) => v.measure === INDICATORS.att8.measure);
  const lait = new Map(
    att8.map((v) => [key(v.area.code, v.area.level === 'Local authority' ? v.laNumber : null, v.year), v.value]),
  );
  const ks4 = readKs4Areas(requireRaw(SOURCES.ks4La, dir), SOURCES.ks4La.path).filter(
    (r) => r.level !== 'National' && r.att8 !== null,
  );
  for (const r of ks4) {
    const ours = lait.get(key(r.code, r.laNumber, r.year));
    if (ours === undefined || Math.abs(ours - r.att8!) > 0.05) {
      throw new DataError(
        SOURCES.ks4La.path,
        `Attainment 8 for ${r.name} (${r.code}) ${r.year} is ${r.att8}, LAIT gives ${ours ?? 'nothing'}`,
      );
    }
  }
  return ks4.length;
}

const loader: Loader = {
  output: 'context.json',
  sources: ['lait', 'laitDictionary', 'las', 'ks4La', 'ks4NationalCharacteristics', 'senNational'],
  async build(dir) {
    const measureOf = new Map(INDICATOR_IDS.map((id) => [INDICATORS[id].measure as string, id]));
    const values = await readLaitByArea(dir, [...measureOf.keys()]);
    const checked = checkAgainstKs4(values, dir);

    const areas = new Map<string, MappedArea>();
    const rows = new Map<string, Partial<Record<IndicatorId, number>>>();
    for (const v of values) {
      areas.set(v.area.code, v.area);
      const key = `${v.area.code}|${v.year}`;
      rows.set(key, { ...rows.get(key), [measureOf.get(v.measure)!]: v.value });
    }
    const sortedAreas = [...areas.values()].sort((a, b) => byLevel(a.level, b.level) || a.code.localeCompare(b.code));
    const sortedRows = [...rows.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, byId]) => [...key.split('|'), ...INDICATOR_IDS.map((id) => byId[id] ?? null)]);
    const ks4Groups = readKs4Groups(
      requireRaw(SOURCES.ks4NationalCharacteristics, dir),
      KS4_GROUPS,
      SOURCES.ks4NationalCharacteristics.path,
    );
    const sen = readSenNational(requireRaw(SOURCES.senNational, dir), SOURCES.senNational.path);

    const provenance = provenanceFor('context.json', loader.sources, [
      `Kept the LAIT measures ${INDICATOR_IDS.map((id) => INDICATORS[id].measure).join(', ')}; "-" is missing, never 0. LAIT Years 2023 = academic year 2022/23.`,
      "Rounded values to the LAIT data dictionary's decimal places, or removed float artefacts where it gives none.",
      "Mapped each LAIT area to a GSS code: England, regions and Inner/Outer London by DfE number; LAs by old LA number through DfE's LA lookup, using the code in force on 1 September of the academic year (else by its end); any area that does not map stops the build.",
      `Checked LAIT Attainment 8 against the KS4 2022/23 revised LA and region file: ${checked} area-years agree to 0.05.`,
      'Kept national Attainment 8 (all state-funded schools) for selected pupil groups, including SEMH primary need and Gypsy/Roma pupils.',
      'Kept national SEN support, EHC plan and SEMH primary-need counts for all pupils ("All pupils comparison"), 2016/17 to 2021/22. No regional or LA SEMH data are in the mirror.',
    ]);
    return stableJson({
      provenance,
      indicators: INDICATOR_IDS,
      areas: sortedAreas.map((a) => [a.code, a.name, a.level, a.regionCode]),
      rows: sortedRows,
      ks4Groups: ks4Groups.map((g) => [g.year, g.group, g.att8, g.pupils]),
      senNational: sen.map((s) => [s.year, s.pupils, s.senSupport, s.ehcp, s.semhSupport, s.semhEhcp]),
    });
  },
};
export default loader;
