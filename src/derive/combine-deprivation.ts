/**
 * Combines IDACI summaries of whole areas into the summary of their union. Average score and average
 * rank are child-population-weighted means (as MHCLG computes them from LSOAs); shares of LSOAs in the
 * most deprived 10% are weighted by each part's number of LSOAs, which makes them exact.
 */
import { deprivationFor, deprivationFile, type Deprivation } from '../data/deprivation';
import type { MapUnit } from '../data/areas';

export interface IdaciPart {
  score: number | null;
  averageRank: number | null;
  top10Share2019: number | null;
  top10Share2025: number | null;
  /** Children aged 0-15, mid-2015 (IoD2019 File 6). */
  children: number;
  lsoas2019: number;
  lsoas2025: number;
}

export interface IdaciCombined {
  score: number | null;
  averageRank: number | null;
  top10Share2019: number | null;
  top10Share2025: number | null;
}

function weightedMean(
  parts: readonly IdaciPart[],
  value: (p: IdaciPart) => number | null,
  weight: (p: IdaciPart) => number,
): number | null {
  let total = 0;
  let weights = 0;
  for (const part of parts) {
    const v = value(part);
    const w = weight(part);
    if (v === null || !(w > 0)) return null; // one unknown part makes the whole unknown
    total += v * w;
    weights += w;
  }
  return weights > 0 ? total / weights : null;
}

export function combineIdaci(parts: readonly IdaciPart[]): IdaciCombined {
  return {
    score: weightedMean(
      parts,
      (p) => p.score,
      (p) => p.children,
    ),
    averageRank: weightedMean(
      parts,
      (p) => p.averageRank,
      (p) => p.children,
    ),
    top10Share2019: weightedMean(
      parts,
      (p) => p.top10Share2019,
      (p) => p.lsoas2019,
    ),
    top10Share2025: weightedMean(
      parts,
      (p) => p.top10Share2025,
      (p) => p.lsoas2025,
    ),
  };
}

function partOf(areaCode: string): IdaciPart | undefined {
  const d = deprivationFor(areaCode);
  const w = deprivationFile.weights[areaCode];
  if (!d || !w) return undefined;
  return {
    score: d.idaci2019Score,
    averageRank: d.idaci2019AverageRank,
    top10Share2019: d.idaci2019Top10Share,
    top10Share2025: d.idaci2025Top10Share,
    children: w[0],
    lsoas2019: w[1],
    lsoas2025: w[2],
  };
}

/** IDACI for a map unit: the area's own figures, or for a merged unit the combination of its features' areas. */
export function deprivationForUnit(unit: MapUnit): Deprivation | undefined {
  if (unit.dataCodes.length === 1) return deprivationFor(unit.dataCodes[0]);
  const parts = unit.featureIds.map(partOf);
  if (parts.some((p) => !p)) return undefined;
  const c = combineIdaci(parts as IdaciPart[]);
  return {
    code: unit.id,
    name: unit.name,
    idaci2019Score: c.score,
    idaci2019ScoreRank: null,
    idaci2019AverageRank: c.averageRank,
    idaci2019Top10Share: c.top10Share2019,
    idaci2025Top10Share: c.top10Share2025,
    method2019: c.score === null ? 'unavailable' : 'rebuilt from 2019 districts',
    method2025: c.top10Share2025 === null ? 'unavailable' : 'computed from LSOAs',
    note: `Combined from ${unit.featureIds.map((id) => deprivationFor(id)?.name ?? id).join(' and ')} (IoD2019 areas), weighting scores and average ranks by children aged 0-15 and shares by LSOAs; no rank is given for a combined area.`,
  };
}
