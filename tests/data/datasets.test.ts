import { describe, expect, it } from 'vitest';
import { columnsOf, datasets, describeColumn, distinctSources, downloads } from '../../src/data/datasets';
import { ABSENCE_API_COLUMNS } from '../../src/views/data/absence-api';

describe('the dataset catalogue behind the Data page and the footer', () => {
  it('finds every data file with a provenance block, absence.json included', () => {
    expect(datasets.map((d) => d.dataset)).toContain('absence.json');
    for (const d of datasets) expect(d.sources.length).toBeGreaterThan(0);
  });

  it('lists each published source once even when several data files use it', () => {
    const sources = distinctSources([...datasets, ...datasets]);
    expect(new Set(sources.map((s) => `${s.publisher}|${s.title}|${s.release}`)).size).toBe(sources.length);
  });

  it('reads the columns of /data/absence.csv from what the endpoint serves, matching the API column list', async () => {
    const csv = (await downloads()).find((d) => d.href === '/data/absence.csv');
    expect(csv?.dataset).toBe('absence.json');
    expect(csv?.columns).toEqual([...ABSENCE_API_COLUMNS]);
  });

  it('reads column names after CSV comment lines and from JSON rows', () => {
    expect(columnsOf('# Source: DfE\n# OGL\na,"b c"\n1,2\n', 'CSV')).toEqual(['a', 'b c']);
    expect(columnsOf(JSON.stringify({ rows: [{ x: 1, y: 2 }] }), 'JSON')).toEqual(['x', 'y']);
  });

  it('describes every absence API column with its unit', () => {
    for (const c of ABSENCE_API_COLUMNS) expect(describeColumn(c), c).not.toBe('');
    expect(describeColumn('persistent_absence_pct')).toContain('% of pupils missing 10% or more of sessions');
  });
});
