import { describe, expect, it } from 'vitest';
import { decodeRates, encodeRates, indexRates, resolveState } from '../../../src/derive/subgroup-rates';
import { subgroupView } from '../../../src/derive/subgroup-view';
import { subgroupSentences } from '../../../src/derive/subgroup-sentences';
import { FIXTURE_AREAS, FIXTURE_RATES } from '../../fixtures/subgroups/rates';

const index = indexRates(FIXTURE_RATES);
const view = (over = {}) =>
  subgroupView(
    index,
    FIXTURE_AREAS,
    { dim: 'fsm', measure: 'persistent', year: '2022/23', area: 'E92000001', ...over },
    'E92000001',
  );

describe('the subgroup view', () => {
  it('sorts groups by rate with the unclassified residual last, and measures each against the reference group', () => {
    const v = view();
    expect(v.bars.map((b) => b.group)).toEqual(['FSM eligible', 'FSM not eligible', 'FSM unclassified']);
    expect(v.bars.map((b) => b.residual)).toEqual([false, false, true]);
    const eligible = v.bars.find((b) => b.group === 'FSM eligible')!;
    expect(eligible.gap.pp).toBeCloseTo(20.9, 10);
    expect(eligible.gap.ratio).toBeCloseTo(36.5 / 15.6, 10);
    expect(v.allPupils).toEqual({ rate: 21.2, n: 7080 });
  });

  it('marks groups of fewer than 100 pupils as small and leaves them and unclassified pupils out of the headline', () => {
    const v = view();
    expect(v.bars.find((b) => b.group === 'FSM unclassified')!.small).toBe(true);
    expect(v.focus?.group).toBe('FSM eligible');
  });

  it('shows the gap over time with the missing years as gaps, not filled', () => {
    const v = view();
    expect(v.trend.map((t) => t.year)).toEqual(['2018/19', '2019/20', '2020/21', '2021/22', '2022/23']);
    expect(v.trend.find((t) => t.year === '2019/20')!.value).toBeNull();
    expect(v.trend[0].value).toBeCloseTo(14.5, 10);
  });

  it('gives the gap by place, leaving the gap missing where the reference group has no pupils', () => {
    const v = view();
    expect(v.places.map((p) => p.name)).toEqual(['England', 'North East', 'South East', 'South West']);
    expect(v.places.find((p) => p.name === 'South West')!.gap).toEqual({ pp: null, ratio: null });
  });

  it('falls back to the latest year and England when the URL asks for something the data do not have', () => {
    expect(
      resolveState(index, { dim: 'nope', measure: 'overall', year: '1999/00', area: 'E99999999' }, 'E92000001'),
    ).toMatchObject({ dim: 'fsm', measure: 'persistent', year: '2022/23', area: 'E92000001' });
  });

  it('states the biggest gap, its change over time and the places with the largest and smallest gaps', () => {
    expect(subgroupSentences(view())).toEqual([
      'In 2022/23, 36.5% of pupils in the “FSM eligible” group in England (1,500 pupils) were persistently absent (missed 10% or more of sessions): 2.3 times as likely as pupils in the “FSM not eligible” group (15.6%), a gap of +20.9 pp.',
      'The gap was +14.5 pp in 2018/19 and +20.9 pp in 2022/23.',
    ]);
  });
});

describe('the page JSON encoding', () => {
  it('gives back exactly the group rates it was given', () => {
    expect(decodeRates(JSON.parse(JSON.stringify(encodeRates(FIXTURE_RATES))))).toEqual(FIXTURE_RATES);
  });
});
