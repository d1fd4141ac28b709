import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseBands, readBands, splitCsvLine } from '../../scripts/adapters/absence-bands';
import { groupOf, readNationalCharacteristics } from '../../scripts/adapters/absence-characteristics';
import { readSenProvision } from '../../scripts/adapters/sen-provision';
import { mergeCells, sumGroups } from '../../scripts/loaders/subgroups-merge';
import { aggregateBands } from '../../scripts/loaders/subgroups-bands';
import type { SubgroupCell } from '../../src/data/subgroups-columns';

const dir = mkdtempSync(join(tmpdir(), 'h3-subgroups-'));
const temp = (name: string, contents: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
};

const BAND_ROWS = [
  '\uFEFFAcademic year,202223,National,E92000001,England,,,,,,State-funded primary,Eligible,Any special educational need,Female,1,10,5,3,2,0,0,0,0,0,0,1',
  'Academic year,202223,Regional,E92000001,England,Inner London,E13000001,,,,State-funded primary,Eligible,Any special educational need,Female,1,10,5,3,2,0,0,0,0,0,0,1',
  'Academic year,202223,Local authority,E92000001,England,Inner London,E13000001,202,"E09000007           ","Camden, London Borough of",Special,Not Eligible,Unclassified,Male,11,1,1,0,0,0,0,0,0,0,0,2',
  // Inner London's regional row is the sum of its LAs (the adapter checks it), here one LA's.
  'Academic year,202223,Local authority,E92000001,England,Inner London,E13000001,202,E09000007,"Camden, London Borough of",State-funded primary,Eligible,Any special educational need,Female,1,10,5,3,2,0,0,0,0,0,0,1',
].join('\n');

describe('the absence-distributions adapter', () => {
  it('reads the zipped header-less CSV, trims padded LA codes and keeps quoted commas in names', () => {
    const zip = temp('bands.zip', zipSync({ 'absence_bands_distributions.csv': strToU8(BAND_ROWS) }));
    const rows = readBands(zip, 'bands.zip');
    expect(rows).toHaveLength(4);
    expect(rows[2]).toMatchObject({
      code: 'E09000007',
      name: 'Camden, London Borough of',
      regionCode: 'E13000001',
      ncYear: 11,
    });
  });

  it('turns bands into enrolments, persistent (10%+) and severe (50%+) absentees', () => {
    const [row] = parseBands(BAND_ROWS, 'bands.csv');
    expect(row).toMatchObject({ enrolments: 21, pa10: 6, pa50: 1 });
  });

  it('names the file, line and column of a bad count', () => {
    expect(() => parseBands(BAND_ROWS.replace(',0,0,0,0,0,0,1', ',0,0,0,0,0,c,1'), 'bands.csv')).toThrow(
      /bands\.csv, row 1, column "pct50_OARate"/,
    );
  });

  it('splits quoted fields, including doubled quotes', () => {
    expect(splitCsvLine('a,"b, c","d ""e"""')).toEqual(['a', 'b, c', 'd "e"']);
  });

  it('adds Inner London rows to London and the South, and counts every row once per dimension', () => {
    const cells = aggregateBands(parseBands(BAND_ROWS, 'bands.csv'));
    const get = (dim: string, group: string, area: string) =>
      cells.find((c) => c.dim === dim && c.group === group && c.area === area);
    expect(get('fsm', 'FSM eligible', 'E12000007')?.enrolments).toBe(21);
    expect(get('fsm', 'FSM eligible', 'MR-SOUTH')?.pa10).toBe(6);
    expect(get('sen', 'SEN unclassified', 'E09000007')).toMatchObject({ enrolments: 4, pa10: 2, pa50: 2 });
    expect(get('gender', 'Boys', 'E09000007')).toBeUndefined(); // LAs carry FSM and SEN only
  });
});

describe('the national characteristics adapter', () => {
  it("maps DfE characteristics to the site's groups, leaving out ones it does not show", () => {
    expect(groupOf('FSM ever 6', 'FSM eligible in last 6 years')).toEqual(['disadvantage', 'Disadvantaged']);
    expect(groupOf('Minor ethnic groups', 'Ethnicity Minor Traveller of Irish heritage')).toEqual([
      'ethnicity-minor',
      'Irish Traveller',
    ]);
    expect(groupOf('SEN Provision', 'SEN provision SEN without statement')).toBeNull();
    expect(groupOf('NC Year', 'NC Year 3')).toBeNull();
  });

  it('keeps ":" as missing, never 0', () => {
    const header =
      'time_period,geographic_level,school_type,characteristic_group,characteristic,enrolments,sess_possible,sess_overall,sess_authorised,sess_unauthorised,enrolments_pa_10_exact';
    const path = temp(
      'chars.csv',
      `${header}\n201819,National,Total,Minor ethnic groups,Ethnicity Minor Gypsy Roma,26751,100,10,8,2,:\n`,
    );
    const [cell] = readNationalCharacteristics(path, 'chars.csv');
    expect(cell).toMatchObject({
      dim: 'ethnicity-minor',
      group: 'Gypsy/Roma',
      year: '2018/19',
      enrolments: 26751,
      pa10: null,
    });
  });
});

describe('the LA SEN provision adapter', () => {
  const record = (group: string, value: number, noSen: number) => ({
    new_la_code: 'E08000025',
    la_name: 'Birmingham',
    region_code: 'E12000005',
    time_period: '202223',
    education_phase: 'Total',
    send_group: group,
    send_value: value,
    no_sen_value: noSen,
  });
  const file = (metric: string, records: object[]) =>
    temp(`${metric}-${records.length}.json`, JSON.stringify({ metric, records }));

  it("keeps each group's published rate and the LA's no-SEN rate once", () => {
    const pa = file('enrolments_pa_10_exact_percent', [
      record('EHC plan', 41.212345, 22.67),
      record('SEN support', 34.29, 22.67),
    ]);
    const severe = file('enrolments_pa_50_exact_percent', [record('EHC plan', 5, 1)]);
    const overall = file('sess_overall_percent', [record('EHC plan', 9, 6)]);
    const { rates } = readSenProvision({
      persistent: { path: pa, label: 'pa' },
      severe: { path: severe, label: 'severe' },
      overall: { path: overall, label: 'overall' },
    });
    expect(rates.find((r) => r.group === 'EHC plan or statement')).toMatchObject({
      persistent: 41.212,
      severe: 5,
      overall: 9,
    });
    expect(rates.find((r) => r.group === 'No SEN')).toMatchObject({ persistent: 22.67, severe: 1, overall: 6 });
  });

  it('fails when two records give the same LA different no-SEN rates', () => {
    const pa = file('enrolments_pa_10_exact_percent', [record('EHC plan', 41, 22.67), record('SEN support', 34, 23)]);
    const other = file('sess_overall_percent', []);
    expect(() =>
      readSenProvision({
        persistent: { path: pa, label: 'pa.json' },
        severe: { path: other, label: 's' },
        overall: { path: other, label: 'o' },
      }),
    ).toThrow(/pa\.json/);
  });
});

describe('joining cells from several files', () => {
  const cell = (over: Partial<SubgroupCell>): SubgroupCell => ({
    dim: 'fsm',
    group: 'FSM eligible',
    year: '2018/19',
    area: 'E92000001',
    enrolments: 100,
    sessPossible: null,
    sessOverall: null,
    sessAuthorised: null,
    sessUnauthorised: null,
    pa10: null,
    pa50: null,
    ...over,
  });

  it('takes each count from the first file that has it when the pupils are the same', () => {
    const { cells, conflicts } = mergeCells(
      [cell({ sessPossible: 1000, sessOverall: 50, pa10: 20 })],
      [cell({ pa10: 20, pa50: 3 })],
    );
    expect(conflicts).toEqual([]);
    expect(cells[0]).toMatchObject({ sessPossible: 1000, pa10: 20, pa50: 3 });
  });

  it("keeps the first file's cell and reports the key when enrolments differ", () => {
    const { cells, conflicts } = mergeCells([cell({ pa10: 20 })], [cell({ enrolments: 90, pa10: 18, pa50: 3 })]);
    expect(cells[0]).toMatchObject({ enrolments: 100, pa10: 20, pa50: null });
    expect(conflicts).toEqual(['fsm|FSM eligible|2018/19|E92000001']);
  });

  it('sums groups only where every part is present', () => {
    const parts = [
      cell({ dim: 'sen', group: 'EHC plan or statement', pa10: 5 }),
      cell({ dim: 'sen', group: 'SEN support', pa10: 7 }),
      cell({ dim: 'sen', group: 'SEN support', year: '2017/18', pa10: 1 }),
    ];
    const sums = sumGroups(parts, 'sen', ['EHC plan or statement', 'SEN support'], 'Any SEN');
    expect(sums).toHaveLength(1);
    expect(sums[0]).toMatchObject({ group: 'Any SEN', year: '2018/19', enrolments: 200, pa10: 12 });
  });
});
