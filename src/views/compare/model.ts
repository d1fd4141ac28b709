/** What the compare view draws for a state: chart points and table rows, the same at build time and in the browser. */
import type { TrendPoint } from '../../charts/trend-chart';
import type { ComparePayload, CompareLa } from '../../lib/compare-data';
import type { CompareState } from './state';

export function selectedLas(payload: ComparePayload, state: CompareState): CompareLa[] {
  return state.codes.map((c) => payload.las.find((la) => la.code === c)).filter((la): la is CompareLa => la !== undefined);
}

export function comparePoints(payload: ComparePayload, state: CompareState): TrendPoint[] {
  const m = payload.measures.indexOf(state.measure);
  return selectedLas(payload, state).flatMap((la) => payload.years.map((year, i) => ({ year, series: la.label, value: la.values[m][i] })));
}

export interface CompareTable {
  columns: { label: string; numeric?: boolean }[];
  rows: string[][];
}

/** Table: one row per year, one column per LA (values to 1 dp, "no data" where not published). */
export function compareTable(payload: ComparePayload, state: CompareState): CompareTable {
  const m = payload.measures.indexOf(state.measure);
  const las = selectedLas(payload, state);
  return {
    columns: [{ label: 'Academic year' }, ...las.map((la) => ({ label: `${la.label} (%)`, numeric: true }))],
    rows: payload.years.map((year, i) => [year, ...las.map((la) => { const v = la.values[m][i]; return v === null ? 'no data' : v.toFixed(1); })]),
  };
}

/** The status line under the controls, for a number of LAs shown. */
export function compareStatus(count: number, max: number): string {
  if (count >= max) return `${max} local authorities shown (the most); remove one to add another.`;
  return count < 2 ? 'Add at least one more local authority to compare.' : `${count} local authorities shown.`;
}

const fmt = (v: number | null) => (v === null ? 'no data' : `${v.toFixed(1)}%`);

/** Title and text alternative, generated from the values shown. */
export function compareText(payload: ComparePayload, state: CompareState, measureLabel: string) {
  const m = payload.measures.indexOf(state.measure);
  const las = selectedLas(payload, state);
  const latest = (la: CompareLa) => {
    const i = la.values[m].findLastIndex((v) => v !== null);
    return i < 0 ? `${la.label}: no data` : `${la.label} ${fmt(la.values[m][i])} in ${payload.years[i]}`;
  };
  return {
    title: `${measureLabel}: ${las.map((la) => la.label).join(', ')}`,
    summary: `Line chart of ${measureLabel.toLowerCase()} from ${payload.years[0]} to ${payload.years.at(-1)}. Latest values: ${las.map(latest).join('; ')}.`,
  };
}
