import { describe, expect, it } from 'vitest';
import {
  absenceInsights,
  fsmInsight,
  highHighInsight,
  MIN_LA_PUPILS,
  percentChange,
} from '../../../src/derive/insights';
import { groupRates } from '../../../src/views/subgroups/payload';
import { absenceRecords } from '../../../src/data/absence';
import type { AbsenceRecord } from '../../../src/data/absence-columns';
import type { SchoolType } from '../../../src/config/school-types';

/** A record whose rates are easy to read: 1,000 sessions and 100 pupils, so counts are tenths/percent. */
function record(
  code: string,
  year: string,
  r: { overall?: number; unauth?: number; pa?: number; severe?: number; pupils?: number },
  extra: Partial<AbsenceRecord> = {},
): AbsenceRecord {
  const pupils = r.pupils ?? 100;
  return {
    year,
    level: 'National',
    code,
    name: code,
    regionCode: null,
    schoolType: 'Total' as SchoolType,
    enrolments: pupils,
    sessPossible: 1000,
    sessOverall: (r.overall ?? 50) * 10,
    sessAuthorised: null,
    sessUnauthorised: (r.unauth ?? 10) * 10,
    pa10: ((r.pa ?? 10) * pupils) / 100,
    pa50: ((r.severe ?? 1) * pupils) / 100,
    ...extra,
  };
}

const fixture: AbsenceRecord[] = [
  record('E92000001', '2015/16', { overall: 4, pa: 10, severe: 1 }),
  record('E92000001', '2021/22', { overall: 8, pa: 25, severe: 2 }),
  record('E92000001', '2022/23', { overall: 6, pa: 20, severe: 3, unauth: 2 }),
  ...(['State-funded primary', 'State-funded secondary', 'Special'] as const).map((schoolType, i) =>
    record('E92000001', '2022/23', { pa: [15, 25, 40][i] }, { schoolType }),
  ),
  record('MR-NORTH', '2022/23', { unauth: 3 }, { level: 'Macro-region', name: 'North' }),
  record('MR-MIDLANDS', '2022/23', { unauth: 2 }, { level: 'Macro-region', name: 'Midlands' }),
  record('MR-SOUTH', '2022/23', { unauth: 1 }, { level: 'Macro-region', name: 'South' }),
  record('LA1', '2022/23', { pa: 30, pupils: 2000 }, { level: 'Local authority', name: 'High' }),
  record('LA2', '2022/23', { pa: 10, pupils: 2000 }, { level: 'Local authority', name: 'Low' }),
  record('LA3', '2022/23', { pa: 2, pupils: MIN_LA_PUPILS - 1 }, { level: 'Local authority', name: 'Tiny' }),
];

const byId = (records: readonly AbsenceRecord[]) => Object.fromEntries(absenceInsights(records).map((i) => [i.id, i]));

describe('home page insights', () => {
  const insights = byId(fixture);

  it("states the change in England's overall absence as a relative change between the first and latest year", () => {
    expect(percentChange(4, 6)).toBe(50);
    expect(insights['overall-change'].headline).toBe('+50%');
    expect(insights['overall-change'].explanation).toContain(
      'rose from 4.0% of sessions in 2015/16 to 6.0% in 2022/23',
    );
  });

  it('says "fell" when absence went down, so the sentence stays true after a data refresh', () => {
    const falling = fixture.map((r) =>
      r.code === 'E92000001' && r.year === '2022/23' && r.schoolType === 'Total' ? { ...r, sessOverall: 30 } : r,
    );
    expect(byId(falling)['overall-change'].explanation).toContain('fell from 4.0%');
    expect(byId(falling)['overall-change'].headline).toBe('−25%');
  });

  it('finds the peak persistent absence year and keeps the missing years as gaps in the sparkline', () => {
    const pa = insights['persistent-peak'];
    expect(pa.headline).toBe('20.0%');
    expect(pa.explanation).toContain('down from a peak of 25.0% in 2021/22');
    expect(pa.chart.points.map((p) => p.label)).toEqual([
      '2015/16',
      '2016/17',
      '2017/18',
      '2018/19',
      '2019/20',
      '2020/21',
      '2021/22',
      '2022/23',
    ]);
    expect(pa.chart.points.find((p) => p.label === '2019/20')?.value).toBeNull();
  });

  it("gives the North's and the South's unauthorised absence rates side by side, each rounded once", () => {
    expect(insights['north-south-unauthorised'].headline).toMatch(/^\d+\.\d% vs \d+\.\d%$/);
    expect(insights['north-south-unauthorised'].explanation).toContain('above the South');
  });

  it('ranks LAs by persistent absence, leaving out LAs too small to compare', () => {
    const la = insights['la-range'];
    expect(la.headline).toBe('3.0×');
    expect(la.chart.points.map((p) => p.label)).toEqual(['Low', 'High']);
  });

  it('fails loudly rather than printing a made-up number when a needed figure is missing', () => {
    expect(() => absenceInsights(fixture.filter((r) => r.code !== 'MR-SOUTH'))).toThrow(/South unauthorised/);
  });
});

describe('insights that combine other datasets', () => {
  it('compares FSM-eligible pupils with others in the latest year where both are published', () => {
    const fsm = fsmInsight(
      [
        { group: 'FSM eligible', year: '2022/23', value: 30 },
        { group: 'FSM not eligible', year: '2022/23', value: 10 },
        { group: 'FSM eligible', year: '2023/24', value: 33 },
        { group: 'FSM not eligible', year: '2023/24', value: null },
      ],
      'src',
    );
    expect(fsm.years).toBe('2022/23');
    expect(fsm.headline).toBe('3.0×');
  });

  it('counts LAs in the top third for both absence and deprivation, by macro-region', () => {
    const high = { absence: 2, need: 2 } as const;
    const insight = highHighInsight(
      [
        { macro: 'North', cls: high },
        { macro: 'North', cls: high },
        { macro: 'North', cls: { absence: 2, need: 1 } },
        { macro: 'South', cls: high },
        { macro: 'South', cls: { absence: 0, need: 0 } },
        { macro: 'Midlands', cls: null },
      ],
      { year: '2024/25', absence: 'Overall absence', deprivation: 'IDACI 2019', deprivationSource: 'idaci' },
    );
    expect(insight.headline).toBe('3');
    expect(insight.explanation).toBe(
      'of 5 local authorities were in the top third for both overall absence and IDACI 2019 in 2024/25; 2 of them in the North (67% of its LAs).',
    );
    expect(insight.chart.points.map((p) => p.value)).toEqual([2, 0, 1]);
  });
});

describe("home page insights from the committed data match DfE's published figures", () => {
  const insights = byId(absenceRecords);

  it("gives England's overall absence as 4.6% in 2015/16 and persistent absence as 18.1% in 2024/25 (peak 22.5% in 2021/22)", () => {
    expect(insights['overall-change'].explanation).toContain('from 4.6% of sessions in 2015/16');
    expect(insights['persistent-peak'].headline).toBe('18.1%');
    expect(insights['persistent-peak'].explanation).toContain('peak of 22.5% in 2021/22');
  });

  it("gives FSM-eligible pupils' persistent absence in 2024/25 as DfE published it (32.35% against 12.10% for other pupils)", () => {
    const rows = groupRates
      .filter((g) => g.dim === 'fsm' && g.area === 'E92000001')
      .map((g) => ({ group: g.group, year: g.year, value: g.rates.persistent }));
    const fsm = fsmInsight(rows, 'absenceEthnicityFsm');
    expect(fsm.explanation).toContain('32.4% of eligible pupils against 12.1% of other pupils in England, 2024/25');
  });

  it('has six absence insights, each naming its years and linking to a view', () => {
    const all = Object.values(insights);
    expect(all.length).toBe(6);
    for (const i of all) expect(i.href).toMatch(/^\/[a-z]+\/$/);
  });
});
