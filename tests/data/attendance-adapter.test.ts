/** The register attendance adapter: markers are missing (never 0) and bad cells are named by file, row and column. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegisterFile } from '../../scripts/adapters/attendance-ees';

const HEADER = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'new_la_code',
  'la_name',
  'school_type',
  'num_schools',
  'enrolments',
  'possible_sessions',
  'overall_absence',
  'authorised_absence',
  'unauthorised_absence',
  'reason_i_authorised_illness',
  'reason_m_authorised_medical_dental',
  'reason_h_authorised_holiday',
  'reason_g_unauthorised_holiday',
  'reason_u_unauthorised_late_after_registers_closed',
  'reason_o_other_unauthorised',
  'reason_n_no_reason_yet',
  'pa_perc',
];
const LA = [
  '202425',
  'Academic year',
  'Local authority',
  'E92000001',
  'England',
  'E12000005',
  'West Midlands',
  'E08000025',
  'Birmingham',
];

function file(rows: string[][]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'att-')), 'ytd.csv');
  writeFileSync(path, [HEADER, ...rows].map((r) => r.join(',')).join('\n'));
  return path;
}

describe('readRegisterFile', () => {
  it('reads counts and derives other authorised absence as authorised less illness, appointments and holiday', () => {
    const [row] = readRegisterFile(
      file([
        [...LA, 'Primary', '10.5', '2000.2', '1000', '60', '40', '20', '25', '5', '2', '3', '4', '10', '3', '12.5'],
      ]),
      'ytd.csv',
    );
    expect(row).toMatchObject({
      code: 'E08000025',
      regionCode: 'E12000005',
      schoolType: 'Primary',
      possible: 1000,
      authOther: 8,
      paPct: 12.5,
      schools: 10.5,
    });
  });

  it('keeps DfE\'s "c" marker as missing, never 0', () => {
    const [row] = readRegisterFile(
      file([[...LA, 'Special', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c']]),
      'ytd.csv',
    );
    expect(row.possible).toBeNull();
    expect(row.authOther).toBeNull();
    expect(row.paPct).toBeNull();
  });

  it('names the file, row and column of a bad count', () => {
    expect(() =>
      readRegisterFile(
        file([[...LA, 'Primary', '1', '1', '1000', 'sixty', '40', '20', '25', '5', '2', '3', '4', '10', '3', '1']]),
        'ytd.csv',
      ),
    ).toThrow('ytd.csv, row 2, column "overall_absence"');
  });

  it('rejects a school type it does not know, naming the cell', () => {
    expect(() =>
      readRegisterFile(
        file([[...LA, 'Nursery', '1', '1', '1000', '60', '40', '20', '25', '5', '2', '3', '4', '10', '3', '1']]),
        'ytd.csv',
      ),
    ).toThrow('ytd.csv, row 2, column "school_type"');
  });
});
