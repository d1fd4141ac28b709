import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv';
import { DEPRIVATION_API_COLUMNS, toDeprivationApiRow } from '../../src/views/data/deprivation-api';
import { deprivationRows } from '../../src/data/deprivation';

describe('/data/deprivation.csv', () => {
  const csv = toCsv(deprivationRows.map(toDeprivationApiRow), DEPRIVATION_API_COLUMNS);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  it('has the documented columns and one row per current or former LA code', () => {
    expect(parsed.meta.fields).toEqual([
      'area_code',
      'area_name',
      'idaci_2019_average_score',
      'idaci_2019_rank_of_average_score',
      'idaci_2019_average_rank',
      'idaci_2019_share_lsoas_most_deprived_10pct',
      'idaci_2025_share_lsoas_most_deprived_10pct',
      'method_2019',
      'method_2025',
      'note',
    ]);
    expect(parsed.data).toHaveLength(161);
  });

  it("writes Middlesbrough's published figures and leaves unavailable ones empty, never 0", () => {
    expect(parsed.data.find((r) => r.area_code === 'E06000002')).toMatchObject({
      idaci_2019_average_score: '0.327',
      idaci_2019_rank_of_average_score: '1',
      method_2019: 'published',
    });
    expect(parsed.data.find((r) => r.area_code === 'E06000028')).toMatchObject({
      idaci_2019_average_score: '',
      idaci_2025_share_lsoas_most_deprived_10pct: '',
      method_2019: 'unavailable',
    });
  });
});
