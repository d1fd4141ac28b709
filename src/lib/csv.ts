/** CSV output for downloads and the data API (papaparse; missing values are empty cells). */
import Papa from 'papaparse';

export function toCsv<T extends Record<string, unknown>>(rows: readonly T[], columns: readonly (keyof T & string)[], comment?: string): string {
  const body = Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' });
  const header = comment ? comment.split('\n').map((line) => `# ${line}`).join('\n') + '\n' : '';
  return `${header}${body}\n`;
}
