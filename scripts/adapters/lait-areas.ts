/**
 * Maps LAIT areas (a name and DfE's old 3-digit LA number) to GSS codes. LAs go through DfE's LA
 * lookup (geography/las.csv), which keeps terminated LAs and combined rows such as
 * "E06000061 / E06000062" for "940 / 941". A number can have held several codes over time (815 North
 * Yorkshire: E10000023, then E06000065 from April 2023), so the code depends on the academic year.
 * Any area that does not map is a DataError: nothing is dropped silently.
 */
import { ENGLAND, INNER_LONDON, LONDON, OUTER_LONDON, REGIONS } from '../../src/config/geography';
import { startYear } from '../../src/config/periods';
import type { AreaLevel } from '../../src/config/context-indicators';
import { DataError } from '../lib/errors';
import { readCsv, rowNumber } from '../lib/read-csv';

export interface MappedArea {
  code: string;
  name: string;
  level: AreaLevel;
  /** The region of an LA (E12…), or London for Inner/Outer London; null for England and regions. */
  regionCode: string | null;
}

interface LaPeriod extends MappedArea {
  from: Date;
  to: Date | null;
}

/** LAIT's numbers for England, the regions and Inner/Outer London, with the names it uses for them. */
const SUMMARY_AREAS: Record<number, { lait: string; area: MappedArea }> = {
  970: { lait: 'England', area: { ...ENGLAND, level: 'National', regionCode: null } },
  ...Object.fromEntries(
    [980, 981, 982, 983, 984, 985, 986, 989, 990].map((n, i) => [
      n,
      {
        lait: REGIONS[i].name,
        area: { code: REGIONS[i].code, name: REGIONS[i].name, level: 'Regional', regionCode: null },
      },
    ]),
  ),
  987: { lait: 'London (Inner)', area: { ...INNER_LONDON, level: 'Sub-regional', regionCode: LONDON.code } },
  988: { lait: 'London (Outer)', area: { ...OUTER_LONDON, level: 'Sub-regional', regionCode: LONDON.code } },
};

const LONDON_TAGS = new Set(['Inner London', 'Outer London']);

function parseDate(text: string, at: { file: string; row: number; column: string }): Date | null {
  if (!text.trim()) return null;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (!m) throw new DataError(at.file, `expected a dd/mm/yyyy date, got "${text}"`, at.row, at.column);
  return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
}

/** Reads las.csv into one period of operation per (old LA number, GSS code), splitting combined rows. */
export function readLaLookup(path: string, label = path): Map<number, LaPeriod[]> {
  const table = readCsv(
    path,
    ['new_la_code', 'la_name', 'date_of_operation', 'date_of_termination', 'parent_geography_code', 'old_la_code'],
    label,
  );
  const byNumber = new Map<number, LaPeriod[]>();
  table.rows.forEach((r, i) => {
    const at = (column: string) => ({ file: label, row: rowNumber(i), column });
    const numbers = r.old_la_code.split(' / ');
    const codes = r.new_la_code.split(' / ');
    const names = r.la_name.split(' / ');
    if (numbers.length !== codes.length || names.length !== codes.length) {
      throw new DataError(
        label,
        `combined row does not pair codes, names and numbers: "${r.new_la_code}"`,
        rowNumber(i),
        'new_la_code',
      );
    }
    numbers.forEach((number, j) => {
      if (!/^\d{3}$/.test(number.trim())) return; // "x": an LA abolished before DfE numbered it
      const period: LaPeriod = {
        code: codes[j].trim(),
        name: names[j].trim(),
        level: 'Local authority',
        regionCode: r.parent_geography_code.trim(),
        from: parseDate(r.date_of_operation, at('date_of_operation'))!,
        to: parseDate(r.date_of_termination, at('date_of_termination')),
      };
      const key = Number(number);
      const list = byNumber.get(key) ?? [];
      if (!list.some((p) => p.code === period.code)) byNumber.set(key, [...list, period]);
    });
  });
  return byNumber;
}

const inForce = (p: LaPeriod, day: Date) => p.from <= day && (p.to === null || day <= p.to);

/**
 * The GSS code of an LA number in an academic year: the code in force on 1 September (as DfE's
 * absence files use it), else the one in force by 31 August at the year's end (a successor LA
 * whose first results DfE published under its new code, e.g. North Northamptonshire in 2020/21).
 */
export function laCodeFor(periods: readonly LaPeriod[], year: string): LaPeriod | undefined {
  const start = new Date(Date.UTC(startYear(year), 8, 1));
  const end = new Date(Date.UTC(startYear(year) + 1, 7, 31));
  return periods.find((p) => inForce(p, start)) ?? periods.find((p) => inForce(p, end));
}

export interface LaitArea {
  area: string;
  laNumber: number;
  regionTag: string | null;
  year: string;
  value: number | null;
}

/**
 * Maps one LAIT area-year to a GSS area, checking its name or region tag; throws a DataError naming
 * the area and row. Null only for a missing value in a year the LA did not exist (LAIT pads every
 * area to every year with "-").
 */
export function mapLaitArea(
  lookup: ReadonlyMap<number, LaPeriod[]>,
  a: LaitArea,
  at: { file: string; row: number },
): MappedArea | null {
  const fail = (why: string) => {
    throw new DataError(
      at.file,
      `LAIT area "${a.area}" (LA number ${a.laNumber}, ${a.year}) ${why}`,
      at.row,
      'LA and Regions',
    );
  };
  const summary = SUMMARY_AREAS[a.laNumber];
  if (summary) {
    if (summary.lait.toLowerCase() !== a.area.toLowerCase())
      fail(`is not "${summary.lait}", the area DfE numbers ${a.laNumber}`);
    return summary.area;
  }
  const periods = lookup.get(a.laNumber);
  if (!periods) return fail('has no entry in the LA lookup');
  const period = laCodeFor(periods, a.year);
  if (!period) return a.value === null ? null : fail(`has a value but no GSS code in force during ${a.year}`);
  const taggedRegion = a.regionTag && LONDON_TAGS.has(a.regionTag) ? 'London' : a.regionTag;
  const region = REGIONS.find((r) => r.code === period.regionCode);
  if (!region || region.name.toLowerCase() !== taggedRegion?.toLowerCase()) {
    fail(`is tagged "${a.regionTag}" but the LA lookup puts ${period.code} in ${region?.name ?? period.regionCode}`);
  }
  const { from: _from, to: _to, ...area } = period;
  return area;
}
