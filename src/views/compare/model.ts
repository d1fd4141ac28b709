/** What the compare view draws for a state: chart points, colours and tables, the same at build time and in the browser. */
import { clearLeader, findingTitle } from '../../derive/finding-title';
import type { TrendPoint } from '../../charts/trend-chart';
import { LA_COLOUR, OTHER_LAS, REFERENCE_GREYS } from '../../charts/palette';
import { rankHighestFirst } from '../../derive/rank';
import { standing } from '../../derive/benchmark-text';
import { PRE_COVID_YEAR } from '../../config/periods';
import type { ComparePayload, CompareLa, CompareReference } from './payload';
import { slotsOf, type CompareState } from './state';
import { fixed, pct, signed } from '../../lib/format';
import { areaPhrase } from '../../derive/trend-text';

export function selectedLas(payload: ComparePayload, state: CompareState): CompareLa[] {
  return state.codes
    .map((c) => payload.las.find((la) => la.code === c))
    .filter((la): la is CompareLa => la !== undefined);
}

/**
 * Grey reference lines: England always, and a region: the highlighted LA's, else the one region every LA
 * shown is in (none when they span several).
 */
export function referencesFor(payload: ComparePayload, state: CompareState): CompareReference[] {
  const las = selectedLas(payload, state);
  const focus = las.find((la) => la.code === state.focus);
  const regions = [...new Set(las.map((la) => la.regionCode))];
  const regionCode = focus?.regionCode ?? (regions.length === 1 ? regions[0] : undefined);
  return payload.references.filter((r, i) => i === 0 || r.code === regionCode);
}

/** Colour of each line: the highlighted LA in the accent, others by their slot (stable), references grey. */
export function compareColours(payload: ComparePayload, state: CompareState): Record<string, string> {
  const slots = slotsOf(state);
  const refs = referencesFor(payload, state);
  return Object.fromEntries([
    ...selectedLas(payload, state).map((la) => [
      la.label,
      la.code === state.focus ? LA_COLOUR : OTHER_LAS[slots[state.codes.indexOf(la.code)] % OTHER_LAS.length],
    ]),
    ...refs.map((r, i) => [r.label, i === 0 ? REFERENCE_GREYS.england : REFERENCE_GREYS.region]),
  ]);
}

const lines = (payload: ComparePayload, state: CompareState) => [
  ...selectedLas(payload, state),
  ...referencesFor(payload, state),
];

export function comparePoints(payload: ComparePayload, state: CompareState): TrendPoint[] {
  const m = payload.measures.indexOf(state.measure);
  return lines(payload, state).flatMap((line) =>
    payload.years.map((year, i) => ({ year, series: line.label, value: line.values[m][i] })),
  );
}

export interface CompareTable {
  columns: { label: string; numeric?: boolean }[];
  rows: string[][];
}

/** Table: one row per year, one column per line (values to 1 dp, "no data" where not published). */
export function compareTable(payload: ComparePayload, state: CompareState): CompareTable {
  const m = payload.measures.indexOf(state.measure);
  const shown = lines(payload, state);
  return {
    columns: [{ label: 'Academic year' }, ...shown.map((line) => ({ label: `${line.label} (%)`, numeric: true }))],
    rows: payload.years.map((year, i) => [year, ...shown.map((line) => fixed(line.values[m][i]))]),
  };
}

const lastIndex = (payload: ComparePayload) => payload.years.length - 1;

export interface LatestRow {
  label: string;
  latest: number | null;
  /** Percentage points since PRE_COVID_YEAR. */
  change: number | null;
  /** Among all LAs with data in the latest year, 1 = highest; none for England and regions. */
  rank: { rank: number; of: number } | undefined;
}

/** Latest value, change since before COVID and rank among all LAs, for each line shown. */
export function latestRows(payload: ComparePayload, state: CompareState): LatestRow[] {
  const m = payload.measures.indexOf(state.measure);
  const now = lastIndex(payload);
  const ranks = rankHighestFirst(new Map(payload.las.map((la) => [la.code, la.values[m][now]])));
  const row = (line: CompareLa | CompareReference, rank: boolean): LatestRow => ({
    label: line.label,
    latest: line.values[m][now],
    change: line.changes[m],
    rank: rank ? ranks.get(line.code) : undefined,
  });
  return [
    ...selectedLas(payload, state).map((la) => row(la, true)),
    ...referencesFor(payload, state).map((r) => row(r, false)),
  ];
}

export function latestTable(payload: ComparePayload, state: CompareState): CompareTable {
  const year = payload.years[lastIndex(payload)];
  return {
    columns: [
      { label: 'Area' },
      { label: `${year} (%)`, numeric: true },
      { label: `Change since ${PRE_COVID_YEAR} (pp)`, numeric: true },
      {
        label: `Rank of ${payload.las.filter((la) => la.values[payload.measures.indexOf(state.measure)][lastIndex(payload)] !== null).length} LAs (1 = highest)`,
        numeric: true,
      },
    ],
    rows: latestRows(payload, state).map((r) => [
      r.label,
      fixed(r.latest),
      signed(r.change),
      r.rank ? String(r.rank.rank) : '–',
    ]),
  };
}

/** The status line under the controls, for a number of LAs shown. */
export function compareStatus(count: number, max: number): string {
  if (count >= max) return `${max} local authorities shown (the most); remove one to add another.`;
  return count < 2 ? 'Add at least one more local authority to compare.' : `${count} local authorities shown.`;
}

/** Title, text alternative and the summary sentence under the chart, generated from the values shown. */
export function compareText(payload: ComparePayload, state: CompareState, measureLabel: string) {
  const m = payload.measures.indexOf(state.measure);
  const las = selectedLas(payload, state);
  const latest = (la: CompareLa) => {
    const i = la.values[m].findLastIndex((v) => v !== null);
    return i < 0 ? `${la.label}: no data` : `${la.label} ${pct(la.values[m][i])} in ${payload.years[i]}`;
  };
  const year = payload.years[lastIndex(payload)];
  const rows = latestRows(payload, state);
  const withData = rows.filter((r) => r.rank !== undefined && r.latest !== null);
  const inGroup = rankHighestFirst(new Map(withData.map((r) => [r.label, r.latest])));
  const subject = las.find((la) => la.code === state.focus);
  const [top, bottom] = [
    withData.find((r) => inGroup.get(r.label)?.rank === 1),
    withData.find((r) => inGroup.get(r.label)?.rank === withData.length),
  ];
  const refs = rows
    .filter((r) => r.rank === undefined)
    .map((r) => `${r.label} ${pct(r.latest)}`)
    .join(', ');
  const measure = measureLabel.toLowerCase();
  let sentence = `No ${year} figures for these local authorities.`;
  if (subject && inGroup.get(subject.label)) {
    const r = inGroup.get(subject.label)!;
    sentence = `In ${year} ${subject.label} had ${standing(r)} ${measure} of the ${r.of} local authorities shown (${pct(rows.find((x) => x.label === subject.label)!.latest)}; ${refs}).`;
  } else if (top && bottom) {
    sentence = `In ${year} ${areaPhrase(top.label)} had the highest ${measure} of the ${withData.length} local authorities shown (${pct(top.latest)}) and ${areaPhrase(bottom.label)} the lowest (${pct(bottom.latest)}); ${refs}.`;
  }
  const neutral = `${measureLabel}: ${las.map((la) => la.label).join(', ')}`;
  const leader = clearLeader(withData.map((r) => ({ name: r.label, value: r.latest })));
  return {
    title: findingTitle(
      leader &&
        (withData.length === 2
          ? `${leader.name} had higher ${measure} than ${withData.find((r) => r.label !== leader.name)!.label} in ${year}`
          : `${areaPhrase(leader.name)} had the highest ${measure} of the ${withData.length} local authorities in ${year}`),
      neutral,
    ),
    lead: leader ? `${neutral}. ` : '',
    summary: `Line chart of ${measure} from ${payload.years[0]} to ${payload.years.at(-1)}, with England${rows.length - las.length > 1 ? ' and the region' : ''} in grey. Latest values: ${las.map(latest).join('; ')}.`,
    sentence,
  };
}
