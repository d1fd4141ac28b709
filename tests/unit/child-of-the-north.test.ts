/**
 * The Child of the North reconciliation against the raw files: DfE's own published rates and counts
 * (read here without the pipeline) give the page's values and verdicts.
 */
import { expect, it } from 'vitest';
import { readCsv } from '../../scripts/lib/read-csv';
import { describeWithRaw } from '../helpers/raw-data';
import { SOURCES } from '../../scripts/sources';
import { CHILD_OF_THE_NORTH } from '../../src/reports/child-of-the-north';
import { reportModel } from '../../src/reports/model';

describeWithRaw(
  ['absenceAnnual', 'attendanceYtd202324'],
  'the Child of the North reconciliation matches the raw files',
  (dir) => {
    const model = reportModel(CHILD_OF_THE_NORTH);
    const row = (id: string) => model.quotes.find((q) => q.id === id)!;
    const annual = readCsv(`${dir}/${SOURCES.absenceAnnual.path}`, [
      'AcademicYearKey',
      'GeographyKey',
      'SchoolTypeKey',
    ]).rows;
    const census = (key: string, year: string, type: string) =>
      annual.find((r) => r.GeographyKey === key && r.AcademicYearKey === year && r.SchoolTypeKey === type)!;
    /** DfE's published rate (the reshaped file keeps it as a fraction), in % to 2 decimals. */
    const published = (key: string, year: string, type: string, column: string) =>
      `${(100 * Number(census(key, year, type)[column])).toFixed(2)}%`;
    const register = readCsv(`${dir}/${SOURCES.attendanceYtd202324.path}`, [
      'geographic_level',
      'school_type',
      'pa_perc',
    ]).rows;
    const registerPa = (type: string) =>
      Number(register.find((r) => r.geographic_level === 'National' && r.school_type === type)!.pa_perc).toFixed(2);

    it("shows DfE's published 2022/23 persistent absence for the South West, which differs from the report's Figure 1", () => {
      expect(row('f1-E12000009').published).toBe(
        published('REG|E12000009', '2022/23', 'Total', 'PersistentAbsenceRateSource'),
      );
      expect(row('f1-E12000009').verdict).toBe('differs');
    });

    it("finds the report's 20.7% persistent absence for 2023/24 in the register data, not the census", () => {
      const r = row('t-persistent-2023-24');
      expect(r.published).toBe(published('NAT|E92000001', '2023/24', 'Total', 'PersistentAbsenceRateSource'));
      expect(r.verdict).toBe('differs');
      expect(r.explanation.join(' ')).toContain(
        `Matches: Register data, year to date 2023/24 (${registerPa('Total')}%)`,
      );
    });

    it("finds the report's phase figures for 2023/24 (special 37.6%, primary 15.2%, secondary 26.7%) in the register data", () => {
      for (const [id, type] of [
        ['t-persistent-special', 'Special'],
        ['t-persistent-primary', 'Primary'],
        ['t-persistent-secondary', 'Secondary'],
      ]) {
        expect(row(id).explanation.join(' ')).toContain(`(${registerPa(type)}%)`);
        expect(row(id).verdict).toBe('differs');
      }
    });

    it("matches the report's special-school absence for the South West to the census for 2022/23, not 2023/24", () => {
      const r = row('t-special-overall-E12000009');
      expect(r.published).toBe(published('REG|E12000009', '2023/24', 'Special', 'OverallAbsenceRateSource'));
      expect(r.explanation.join(' ')).toContain(
        `Matches: School census, full year 2022/23 (${published('REG|E12000009', '2022/23', 'Special', 'OverallAbsenceRateSource')})`,
      );
    });

    it('reproduces "around 150,000" severely absent pupils from DfE\'s 2022/23 count', () => {
      const r = row('t-severe');
      expect(r.published).toBe(
        Number(census('NAT|E92000001', '2022/23', 'Total').SevereAbsentees).toLocaleString('en-GB'),
      );
      expect(r.verdict).toBe('reproduced');
    });

    it('reproduces the 57% rise in overall absence from 2015/16 to 2023/24 from unrounded rates, not from rounded ones', () => {
      const rate = (year: string) =>
        Number(census('NAT|E92000001', year, 'Total').OverallAbsenceSessions) /
        Number(census('NAT|E92000001', year, 'Total').SessionsPossible);
      const rise = 100 * (rate('2023/24') / rate('2015/16') - 1);
      const r = row('t-overall-rise');
      expect(r.published).toBe(`${rise.toFixed(2)}%`);
      expect(r.verdict).toBe('reproduced');
      expect(r.explanation.join(' ')).toMatch(/rates rounded to one decimal \(54\.\d\d%\)/);
    });
  },
);

it('gives every quoted number and statement a verdict, and says which are not in the files available', () => {
  const model = reportModel(CHILD_OF_THE_NORTH);
  expect(model.quotes).toHaveLength(CHILD_OF_THE_NORTH.quotes.length);
  expect(model.quotes.filter((q) => q.verdict === 'not in the published files available').map((q) => q.id)).toEqual(
    expect.arrayContaining(['f5-E92000001', 't-ethnicity-gypsy-roma', 't-ehcp']),
  );
  expect(model.claims.find((c) => c.id === 'f2-north-authorised')!.explanation[0]).toMatch(/not in 2020\/21/);
  expect(Object.values(model.tally).reduce((a, b) => a + b, 0)).toBe(model.quotes.length + model.claims.length);
});

it("checks the report's ranking of special schools' absence against 2023/24, the year it gives, and says it holds for 2022/23", () => {
  const claim = reportModel(CHILD_OF_THE_NORTH).claims.find((c) => c.id === 't-special-extremes')!;
  expect(claim.verdict).toBe('differs');
  expect(claim.explanation[1]).toMatch(
    /^In 2022\/23 .*highest in South West .* and Inner London .*, as the report says\.$/,
  );
});
