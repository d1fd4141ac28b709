/**
 * Adapter for DfE's EES national characteristics file (2012/13 to 2018/19, `:` = not available):
 * one counts cell per characteristic, mapped to the site's dimensions and group names.
 * Only the all-school-types total is kept.
 */
import { DataError } from '../lib/errors';
import { checkCountsPlausible, recordCoverage, uniqueKeys } from '../lib/expect';
import { readCsv, rowNumber } from '../lib/read-csv';
import { parseAcademicYear, parseText } from '../lib/values';
import { EES_COUNT_COLUMNS, parseEesCounts } from './ees-counts';
import { ALL_DIM, ALL_PUPILS } from '../../src/config/subgroups';
import type { SubgroupCell } from '../../src/data/subgroups-columns';
import { ENGLAND } from '../../src/config/geography';

const REQUIRED = [
  'time_period',
  'geographic_level',
  'school_type',
  'characteristic_group',
  'characteristic',
  'enrolments',
  'sess_possible',
  'sess_overall',
  'sess_authorised',
  'sess_unauthorised',
  'enrolments_pa_10_exact',
] as const;

const MAJOR: Record<string, string> = {
  'White Total': 'White',
  'Mixed Total': 'Mixed',
  'Asian Total': 'Asian',
  'Black Total': 'Black',
  Chinese: 'Chinese',
  'Any Other Ethnic Group': 'Any other ethnic group',
  Unclassified: 'Ethnicity unclassified',
};
const MINOR: Record<string, string> = {
  'White British': 'White British',
  Irish: 'Irish',
  'Traveller of Irish heritage': 'Irish Traveller',
  'Gypsy Roma': 'Gypsy/Roma',
  'Any other white background': 'Any other White background',
  'White and Black Caribbean': 'White and Black Caribbean',
  'White and Black African': 'White and Black African',
  'White and Asian': 'White and Asian',
  'Any other Mixed background': 'Any other Mixed background',
  Indian: 'Indian',
  Pakistani: 'Pakistani',
  Bangladeshi: 'Bangladeshi',
  'Any other Asian background': 'Any other Asian background',
  'Black Caribbean': 'Black Caribbean',
  'Black African': 'Black African',
  'Any other black background': 'Any other Black background',
};
const NEEDS: Record<string, string> = {
  'Social emotional and mental health': 'Social, emotional and mental health',
  'Speech language and communications needs': 'Speech, language and communication needs',
  Unclassified: 'Need unclassified',
};

/** [dimension, group] for a characteristic, or null for ones the site does not show. */
export function groupOf(group: string, characteristic: string): [string, string] | null {
  const rest = (prefix: string) => characteristic.slice(prefix.length).trim();
  switch (group) {
    case 'Total':
      return [ALL_DIM, ALL_PUPILS];
    case 'Gender':
      return ['gender', characteristic === 'Gender female' ? 'Girls' : 'Boys'];
    case 'FSM':
      return [
        'fsm',
        { 'FSM eligible': 'FSM eligible', 'FSM Not eligible': 'FSM not eligible' }[characteristic] ??
          'FSM unclassified',
      ];
    case 'FSM ever 6':
      return [
        'disadvantage',
        { 'FSM eligible in last 6 years': 'Disadvantaged', 'FSM not eligible in last 6 years': 'Not disadvantaged' }[
          characteristic
        ] ?? 'Disadvantage unclassified',
      ];
    case 'SEN Provision': {
      const provision: Record<string, string> = {
        'SEN provision Statement or EHCP': 'EHC plan or statement',
        'SEN provision With statement': 'EHC plan or statement',
        'SEN provision SEN Support': 'SEN support',
        'SEN provision No identified SEN': 'No SEN',
        'SEN provision Unclassified': 'SEN unclassified',
      };
      // Before 2014/15, "SEN without statement" (School Action/Action Plus) is not the same as SEN support: left out.
      return provision[characteristic] ? ['sen', provision[characteristic]] : null;
    }
    case 'SEN primary need': {
      const need = rest('SEN primary need');
      return ['need', NEEDS[need] ?? need];
    }
    case 'Major ethnic groups':
      return MAJOR[rest('Ethnicity Major')] ? ['ethnicity-major', MAJOR[rest('Ethnicity Major')]] : null;
    case 'Minor ethnic groups':
      return MINOR[rest('Ethnicity Minor')] ? ['ethnicity-minor', MINOR[rest('Ethnicity Minor')]] : null;
    case 'First Language':
      return [
        'first-language',
        {
          'First language Known or believed to be English': 'English',
          'First language Known or believed to be other than English': 'Other than English',
        }[characteristic] ?? 'Language unclassified',
      ];
    // "NC Year" is left out: it counts recorded year groups, unlike the distributions file's year groups
    // (every pupil placed in Years 1-11), which give the site's year-group series. "Minority ethnic
    // total" duplicates the major groups.
    default:
      return null;
  }
}

/** Major groups with one minor group each are also minor groups (the minor list leaves them out). */
const ALSO_MINOR = new Set(['Chinese', 'Any other ethnic group', 'Ethnicity unclassified']);

export function readNationalCharacteristics(path: string, label = path): SubgroupCell[] {
  const table = readCsv(path, REQUIRED, label);
  const cells: SubgroupCell[] = [];
  const unique = uniqueKeys(label, 'year x characteristic');
  table.rows.forEach((r, i) => {
    const at = (column: string) => ({ file: label, row: rowNumber(i), column });
    if (parseText(r.geographic_level, at('geographic_level')) !== 'National') {
      throw new DataError(
        label,
        `expected national rows only, got "${r.geographic_level}"`,
        rowNumber(i),
        'geographic_level',
      );
    }
    if (r.school_type.trim() !== 'Total') return;
    const mapped = groupOf(
      parseText(r.characteristic_group, at('characteristic_group')),
      parseText(r.characteristic, at('characteristic')),
    );
    if (!mapped) return;
    const counts = parseEesCounts(r, at, ['pa50']); // severe absence is not in this file
    checkCountsPlausible(counts, at, EES_COUNT_COLUMNS);
    const base = { year: parseAcademicYear(r.time_period, at('time_period')), area: ENGLAND.code, ...counts };
    unique(`${base.year} x ${r.characteristic_group} x ${r.characteristic}`, rowNumber(i), 'characteristic');
    const [dim, group] = mapped;
    cells.push({ dim, group, ...base });
    if (dim === 'ethnicity-major' && ALSO_MINOR.has(group)) cells.push({ dim: 'ethnicity-minor', group, ...base });
  });
  recordCoverage(label, cells);
  return cells;
}
