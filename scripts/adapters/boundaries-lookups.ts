/** Adapters for the LA lookup tables: DfE's LA list, ONS LTLA -> UTLA 2019, DfE LAD -> LA by year, mySociety's successors. */
import { DataError } from '../lib/errors';
import { readCsv, rowNumber } from '../lib/read-csv';
import type { CodePeriod } from '../lib/expect';
import { parseText, type CellContext } from '../lib/values';

const GSS = /^E\d{8}$/;

/**
 * DfE's EES LA list (las.csv): GSS code -> DfE three-digit LA code, or null where DfE marks none ("x",
 * counties abolished in 2009). Combined pseudo-codes are skipped.
 */
export function readDfeLaCodes(path: string, label: string): Map<string, string | null> {
  const table = readCsv(path, ['new_la_code', 'la_name', 'old_la_code'], label);
  const codes = new Map<string, string | null>();
  table.rows.forEach((r, i) => {
    // Skip DfE's pseudo-areas for combined returns ("E06000061 / E06000062") and its "z" (not applicable) row.
    if (r.new_la_code.includes('/') || r.new_la_code.trim() === 'z') return;
    const at = (column: string) => ({ file: label, row: rowNumber(i), column });
    const old = parseText(r.old_la_code, at('old_la_code'), /^(\d{3}|x)$/);
    codes.set(parseText(r.new_la_code, at('new_la_code'), GSS), old === 'x' ? null : old);
  });
  return codes;
}

/**
 * DfE's LA list as periods of operation: code, region, from, to. The list's earliest date (DfE's 2009
 * renumbering) is read as "since before the data", so LAs of earlier years are known too.
 */
export function readLaPeriods(path: string, label: string): CodePeriod[] {
  const table = readCsv(
    path,
    ['new_la_code', 'date_of_operation', 'date_of_termination', 'parent_geography_code'],
    label,
  );
  const date = (text: string, at: CellContext) => {
    if (!text.trim()) return null;
    const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
    if (!m) throw new DataError(label, `expected a dd/mm/yyyy date, got "${text}"`, at.row, at.column);
    return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
  };
  const periods = table.rows.flatMap((r, i) => {
    if (r.new_la_code.includes('/') || r.new_la_code.trim() === 'z') return [];
    const at = (column: string) => ({ file: label, row: rowNumber(i), column });
    return [
      {
        code: parseText(r.new_la_code, at('new_la_code'), GSS),
        regionCode: r.parent_geography_code.trim(),
        from: date(r.date_of_operation, at('date_of_operation')),
        to: date(r.date_of_termination, at('date_of_termination')),
      },
    ];
  });
  const earliest = Math.min(...periods.map((p) => p.from?.getTime() ?? Infinity));
  return periods.map((p) => (p.from?.getTime() === earliest ? { ...p, from: null } : p));
}

/** ONS LTLA19 -> UTLA19 (England only): district code -> upper-tier code. */
export function readLtlaToUtla2019(path: string, label: string): Map<string, string> {
  const table = readCsv(path, ['LTLA19CD', 'UTLA19CD'], label);
  const lookup = new Map<string, string>();
  table.rows.forEach((r, i) => {
    const at = (column: string) => ({ file: label, row: rowNumber(i), column });
    const ltla = parseText(r.LTLA19CD, at('LTLA19CD'), /^[EW]\d{8}$/);
    if (ltla.startsWith('E')) lookup.set(ltla, parseText(r.UTLA19CD, at('UTLA19CD'), GSS));
  });
  return lookup;
}

/** DfE ward hierarchy: LAD code -> DfE LA code, from the rows of the most recent year included. */
export function readLadToLaLatest(path: string, label: string): Map<string, string> {
  const table = readCsv(path, ['most_recent_year_included', 'lad_code', 'new_la_code'], label);
  const latest = Math.max(...table.rows.map((r) => Number(r.most_recent_year_included)));
  const lookup = new Map<string, string>();
  table.rows.forEach((r, i) => {
    if (Number(r.most_recent_year_included) !== latest || !r.lad_code.startsWith('E')) return;
    const at = (column: string) => ({ file: label, row: rowNumber(i), column });
    const lad = parseText(r.lad_code, at('lad_code'), GSS);
    const la = parseText(r.new_la_code, at('new_la_code'), GSS);
    const known = lookup.get(lad);
    if (known && known !== la)
      throw new DataError(label, `LAD ${lad} maps to both ${known} and ${la}`, rowNumber(i), 'new_la_code');
    lookup.set(lad, la);
  });
  return lookup;
}

/**
 * mySociety's register: abolished district GSS code -> the GSS codes of the authorities that replaced it
 * (its `replaced-by` column holds three-letter register codes).
 */
export function readSuccessors(path: string, label: string): Map<string, string[]> {
  const table = readCsv(path, ['local-authority-code', 'gss-code', 'replaced-by'], label);
  const gssOf = new Map(table.rows.map((r) => [r['local-authority-code'], r['gss-code']]));
  const successors = new Map<string, string[]>();
  table.rows.forEach((r, i) => {
    if (!r['replaced-by'] || !r['gss-code'].startsWith('E')) return;
    const codes = r['replaced-by'].split(',').map((c) => {
      const gss = gssOf.get(c.trim());
      if (!gss) throw new DataError(label, `replaced-by "${c}" is not a listed authority`, rowNumber(i), 'replaced-by');
      return gss;
    });
    successors.set(r['gss-code'], codes);
  });
  return successors;
}
