/** Register attendance as the site computes it, against the rates DfE published in the same files. */
import { expect, it } from 'vitest';
import { readCsv } from '../../scripts/lib/read-csv';
import { rawPath } from '../../scripts/lib/data-dir';
import { SOURCES, type SourceId } from '../../scripts/sources';
import { ATTENDANCE_SOURCES } from '../../scripts/loaders/attendance-read';
import { registerRecord, weeklySeries } from '../../src/data/attendance';
import { registerRate, sumRegisterCounts } from '../../src/derive/attendance';
import { describeWithRaw } from '../helpers/raw-data';

describeWithRaw(ATTENDANCE_SOURCES, 'register attendance matches the rates DfE published', (dir) => {
  const raw = (id: SourceId) => readCsv(rawPath(SOURCES[id], dir), ['geographic_level'], SOURCES[id].path).rows;
  const typeOf = (r: Record<string, string>) => r.school_type ?? r.education_phase;
  const published = (id: SourceId, level: string, code: string, type: string, column: string, week?: string) => {
    const row = raw(id).find(
      (r) =>
        r.geographic_level === level &&
        typeOf(r) === type &&
        (week === undefined || r.time_identifier === week) &&
        [r.country_code, r.region_code, r.new_la_code].includes(code) &&
        (level !== 'National' || r.region_code === '') &&
        (level !== 'Regional' || r.new_la_code === ''),
    );
    return Number(row![column]);
  };

  it("gives England's 2025/26 year-to-date overall and persistent absence exactly as the year-to-date file", () => {
    const england = registerRecord('E92000001', '2025/26', 'ytd')!;
    expect(registerRate(england, 'overall')).toBeCloseTo(
      published('attendanceYtd202526', 'National', 'E92000001', 'Total', 'overall_absence_perc'),
      10,
    );
    expect(registerRate(england, 'unauthorised')).toBeCloseTo(
      published('attendanceYtd202526', 'National', 'E92000001', 'Total', 'unauthorised_absence_perc'),
      10,
    );
    expect(england.paPct).toBe(published('attendanceYtd202526', 'National', 'E92000001', 'Total', 'pa_perc'));
    expect(registerRate(england, 'overall')!.toFixed(1)).toBe('6.9');
    expect(england.paPct!.toFixed(1)).toBe('18.8');
  });

  it("gives England's register persistent absence for 2022/23 to 2024/25 as 22.31%, 20.66% and 18.70%", () => {
    expect(registerRecord('E92000001', '2022/23', 'ytd')!.paPct!.toFixed(2)).toBe('22.31');
    expect(registerRecord('E92000001', '2023/24', 'ytd')!.paPct!.toFixed(2)).toBe('20.66');
    expect(registerRecord('E92000001', '2024/25', 'ytd')!.paPct!.toFixed(2)).toBe('18.70');
  });

  it("recomputes every school type's rate from session counts exactly as published, for England, a region and an LA", () => {
    for (const type of ['Primary', 'Secondary', 'Special'] as const) {
      for (const [level, code] of [
        ['National', 'E92000001'],
        ['Regional', 'E12000001'],
        ['Local authority', 'E08000025'],
      ]) {
        const ours = registerRecord(code, '2024/25', 'spring', type)!;
        expect(registerRate(ours, 'overall')).toBeCloseTo(
          published('attendanceSpring202425', level, code, type, 'overall_absence_perc'),
          10,
        );
        expect(registerRate(ours, 'illness')).toBeCloseTo(
          published('attendanceSpring202425', level, code, type, 'illness_perc'),
          10,
        );
        expect(registerRate(ours, 'unauthHoliday')).toBeCloseTo(
          published('attendanceSpring202425', level, code, type, 'unauth_hol_perc'),
          10,
        );
      }
    }
  });

  it('gives 2025/26 year-to-date figures for the North East and Birmingham as published', () => {
    const ne = registerRecord('E12000001', '2025/26', 'ytd')!;
    expect(registerRate(ne, 'overall')).toBeCloseTo(
      published('attendanceYtd202526', 'Regional', 'E12000001', 'Total', 'overall_absence_perc'),
      10,
    );
    expect(ne.paPct).toBe(published('attendanceYtd202526', 'Regional', 'E12000001', 'Total', 'pa_perc'));
    const birmingham = registerRecord('E08000025', '2025/26', 'ytd')!;
    expect(registerRate(birmingham, 'unauthorised')).toBeCloseTo(
      published('attendanceYtd202526', 'Local authority', 'E08000025', 'Total', 'unauthorised_absence_perc'),
      10,
    );
    expect(birmingham.paPct).toBe(published('attendanceYtd202526', 'Local authority', 'E08000025', 'Total', 'pa_perc'));
  });

  it("gives England's all-schools overall absence in week 45 of 2025 as published (6.09%)", () => {
    const week = weeklySeries('E92000001', 'Total', '2025/26').find((w) => w?.week === 45)!;
    const rate = (100 * week.overall!) / week.possible!;
    expect(rate).toBeCloseTo(
      published('attendanceWeekly202526', 'National', 'E92000001', 'Total', 'overall_absence_perc', 'Week 45'),
      10,
    );
    expect(rate.toFixed(2)).toBe('6.09');
  });

  it("sums an LA's primary, secondary and special counts into its all-schools figure where DfE publishes none", () => {
    const parts = (['Primary', 'Secondary', 'Special'] as const).map((t) =>
      registerRecord('E08000025', '2024/25', 'ytd', t)!,
    );
    const total = registerRecord('E08000025', '2024/25', 'ytd')!;
    expect(total.possible).toBe(sumRegisterCounts(parts).possible);
    expect(total.paPct).toBeNull();
  });

  it("makes North + Midlands + South the sum of the nine regions' sessions, within 0.1% of England's (DfE's levels are not exactly additive)", () => {
    const macro = sumRegisterCounts(
      ['MR-NORTH', 'MR-MIDLANDS', 'MR-SOUTH'].map((c) => registerRecord(c, '2025/26', 'ytd')!),
    );
    const regions = sumRegisterCounts(
      [
        'E12000001',
        'E12000002',
        'E12000003',
        'E12000004',
        'E12000005',
        'E12000006',
        'E12000007',
        'E12000008',
        'E12000009',
      ].map((c) => registerRecord(c, '2025/26', 'ytd')!),
    );
    expect(macro).toEqual(regions);
    const england = registerRecord('E92000001', '2025/26', 'ytd')!;
    expect(Math.abs(macro.possible! / england.possible! - 1)).toBeLessThan(0.001);
    expect(registerRecord('MR-NORTH', '2025/26', 'ytd')!.paPct).toBeNull();
  });

  it('keeps suppressed cells missing, never 0 (City of London primary)', () => {
    expect(registerRecord('E09000001', '2025/26', 'ytd', 'Primary')!.possible).toBeNull();
    expect(registerRecord('E09000001', '2025/26', 'ytd')!.overall).toBeNull();
  });
});
