/**
 * Adapter for DfE's EES "Absence by pupil ethnicity and FSM eligibility" (national, 2023/24 onwards).
 * Gives minor ethnic groups (all FSM), FSM groups (all ethnicities), minor groups split by FSM
 * eligibility, and major ethnic groups summed from their minor groups' counts. Major groups follow the
 * 2018/19 file (Chinese on its own) so the series stay comparable. No authorised/unauthorised split.
 */
import { DataError } from '../lib/errors';
import { checkCountsPlausible, recordCoverage, uniqueKeys } from '../lib/expect';
import { EES_COUNT_COLUMNS } from './ees-counts';
import { readCsv, rowNumber } from '../lib/read-csv';
import { parseAcademicYear, parseCount, parseText } from '../lib/values';
import { ALL_DIM, ALL_PUPILS, ethnicityFsmGroup } from '../../src/config/subgroups';
import type { SubgroupCell } from '../../src/data/subgroups-columns';
import { sumCounts } from '../../src/derive/rates';
import { ENGLAND } from '../../src/config/geography';

const REQUIRED = [
  'time_period',
  'geographic_level',
  'education_phase',
  'fsm',
  'ethnicity_minor',
  'enrolments',
  'sess_possible',
  'sess_overall',
  'enrolments_pa_10_exact',
  'enrolments_pa_50_exact',
] as const;

/** EES minor group -> [site minor group, major group]. */
const ETHNICITY: Record<string, [string, string]> = {
  'English / Welsh / Scottish / Northern Irish / British': ['White British', 'White'],
  Irish: ['Irish', 'White'],
  'Irish Traveller': ['Irish Traveller', 'White'],
  'Gypsy Roma': ['Gypsy/Roma', 'White'],
  'Any other White background': ['Any other White background', 'White'],
  'White and Black Caribbean': ['White and Black Caribbean', 'Mixed'],
  'White and Black African': ['White and Black African', 'Mixed'],
  'White and Asian': ['White and Asian', 'Mixed'],
  'Any other Mixed / Multiple ethnic background': ['Any other Mixed background', 'Mixed'],
  Indian: ['Indian', 'Asian'],
  Pakistani: ['Pakistani', 'Asian'],
  Bangladeshi: ['Bangladeshi', 'Asian'],
  'Any other Asian background': ['Any other Asian background', 'Asian'],
  Chinese: ['Chinese', 'Chinese'],
  Caribbean: ['Black Caribbean', 'Black'],
  African: ['Black African', 'Black'],
  'Any other Black / African / Caribbean background': ['Any other Black background', 'Black'],
  'Any other ethnic group': ['Any other ethnic group', 'Any other ethnic group'],
  Unclassified: ['Ethnicity unclassified', 'Ethnicity unclassified'],
};
const FSM: Record<string, string> = {
  'FSM eligible': 'FSM eligible',
  'FSM not eligible': 'FSM not eligible',
  'FSM unclassified': 'FSM unclassified',
};

export function readEthnicityFsm(path: string, label = path): SubgroupCell[] {
  const table = readCsv(path, REQUIRED, label);
  const cells: SubgroupCell[] = [];
  const majors = new Map<string, SubgroupCell[]>();
  const unique = uniqueKeys(label, 'year x FSM x ethnic group');
  table.rows.forEach((r, i) => {
    const at = (column: string) => ({ file: label, row: rowNumber(i), column });
    if (parseText(r.geographic_level, at('geographic_level')) !== 'National') return;
    if (parseText(r.education_phase, at('education_phase')) !== 'Total') return;
    const fsm = parseText(r.fsm, at('fsm'));
    const ethnicity = parseText(r.ethnicity_minor, at('ethnicity_minor'));
    if (fsm !== 'Total' && !FSM[fsm]) throw new DataError(label, `unknown FSM group "${fsm}"`, rowNumber(i), 'fsm');
    if (ethnicity !== 'Total' && !ETHNICITY[ethnicity])
      throw new DataError(label, `unknown ethnic group "${ethnicity}"`, rowNumber(i), 'ethnicity_minor');
    const cell = {
      year: parseAcademicYear(r.time_period, at('time_period')),
      area: ENGLAND.code,
      enrolments: parseCount(r.enrolments, at('enrolments')),
      sessPossible: parseCount(r.sess_possible, at('sess_possible')),
      sessOverall: parseCount(r.sess_overall, at('sess_overall')),
      sessAuthorised: null,
      sessUnauthorised: null,
      pa10: parseCount(r.enrolments_pa_10_exact, at('enrolments_pa_10_exact')),
      pa50: parseCount(r.enrolments_pa_50_exact, at('enrolments_pa_50_exact')),
    };
    checkCountsPlausible(cell, at, EES_COUNT_COLUMNS);
    unique(`${cell.year} x ${fsm} x ${ethnicity}`, rowNumber(i));
    if (fsm === 'Total' && ethnicity === 'Total') {
      cells.push({ dim: ALL_DIM, group: ALL_PUPILS, ...cell });
    } else if (ethnicity === 'Total') {
      cells.push({ dim: 'fsm', group: FSM[fsm], ...cell });
    } else if (fsm === 'Total') {
      const [minor, major] = ETHNICITY[ethnicity];
      cells.push({ dim: 'ethnicity-minor', group: minor, ...cell });
      const key = `${cell.year}|${major}`;
      majors.set(key, [...(majors.get(key) ?? []), { dim: 'ethnicity-major', group: major, ...cell }]);
    } else if (fsm !== 'FSM unclassified') {
      cells.push({ dim: 'ethnicity-fsm', group: ethnicityFsmGroup(ETHNICITY[ethnicity][0], FSM[fsm]), ...cell });
    }
  });
  for (const parts of majors.values()) cells.push({ ...parts[0], ...sumCounts(parts) });
  recordCoverage(label, cells);
  return cells;
}
