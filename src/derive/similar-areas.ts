/**
 * "Similar areas": the LAs closest to one LA on child deprivation (IDACI score) and size (pupils),
 * so a high-absence LA can be set beside its peers rather than the whole country. Each variable is
 * standardised (z-score across the candidates) so neither dominates; pupil numbers are compared on a
 * log scale (a county of 150,000 pupils and one of 120,000 are closer than 5,000 and 35,000).
 */
export interface AreaProfile {
  code: string;
  /** IDACI average score (share of children in income-deprived families), or null if unknown. */
  idaci: number | null;
  /** Pupils enrolled, or null if unknown. */
  pupils: number | null;
}

export interface SimilarArea {
  code: string;
  /** Distance in standard deviations (0 = identical). */
  distance: number;
}

export interface SimilarOptions {
  count?: number;
  /** Weight of pupil numbers relative to deprivation (default 0.5: deprivation matters most). */
  pupilWeight?: number;
}

function standardiser(values: number[]): (v: number) => number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length) || 1;
  return (v) => (v - mean) / sd;
}

/** The `count` candidates nearest the target, nearest first; none if the target's deprivation is unknown. */
export function similarAreas(
  target: AreaProfile,
  candidates: readonly AreaProfile[],
  options: SimilarOptions = {},
): SimilarArea[] {
  const { count = 5, pupilWeight = 0.5 } = options;
  if (target.idaci === null) return [];
  const hasPupils = (c: AreaProfile) => c.pupils !== null && c.pupils > 0;
  // Compare on size only when the target's is known; then candidates must have theirs too.
  const usePupils = hasPupils(target);
  const pool = candidates.filter((c) => c.code !== target.code && c.idaci !== null && (!usePupils || hasPupils(c)));
  const withTarget = [target, ...pool];
  const zIdaci = standardiser(withTarget.map((c) => c.idaci as number));
  const zPupils = standardiser(usePupils ? withTarget.map((c) => Math.log(c.pupils as number)) : [0]);

  return pool
    .map((c) => {
      const dIdaci = zIdaci(c.idaci as number) - zIdaci(target.idaci as number);
      const dPupils = usePupils
        ? zPupils(Math.log(c.pupils as number)) - zPupils(Math.log(target.pupils as number))
        : 0;
      return { code: c.code, distance: Math.sqrt(dIdaci ** 2 + pupilWeight * dPupils ** 2) };
    })
    .sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code))
    .slice(0, count);
}
