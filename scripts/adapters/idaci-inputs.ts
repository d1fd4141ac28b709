/**
 * Reads every IDACI input and the lookups that join them, and totals LSOAs per area: children aged
 * 0-15 and LSOAs in the most deprived decile per 2019 district, and LSOAs per DfE LA for 2025.
 */
import { combineIdaci, type IdaciCombined } from '../../src/derive/combine-deprivation';
import { requireRaw } from '../lib/data-dir';
import { DataError } from '../lib/errors';
import { SOURCES, type SourceId } from '../sources';
import { readLadToLaLatest, readLtlaToUtla2019, readSuccessors } from './boundaries-lookups';
import { readIdaciSummaries, type IdaciSummary } from './idaci-2019-summaries';
import { readChildren2019, readIdaciDeciles2019, readIdaciDeciles2025, type LsoaValue } from './iod-lsoa';

export interface LsoaCounts {
  lsoas: number;
  /** LSOAs in IDACI decile 1 (the most deprived 10% nationally). */
  top10: number;
  /** Children aged 0-15, mid-2015 (2019 areas only). */
  children: number;
}

export interface IdaciInputs {
  upperTier: Map<string, IdaciSummary>;
  districts: Map<string, IdaciSummary>;
  districtCounts2019: Map<string, LsoaCounts>;
  utlaOfDistrict: Map<string, string>;
  /** Abolished 2019 district -> the authorities that replaced it. */
  successorsOfDistrict: Map<string, string[]>;
  laCounts2025: Map<string, LsoaCounts>;
}

const byCode = (rows: IdaciSummary[]) => new Map(rows.map((r) => [r.code, r]));
const path = (id: SourceId, dir: string) => [requireRaw(SOURCES[id], dir), SOURCES[id].path] as const;

function tally(
  deciles: LsoaValue[],
  areaOf: (lad: string) => string,
  children?: Map<string, number>,
): Map<string, LsoaCounts> {
  const counts = new Map<string, LsoaCounts>();
  for (const { lsoa, lad, value } of deciles) {
    const area = areaOf(lad);
    const c = counts.get(area) ?? { lsoas: 0, top10: 0, children: 0 };
    c.lsoas += 1;
    if (value === 1) c.top10 += 1;
    c.children += children?.get(lsoa) ?? 0;
    counts.set(area, c);
  }
  return counts;
}

export async function readIdaciInputs(dir: string): Promise<IdaciInputs> {
  // One workbook at a time: exceljs's streaming reader shares temporary files between concurrent reads.
  const upper = await readIdaciSummaries(...path('idaci2019UpperTier', dir), 'upper');
  const lower = await readIdaciSummaries(...path('idaci2019LowerTier', dir), 'lower');
  const deciles2019 = await readIdaciDeciles2019(...path('idaci2019Lsoa', dir));
  const children2019 = await readChildren2019(...path('iod2019Population', dir));
  const deciles2025 = await readIdaciDeciles2025(...path('idaci2025Lsoa', dir));
  const children = new Map(children2019.map((c) => [c.lsoa, c.value]));
  const unmatched = deciles2019.find((d) => !children.has(d.lsoa));
  if (unmatched || children.size !== deciles2019.length) {
    throw new DataError(
      SOURCES.iod2019Population.path,
      `LSOAs differ from ${SOURCES.idaci2019Lsoa.path} (e.g. ${unmatched?.lsoa ?? 'extra rows'})`,
    );
  }
  const laOfLad = readLadToLaLatest(...path('ladToLa', dir));
  const laCounts2025 = tally(deciles2025, (lad) => {
    const la = laOfLad.get(lad);
    if (!la)
      throw new DataError(
        SOURCES.ladToLa.path,
        `no LA for LAD ${lad} of ${SOURCES.idaci2025Lsoa.path}`,
        undefined,
        'lad_code',
      );
    return la;
  });
  return {
    upperTier: byCode(upper),
    districts: byCode(lower),
    districtCounts2019: tally(deciles2019, (lad) => lad, children),
    utlaOfDistrict: readLtlaToUtla2019(...path('ltlaToUtla2019', dir)),
    successorsOfDistrict: readSuccessors(...path('localAuthoritiesRegister', dir)),
    laCounts2025,
  };
}

/** The 2019 districts (File 10) that make up an upper-tier LA of 2019. */
export const districtsOf = (utla: string, inputs: IdaciInputs) =>
  [...inputs.utlaOfDistrict]
    .filter(([, u]) => u === utla)
    .map(([district]) => district)
    .sort();

/**
 * IDACI 2019 of a union of whole 2019 districts: score and average rank weighted by children aged 0-15,
 * the most-deprived-10% share counted from LSOA deciles.
 */
export function rebuildFromDistricts(districts: readonly string[], inputs: IdaciInputs): IdaciCombined & LsoaCounts {
  const parts = districts.map((code) => {
    const summary = inputs.districts.get(code);
    const counts = inputs.districtCounts2019.get(code);
    if (!summary || !counts)
      throw new DataError(SOURCES.idaci2019LowerTier.path, `no IDACI summary or LSOAs for district ${code}`);
    return { summary, counts };
  });
  const combined = combineIdaci(
    parts.map(({ summary, counts }) => ({
      score: summary.score,
      averageRank: summary.averageRank,
      top10Share2019: counts.top10 / counts.lsoas,
      top10Share2025: null,
      children: counts.children,
      lsoas2019: counts.lsoas,
      lsoas2025: 0,
    })),
  );
  const sum = (key: keyof LsoaCounts) => parts.reduce((total, p) => total + p.counts[key], 0);
  return { ...combined, lsoas: sum('lsoas'), top10: sum('top10'), children: sum('children') };
}
