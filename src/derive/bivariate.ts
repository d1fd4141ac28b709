/**
 * Bivariate classes: each unit's absence and deprivation put into tertiles (low, middle, high)
 * across the units that have both values.
 *
 * Breaks are values from the data: the largest value of the lowest third and of the lowest two
 * thirds (sorted ascending, positions ceil(n/3) and ceil(2n/3)). A value equal to a break falls in
 * the lower class, so equal values always share a class (ties are never split, and a tertile can
 * hold more than a third when values tie at a break). Fewer than three complete units give no
 * breaks: every unit is then "no data" rather than classed on too little.
 */
import { rankHighestFirst, type Rank } from './rank';

export type Tertile = 0 | 1 | 2;
export type Breaks = readonly [number, number];
export const TERTILE_LABELS = ['low', 'middle', 'high'] as const;

export interface BivariateClass {
  absence: Tertile;
  deprivation: Tertile;
}

export interface BivariateInput {
  id: string;
  absence: number | null;
  deprivation: number | null;
}

export interface Classified extends BivariateInput {
  /** Null when either value is missing or there are too few units to classify. */
  cls: BivariateClass | null;
  /** 1 = highest, equal values sharing a rank, "of" the units with a value; null without a value. */
  absenceRank: Rank | null;
  deprivationRank: Rank | null;
}

export interface Classification {
  breaks: { absence: Breaks; deprivation: Breaks } | null;
  units: Classified[];
  /** counts[deprivation][absence]: units in each cell. */
  counts: number[][];
  /** Ids of units without a class, in input order. */
  noData: string[];
}

export const MIN_UNITS = 3;

const isNumber = (v: number | null): v is number => v !== null && Number.isFinite(v);

export function tertileBreaks(values: readonly number[]): Breaks | null {
  if (values.length < MIN_UNITS) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.ceil(sorted.length * share) - 1];
  return [at(1 / 3), at(2 / 3)];
}

export const tertileOf = (value: number, [low, middle]: Breaks): Tertile => (value <= low ? 0 : value <= middle ? 1 : 2);

export function classOf(unit: BivariateInput, breaks: Classification['breaks']): BivariateClass | null {
  if (!breaks || !isNumber(unit.absence) || !isNumber(unit.deprivation)) return null;
  return { absence: tertileOf(unit.absence, breaks.absence), deprivation: tertileOf(unit.deprivation, breaks.deprivation) };
}

/** Tertile breaks of both variables across the units that have both values. */
export function bivariateBreaks(units: readonly BivariateInput[]): Classification['breaks'] {
  const complete = units.filter((u) => isNumber(u.absence) && isNumber(u.deprivation));
  const absence = tertileBreaks(complete.map((u) => u.absence as number));
  const deprivation = tertileBreaks(complete.map((u) => u.deprivation as number));
  return absence && deprivation ? { absence, deprivation } : null;
}

/** Classes, ranks and cell counts. The browser passes the breaks computed in the build. */
export function classify(units: readonly BivariateInput[], breaks = bivariateBreaks(units)): Classification {
  const absenceRanks = rankHighestFirst(new Map(units.map((u) => [u.id, u.absence])));
  const deprivationRanks = rankHighestFirst(new Map(units.map((u) => [u.id, u.deprivation])));
  const counts = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  const classified = units.map((u) => {
    const cls = classOf(u, breaks);
    if (cls) counts[cls.deprivation][cls.absence] += 1;
    return { ...u, cls, absenceRank: absenceRanks.get(u.id) ?? null, deprivationRank: deprivationRanks.get(u.id) ?? null };
  });
  return { breaks, units: classified, counts, noData: classified.filter((u) => !u.cls).map((u) => u.id) };
}

/** "high absence, low deprivation" */
export const classLabel = (cls: BivariateClass | null): string =>
  cls ? `${TERTILE_LABELS[cls.absence]} absence, ${TERTILE_LABELS[cls.deprivation]} deprivation` : 'no data';

export interface SummaryInput {
  year: string;
  absenceLabel: string;
  deprivationLabel: string;
  units: readonly { macro: string; cls: BivariateClass | null }[];
  macros: readonly string[];
}

/** The pattern in one sentence, from the classes: how many classed LAs per macro-region are high on both. */
export function summaryText({ year, absenceLabel, deprivationLabel, units, macros }: SummaryInput): string {
  const parts = macros.map((macro) => {
    const classed = units.filter((u) => u.cls && u.macro === macro);
    const highHigh = classed.filter((u) => u.cls!.absence === 2 && u.cls!.deprivation === 2).length;
    const share = classed.length ? Math.round((100 * highHigh) / classed.length) : 0;
    return `${highHigh} of the ${classed.length} LAs in the ${macro} (${share}%)`;
  });
  const [first, ...rest] = parts;
  const others = rest.length ? `, against ${rest.slice(0, -1).join(', ')}${rest.length > 1 ? ' and ' : ''}${rest[rest.length - 1]}` : '';
  return `In ${year}, ${first} were in the top third of LAs for both ${absenceLabel.toLowerCase()} and ${deprivationLabel}${others}.`;
}
