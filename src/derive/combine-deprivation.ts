/**
 * Combines IDACI summaries of whole areas into the summary of their union. Average score and average
 * rank are child-population-weighted means (as MHCLG computes them from LSOAs); shares of LSOAs in the
 * most deprived 10% are weighted by each part's number of LSOAs, which makes them exact.
 */

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
