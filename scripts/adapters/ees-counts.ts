/** The absence count columns of DfE's EES data standard, read once for every adapter of an EES-format file. */
import type { AbsenceCounts, CountField } from '../../src/data/absence-columns';
import { parseCount, type CellContext } from '../lib/values';

export const EES_COUNT_COLUMNS: Record<CountField, string> = {
  enrolments: 'enrolments',
  sessPossible: 'sess_possible',
  sessOverall: 'sess_overall',
  sessAuthorised: 'sess_authorised',
  sessUnauthorised: 'sess_unauthorised',
  pa10: 'enrolments_pa_10_exact',
  pa50: 'enrolments_pa_50_exact',
};

/** Parses a row's counts; fields listed in `notInFile` are missing (null), never 0. */
export function parseEesCounts(
  row: Record<string, string>,
  at: (column: string) => CellContext,
  notInFile: readonly CountField[] = [],
): AbsenceCounts {
  const counts = {} as AbsenceCounts;
  for (const [field, column] of Object.entries(EES_COUNT_COLUMNS) as [CountField, string][]) {
    counts[field] = notInFile.includes(field) ? null : parseCount(row[column], at(column));
  }
  return counts;
}
