import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEesAbsence } from '../../scripts/adapters/absence-annual-ees';
import { readCuratedAbsence } from '../../scripts/adapters/absence-annual-curated';
import { rate } from '../../src/derive/rates';

const EES_HEADER =
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,education_phase,num_schools,enrolments,sess_possible,sess_overall,sess_authorised,sess_unauthorised,sess_overall_percent,enrolments_pa_10_exact,enrolments_pa_10_exact_percent,enrolments_pa_50_exact,enrolments_pa_50_exact_percent';
const fixture = new URL('../fixtures/ees/absence_rates_by_geographic_level.csv', import.meta.url).pathname;

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-')), name);
  writeFileSync(path, text);
  return path;
}

describe('the official EES absence adapter', () => {
  const records = readEesAbsence(fixture, 'absence_rates_by_geographic_level.csv');

  it('maps EES columns to the validated table, skipping school-level rows', () => {
    expect(records).toHaveLength(4);
    expect(records[0]).toMatchObject({
      year: '2022/23',
      level: 'National',
      code: 'E92000001',
      schoolType: 'Total',
      enrolments: 7396032,
      pa10: 1569303,
    });
    expect(records[2]).toMatchObject({
      level: 'Local authority',
      code: 'E06000001',
      name: 'Hartlepool',
      regionCode: 'E12000001',
    });
  });

  it('recomputes the published persistent absence rate from counts', () => {
    expect(rate(records[0], 'persistent')).toBeCloseTo(21.22, 2);
  });

  it('keeps suppressed counts as missing, so their rates are missing rather than 0', () => {
    expect(records[2].pa50).toBeNull();
    expect(rate(records[2], 'severe')).toBeNull();
  });

  it('names the file and the missing column when the format changes', () => {
    const path = tempFile('renamed.csv', 'time_period,geographic_level\n202223,National\n');
    expect(() => readEesAbsence(path, 'renamed.csv')).toThrow(
      /renamed\.csv, row 1: missing required column\(s\): country_code/,
    );
  });

  it('names the file, row and column of a malformed value', () => {
    const broken = `${EES_HEADER}\n202223,Academic year,National,E92000001,England,,,,,,Total,1,ten,1,1,1,0,1,1,1,1,1\n`;
    const path = tempFile('broken.csv', broken);
    expect(() => readEesAbsence(path, 'broken.csv')).toThrow('broken.csv, row 2, column "enrolments"');
  });

  it('names the row of a line with the wrong number of fields', () => {
    const path = tempFile('short.csv', `${EES_HEADER}\n202223,Academic year,National\n`);
    expect(() => readEesAbsence(path, 'short.csv')).toThrow(/short\.csv, row 2: expected \d+ fields, found 3/);
  });
});

describe('the mirror-copy (reshaped) absence adapter', () => {
  it('rejects a geography key that the geography file does not list', () => {
    const geo = tempFile(
      'geo.csv',
      'GeographyKey,GeographyLevel,GeographyName,RegionCode\nNAT|E92000001,National,England,\n',
    );
    const fact = tempFile(
      'fact.csv',
      'AcademicYearKey,GeographyKey,SchoolTypeKey,Enrolments,SessionsPossible,OverallAbsenceSessions,AuthorisedAbsenceSessions,UnauthorisedAbsenceSessions,PersistentAbsentees,SevereAbsentees\n' +
        '2022/23,LA|E06000001,Total,1,1,1,1,0,1,0\n',
    );
    expect(() => readCuratedAbsence(fact, geo, { fact: 'fact.csv', geo: 'geo.csv' })).toThrow(
      'fact.csv, row 2, column "GeographyKey"',
    );
  });
});
