/** The LAIT area -> GSS code mapping, on a small copy of DfE's LA lookup. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapLaitArea, readLaLookup } from '../../scripts/adapters/lait-areas';

const LAS = `new_la_code,la_name,date_of_operation,date_of_termination,parent_geography_code,entity_code,entity_description,status,old_la_code
E10000023,North Yorkshire,01/01/2009,31/03/2023,E12000003,E10,Counties,terminated,815
E06000065,North Yorkshire,01/04/2023,,E12000003,E06,Unitary Authorities,live,815
E10000021,Northamptonshire,01/01/2009,31/03/2021,E12000004,E10,Counties,terminated,928
E06000061 / E06000062,North Northamptonshire / West Northamptonshire,01/04/2021,,E12000004,E06,Unitary Authorities,live,940 / 941
E09000007,Camden,01/01/2009,,E12000007,E09,London Boroughs,live,202
E10000005,Cornwall and Isles of Scilly,01/01/2009,31/03/2009,E12000009,E10,Counties,terminated,x
`;
const path = join(mkdtempSync(join(tmpdir(), 'atlas-')), 'las.csv');
writeFileSync(path, LAS);
const lookup = readLaLookup(path, 'las.csv');
const at = { file: 'bds_long_0.parquet', row: 42 };
const map = (area: string, laNumber: number, year: string, regionTag: string | null, value: number | null = 1) =>
  mapLaitArea(lookup, { area, laNumber, year, regionTag, value }, at);

describe('mapping LAIT areas to GSS codes', () => {
  it('maps England, the regions and Inner/Outer London by DfE number', () => {
    expect(map('England', 970, '2022/23', null)?.code).toBe('E92000001');
    expect(map('Yorkshire and the Humber', 982, '2022/23', null)?.code).toBe('E12000003');
    expect(map('South West', 990, '2022/23', null)?.code).toBe('E12000009');
    expect(map('London (Inner)', 987, '2022/23', null)).toMatchObject({
      code: 'E13000001',
      level: 'Sub-regional',
      regionCode: 'E12000007',
    });
    expect(map('London (Outer)', 988, '2022/23', null)?.code).toBe('E13000002');
  });

  it("gives a re-coded LA the code in force on 1 September, as DfE's absence files do", () => {
    expect(map('North Yorkshire', 815, '2022/23', 'Yorkshire and The Humber')?.code).toBe('E10000023');
    expect(map('North Yorkshire', 815, '2023/24', 'Yorkshire and The Humber')?.code).toBe('E06000065');
  });

  it("gives a new LA its own code in its first year, splitting DfE's combined rows", () => {
    expect(map('North Northamptonshire', 940, '2020/21', 'East Midlands')).toMatchObject({
      code: 'E06000061',
      name: 'North Northamptonshire',
    });
    expect(map('West Northamptonshire', 941, '2021/22', 'East Midlands')?.code).toBe('E06000062');
    expect(map('Northamptonshire', 928, '2020/21', 'East Midlands')?.code).toBe('E10000021');
  });

  it('treats London LAs tagged Inner or Outer London as London', () => {
    expect(map('Camden', 202, '2022/23', 'Inner London')).toMatchObject({ code: 'E09000007', regionCode: 'E12000007' });
  });

  it('skips only missing values in years before an LA existed', () => {
    expect(map('West Northamptonshire', 941, '2016/17', 'East Midlands', null)).toBeNull();
    expect(() => map('West Northamptonshire', 941, '2016/17', 'East Midlands', 50)).toThrow(
      /has a value but no GSS code in force during 2016\/17/,
    );
  });

  it('fails loudly, naming the area and row, on an area that does not map', () => {
    expect(() => map('Atlantis', 999, '2022/23', 'South West')).toThrow(
      /bds_long_0\.parquet, row 42, column "LA and Regions": LAIT area "Atlantis" \(LA number 999, 2022\/23\) has no entry/,
    );
    expect(() => map('Camden', 202, '2022/23', 'South West')).toThrow(
      /tagged "South West" but the LA lookup puts E09000007 in London/,
    );
    expect(() => map('Wessex', 980, '2022/23', null)).toThrow(/is not "North East"/);
  });
});
