/**
 * Bivariate classes: each unit's absence and deprivation put into tertiles (low, middle, high)
 * across the units that have both values.
 *
 * Breaks are values from the data: the largest value of the lowest third and of the lowest two
 * thirds (sorted ascending, positions ceil(n/3) and ceil(2n/3)). A value equal to a break falls in
 * the lower class, so equal values always share a class (ties are never split, and a tertile can
 * hold more than a third when values tie at a break). Fewer than three complete units give no
 * breaks: every unit is then "no data" rather than classed on too little.
 *
 * The second variable is deprivation by default; it can be another measure of need whose LOW values
 * mark need (school readiness, attainment). Its tertiles and ranks then run from the lowest value:
 * tertile 2 ("high need") holds the lowest third, rank 1 is the lowest value. Breaks stay in the
 * variable's own units.
 */
import { rankHighestFirst, type Rank } from './rank';
import type { NeedAxis } from '../config/map-options';

export type Tertile = 0 | 1 | 2;
export type Breaks = readonly [number, number];
export const TERTILE_LABELS = ['low', 'middle', 'high'] as const;

export const DEPRIVATION_AXIS: NeedAxis = { name: 'deprivation', lowerIsNeed: false };

export interface BivariateClass {
  absence: Tertile;
  need: Tertile;
}

export interface BivariateInput {
  id: string;
  absence: number | null;
  need: number | null;
}

export interface Classified extends BivariateInput {
  /** Null when either value is missing or there are too few units to classify. */
  cls: BivariateClass | null;
  /** 1 = highest (of the second variable: highest need), equal values sharing a rank, "of" the units with a value; null without a value. */
  absenceRank: Rank | null;
  needRank: Rank | null;
}

export interface Classification {
  breaks: { absence: Breaks; need: Breaks } | null;
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

export const tertileOf = (value: number, [low, middle]: Breaks): Tertile =>
  value <= low ? 0 : value <= middle ? 1 : 2;

const sign = (lowerIsNeed: boolean) => (lowerIsNeed ? -1 : 1);
/** The second variable oriented so that higher always means more need. */
const needOf = (value: number | null, lowerIsNeed: boolean) => (value === null ? null : sign(lowerIsNeed) * value);
const reorient = ([a, b]: Breaks, lowerIsNeed: boolean): Breaks => [sign(lowerIsNeed) * a, sign(lowerIsNeed) * b];

export function classOf(
  unit: BivariateInput,
  breaks: Classification['breaks'],
  lowerIsNeed = false,
): BivariateClass | null {
  if (!breaks || !isNumber(unit.absence) || !isNumber(unit.need)) return null;
  const need = needOf(unit.need, lowerIsNeed) as number;
  return {
    absence: tertileOf(unit.absence, breaks.absence),
    need: tertileOf(need, reorient(breaks.need, lowerIsNeed)),
  };
}

/** Tertile breaks of both variables across the units that have both values (in each variable's own units). */
export function bivariateBreaks(units: readonly BivariateInput[], lowerIsNeed = false): Classification['breaks'] {
  const complete = units.filter((u) => isNumber(u.absence) && isNumber(u.need));
  const absence = tertileBreaks(complete.map((u) => u.absence as number));
  const need = tertileBreaks(complete.map((u) => needOf(u.need, lowerIsNeed) as number));
  return absence && need ? { absence, need: reorient(need, lowerIsNeed) } : null;
}

export interface ClassifyOptions {
  /** Breaks computed elsewhere (the browser passes the build's); default: from these units. */
  breaks?: Classification['breaks'];
  lowerIsNeed?: boolean;
}

/** Classes, ranks and cell counts. */
export function classify(
  units: readonly BivariateInput[],
  { lowerIsNeed = false, breaks = bivariateBreaks(units, lowerIsNeed) }: ClassifyOptions = {},
): Classification {
  const absenceRanks = rankHighestFirst(new Map(units.map((u) => [u.id, u.absence])));
  const needRanks = rankHighestFirst(new Map(units.map((u) => [u.id, needOf(u.need, lowerIsNeed)])));
  const counts = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const classified = units.map((u) => {
    const cls = classOf(u, breaks, lowerIsNeed);
    if (cls) counts[cls.need][cls.absence] += 1;
    return { ...u, cls, absenceRank: absenceRanks.get(u.id) ?? null, needRank: needRanks.get(u.id) ?? null };
  });
  return { breaks, units: classified, counts, noData: classified.filter((u) => !u.cls).map((u) => u.id) };
}

/** "low" for the second variable's tertile 2 when its low values mark need. */
export const needTertileLabel = (t: Tertile, axis: NeedAxis = DEPRIVATION_AXIS) =>
  TERTILE_LABELS[axis.lowerIsNeed ? 2 - t : t];

/** "high absence, low deprivation"; "high absence, low school readiness" */
export const classLabel = (cls: BivariateClass | null, axis: NeedAxis = DEPRIVATION_AXIS): string =>
  cls ? `${TERTILE_LABELS[cls.absence]} absence, ${needTertileLabel(cls.need, axis)} ${axis.name}` : 'no data';

export interface SummaryInput {
  year: string;
  absenceLabel: string;
  needLabel: string;
  /** The second variable's need is its low values: "the bottom third for school readiness". */
  lowerIsNeed?: boolean;
  units: readonly { macro: string; cls: BivariateClass | null }[];
  macros: readonly string[];
}

/** The pattern in one sentence, from the classes: how many classed LAs per macro-region are high on both. */
export function summaryText({
  year,
  absenceLabel,
  needLabel,
  lowerIsNeed = false,
  units,
  macros,
}: SummaryInput): string {
  if (!units.some((u) => u.cls))
    return `In ${year}, no LAs can be classed: ${needLabel} is not published for that year.`;
  const parts = macros.map((macro) => {
    const classed = units.filter((u) => u.cls && u.macro === macro);
    const highHigh = classed.filter((u) => u.cls!.absence === 2 && u.cls!.need === 2).length;
    const share = classed.length ? Math.round((100 * highHigh) / classed.length) : 0;
    return `${highHigh} of the ${classed.length} LAs in the ${macro} (${share}%)`;
  });
  const [first, ...rest] = parts;
  const others = rest.length
    ? `, against ${rest.slice(0, -1).join(', ')}${rest.length > 1 ? ' and ' : ''}${rest[rest.length - 1]}`
    : '';
  const both = lowerIsNeed
    ? `in the top third of LAs for ${absenceLabel.toLowerCase()} and the bottom third for ${needLabel}`
    : `in the top third of LAs for both ${absenceLabel.toLowerCase()} and ${needLabel}`;
  return `In ${year}, ${first} were ${both}${others}.`;
}
