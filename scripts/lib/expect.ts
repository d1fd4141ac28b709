/**
 * Checks a raw file against what the source registry expects of its release (scripts/sources.ts,
 * `expect`), and the checks every table of counts by area must pass: one row per key, plausible
 * counts, codes that existed that year, and regional and national totals that are the sums of their parts.
 */
import type { AbsenceCounts } from '../../src/data/absence-columns';
import { SOURCES, type Expectations, type SourceFile } from '../sources';
import { DataError } from './errors';
import type { CellContext } from './values';

const byPath = new Map<string, { source: SourceFile; expect?: Expectations }>();
for (const source of Object.values(SOURCES) as SourceFile[]) {
  byPath.set(source.path, { source, expect: source.expect });
  // The publisher's file has other rows than the copy, but must cover the same years, areas and school types.
  if (source.official)
    byPath.set(source.official.path, {
      source,
      expect: source.official.expect ?? { ...source.expect, rows: undefined },
    });
}

/** The registry's expectations for the file read under `label` (its path in the data directory). */
export const expectationsFor = (label: string): Expectations | undefined => byPath.get(label)?.expect;

const rowsRead = new Map<string, { rows: number; what: string }>();
const coverage: (() => void)[] = [];

/** Notes how many rows a raw file had, to compare with the registry in `checkExpectations`. */
export function recordRows(label: string, rows: number, what = 'data rows'): void {
  if (process.env.ATLAS_PRINT_ROWS) process.stderr.write(`rows ${label} ${rows}\n`);
  rowsRead.set(label, { rows, what });
}

/** Notes a file's records, to check their years, areas and school types in `checkExpectations`. */
export function recordCoverage(label: string, records: readonly CoverageRecord[]): void {
  coverage.push(() => checkCoverage(label, records));
}

export function forgetExpectations(): void {
  rowsRead.clear();
  coverage.length = 0;
}

/**
 * Compares what was read with what the registry expects of each release: coverage (a lost year,
 * level or school type), then row counts (a truncated or partial download). Run after every row
 * was validated, so a broken row is reported as such. Clears what was recorded.
 */
export function checkExpectations(): void {
  const read = [...rowsRead];
  const checks = [...coverage];
  forgetExpectations();
  for (const check of checks) check();
  for (const [label, { rows, what }] of read) {
    const entry = byPath.get(label);
    const expected = entry?.expect?.rows;
    if (expected !== undefined && rows < expected) {
      throw new DataError(
        label,
        `${rows} ${what}, but the registry expects at least ${expected} for ${entry!.source.release} (a file cut short, or a release that lost rows?)`,
      );
    }
  }
}

export interface CoverageRecord {
  year: string;
  level?: string;
  code?: string;
  schoolType?: string;
}

/** Every expected year is present, with at least the expected number of areas per level and every school type. */
export function checkCoverage(
  label: string,
  records: readonly CoverageRecord[],
  expect = expectationsFor(label),
): void {
  if (!expect) return;
  const years = new Set(records.map((r) => r.year));
  const lost = (expect.years ?? []).filter((y) => !years.has(y));
  if (lost.length)
    throw new DataError(label, `year(s) ${lost.join(', ')} missing; the registry expects ${expect.years!.join(', ')}`);
  for (const [level, counts] of Object.entries(expect.areas ?? {})) {
    for (const [year, expected] of Object.entries(counts)) {
      const found = new Set(records.filter((r) => r.year === year && r.level === level).map((r) => r.code)).size;
      if (found < expected)
        throw new DataError(label, `${year}: ${found} ${level} area(s), the registry expects ${expected}`);
    }
  }
  for (const [level, types] of Object.entries(expect.schoolTypes ?? {})) {
    const have = new Map<string, Set<string>>();
    for (const r of records) {
      if (r.level !== level) continue;
      const key = `${r.year} ${r.code}`;
      have.set(key, (have.get(key) ?? new Set()).add(r.schoolType ?? ''));
    }
    for (const [key, found] of have) {
      const lacking = types.filter((t) => !found.has(t));
      if (lacking.length)
        throw new DataError(label, `${level} ${key} has no row for school type(s) ${lacking.join(', ')}`);
    }
  }
}

/** Remembers keys with the row they came from; a second row with the same key is an error, equal or not. */
export function uniqueKeys(label: string, what: string) {
  const seen = new Map<string, number>();
  return (key: string, row: number, column?: string) => {
    const first = seen.get(key);
    if (first !== undefined)
      throw new DataError(label, `duplicate ${what} ${key} (first on row ${first})`, row, column);
    seen.set(key, row);
  };
}

/** Counts that cannot all be right: more absent sessions than possible, more absentees than pupils. */
export function checkCountsPlausible(
  c: Partial<AbsenceCounts>,
  at: (column: string) => CellContext,
  columns: Partial<Record<keyof AbsenceCounts, string>>,
): void {
  const fail = (field: keyof AbsenceCounts, why: string): never => {
    const cell = at(columns[field] ?? field);
    throw new DataError(cell.file, why, cell.row, cell.column);
  };
  const over = (part: keyof AbsenceCounts, whole: keyof AbsenceCounts, words: string) => {
    const [p, w] = [c[part], c[whole]];
    if (p != null && w != null && p > w) fail(part, `${p} ${words} ${w} (${columns[whole] ?? whole})`);
  };
  over('sessOverall', 'sessPossible', 'absent sessions is more than the possible sessions,');
  over('sessAuthorised', 'sessOverall', 'authorised absent sessions is more than all absent sessions,');
  over('sessUnauthorised', 'sessOverall', 'unauthorised absent sessions is more than all absent sessions,');
  over('pa10', 'enrolments', 'persistent absentees is more than the enrolments,');
  over('pa50', 'pa10', 'severe absentees is more than the persistent absentees,');
  const { sessAuthorised: a, sessUnauthorised: u, sessOverall: o } = c;
  if (a != null && u != null && o != null && a + u !== o) {
    fail('sessOverall', `${o} absent sessions is not authorised ${a} + unauthorised ${u}`);
  }
}

/** A row of a table of counts by area: LAs carry their region (or Inner/Outer London). */
export interface AreaRow {
  year: string;
  level: string;
  code: string;
  name: string;
  regionCode: string | null;
}

export interface AreaCounts extends AreaRow, AbsenceCounts {
  schoolType: string;
}

/**
 * DfE's regional and national rows are sums of their LAs and regions: a total that differs by more
 * than rounding (half a unit per part) means a dropped, duplicated or altered row. `cell` names the
 * rest of a row's key (school type, pupil group), `fields` the counts to compare.
 */
export function checkTotals<T extends AreaRow>(
  label: string,
  records: readonly T[],
  fields: readonly (keyof T & string)[],
  cell: (r: T) => string,
): void {
  const sums = new Map<string, { parts: number; counts: Record<string, number | null> }>();
  const add = (key: string, r: T) => {
    const s = sums.get(key) ?? { parts: 0, counts: Object.fromEntries(fields.map((f) => [f, 0])) };
    s.parts += 1;
    for (const f of fields) {
      const v = r[f] as number | null;
      s.counts[f] = s.counts[f] === null || v === null ? null : s.counts[f]! + v;
    }
    sums.set(key, s);
  };
  for (const r of records) {
    if (r.level === 'Local authority' && r.regionCode) add(`${r.year}|${cell(r)}|${r.regionCode}`, r);
    if (r.level === 'Regional') add(`${r.year}|${cell(r)}|national`, r);
  }
  for (const r of records) {
    if (r.level !== 'Regional' && r.level !== 'National') continue;
    const sum = sums.get(`${r.year}|${cell(r)}|${r.level === 'Regional' ? r.code : 'national'}`) ?? {
      parts: 0,
      counts: {},
    };
    for (const f of fields) {
      const [total, parts] = [r[f] as number | null, sum.counts[f] ?? 0];
      if (total === null || parts === null) continue; // a suppressed part: nothing to compare
      if (Math.abs(total - parts) > sum.parts / 2) {
        throw new DataError(
          label,
          `${r.level} ${f} for ${r.name} (${r.code}), ${r.year}, ${cell(r)} is ${total}, but its ${sum.parts} ${r.level === 'Regional' ? 'LAs' : 'regions'} sum to ${parts} (DfE's totals are sums of their parts: a dropped or changed row?)`,
        );
      }
    }
  }
}

export interface CodePeriod {
  code: string;
  regionCode: string;
  from: Date | null;
  to: Date | null;
}

/** DfE's files give years before the 1 April 2009 reorganisation under old or new codes: both are known. */
const RESTATED_UNTIL = new Date(Date.UTC(2009, 3, 1));
const latest = (a: Date, b: Date) => (a > b ? a : b);
/** DfE keeps an old code until the first academic year that starts after the change, so a code ended up to a year earlier is known. */
const GRACE_YEARS = 1;

/** An LA code must have been in force during the academic year, in the region the lookup gives it; regions must be known. */
export function checkAreaCodes(
  label: string,
  records: readonly AreaCounts[],
  regions: ReadonlySet<string>,
  periods: readonly CodePeriod[],
  lookupLabel: string,
): void {
  const region = records.find(
    (r) => (r.level === 'Regional' && !regions.has(r.code)) || (r.regionCode !== null && !regions.has(r.regionCode)),
  );
  if (region)
    throw new DataError(
      label,
      `unknown region code ${region.level === 'Regional' ? region.code : region.regionCode} (${region.name}, ${region.year})`,
      undefined,
      'region code',
    );
  const byCode = new Map<string, CodePeriod[]>();
  for (const p of periods) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p]);
  const checked = new Set<string>();
  for (const r of records) {
    if (r.level !== 'Local authority' || checked.has(`${r.code}|${r.year}`)) continue;
    checked.add(`${r.code}|${r.year}`);
    const start = new Date(Date.UTC(Number(r.year.slice(0, 4)) - GRACE_YEARS, 8, 1));
    const end = latest(new Date(Date.UTC(Number(r.year.slice(0, 4)) + 1, 7, 31)), RESTATED_UNTIL);
    const known = byCode.get(r.code);
    if (!known)
      throw new DataError(
        label,
        `unknown LA code ${r.code} (${r.name}, ${r.year}): not in ${lookupLabel}`,
        undefined,
        'LA code',
      );
    const period = known.find((p) => (p.from === null || p.from <= end) && (p.to === null || p.to >= start));
    if (!period)
      throw new DataError(
        label,
        `LA code ${r.code} (${r.name}) was not in force in ${r.year} (${lookupLabel})`,
        undefined,
        'LA code',
      );
    if (r.regionCode && period.regionCode && r.regionCode !== period.regionCode) {
      throw new DataError(
        label,
        `LA ${r.code} (${r.name}, ${r.year}) is in region ${r.regionCode}, but ${lookupLabel} puts it in ${period.regionCode}`,
        undefined,
        'region code',
      );
    }
  }
}
