/** The map's values against DfE's and MHCLG's published figures. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { bivariateView } from '../../src/figures/bivariate-absence-idaci';
import { rawPath } from '../../scripts/lib/data-dir';
import { SOURCES } from '../../scripts/sources';
import { describeWithRaw } from '../helpers/raw-data';

describeWithRaw(['absenceAnnual'], 'bivariate map values', (dir) => {
  const rows = Papa.parse<Record<string, string>>(readFileSync(rawPath(SOURCES.absenceAnnual, dir), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const published = (year: string, phase: string, column: string) =>
    new Map(
      rows
        .filter((r) => r.AcademicYearKey === year && r.EducationPhase === phase && r.GeographyKey.startsWith('LA|'))
        .map((r) => [r.GeographyKey.slice(3).trim(), 100 * Number(r[column])]),
    );

  for (const [measure, column] of [
    ['overall', 'OverallAbsenceRateSource'],
    ['persistent', 'PersistentAbsenceRateSource'],
  ] as const) {
    it(`reproduces DfE's published ${measure} absence rate for every single-LA unit in 2023/24 (secondary schools)`, () => {
      const dfe = published('2023/24', 'State-funded secondary', column);
      const view = bivariateView({ measure, type: 'secondary', year: '2023/24', dep: 'idaci2019' });
      const single = view.rows.filter((r) => r.unit.dataCodes.length === 1 && r.absence !== null);
      expect(single.length).toBeGreaterThan(140);
      for (const r of single) expect(Math.abs(r.absence! - dfe.get(r.unit.id)!), r.unit.name).toBeLessThan(0.01);
    });
  }

  it('ranks Middlesbrough most deprived on IDACI 2019 (average score 0.327 as MHCLG published, shown as 32.7% of children), and classes it high', () => {
    const view = bivariateView({ measure: 'overall', type: 'all', year: '2018/19', dep: 'idaci2019' });
    const middlesbrough = view.rows.find((r) => r.unit.id === 'E06000002')!;
    expect(middlesbrough.need).toBeCloseTo(32.7, 9);
    expect(middlesbrough.needRank?.rank).toBe(1);
    expect(middlesbrough.cls?.need).toBe(2);
  });

  it('classes every LA in 2024/25 on IDACI 2019 and splits them into thirds of 51', () => {
    const { classification } = bivariateView({ measure: 'overall', type: 'all', year: '2024/25', dep: 'idaci2019' });
    const absenceThirds = [0, 1, 2].map((a) => classification.counts.reduce((n, row) => n + row[a], 0));
    expect(classification.noData).toEqual([]);
    expect(absenceThirds).toEqual([51, 51, 51]);
  });
});
