/** CSV output for downloads and the data API (papaparse; missing values are empty cells). */
import Papa from 'papaparse';

/**
 * Spreadsheets run a cell that starts with =, +, -, @, tab or CR as a formula. Text cells (names, codes,
 * anything read from a raw file or a URL) that start so get a leading apostrophe (papaparse's escapeFormulae:
 * the cell is shown as text). Numbers are values our code computed and are written as numbers, so a negative
 * gap stays -1.5, a number a spreadsheet reads as one; only strings are escaped.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv<T extends Record<string, unknown>>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
  comment?: string,
): string {
  const body = Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) },
    { newline: '\n', escapeFormulae: FORMULA_START },
  );
  // Comment lines start with '#'; a comma in them starts a new cell, so none may be followed by a formula start.
  const header = comment
    ? comment
        .split('\n')
        .map((line) => `# ${line.replace(/,(?=[=+\-@\t\r])/g, ', ')}`)
        .join('\n') + '\n'
    : '';
  return `${header}${body}\n`;
}
