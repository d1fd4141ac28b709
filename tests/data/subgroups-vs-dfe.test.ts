/** The committed subgroup data, as the page reads it, against DfE's published national, regional and LA figures. */
import { describe, expect, it } from 'vitest';
import { groupRates } from '../../src/views/subgroups/payload';
import { indexRates } from '../../src/derive/subgroup-rates';

const index = indexRates(groupRates);
const ENGLAND = 'E92000001';
const rateOf = (
  dim: string,
  group: string,
  year: string,
  measure: 'overall' | 'persistent' | 'severe',
  area = ENGLAND,
) => index.get(dim, group, year, area)?.rates[measure];

describe('absence by pupil characteristic matches DfE (2018/19 national characteristics file)', () => {
  it('gives FSM-eligible pupils 22.76% persistent absence and pupils with an EHC plan or statement 24.59%', () => {
    expect(rateOf('fsm', 'FSM eligible', '2018/19', 'persistent')).toBeCloseTo(22.76, 2);
    expect(rateOf('sen', 'EHC plan or statement', '2018/19', 'persistent')).toBeCloseTo(24.59, 2);
  });

  it('gives Gypsy/Roma pupils 46.94% and Travellers of Irish heritage 61.83% persistent absence in 2018/19', () => {
    expect(rateOf('ethnicity-minor', 'Gypsy/Roma', '2018/19', 'persistent')).toBeCloseTo(46.94, 2);
    expect(rateOf('ethnicity-minor', 'Irish Traveller', '2018/19', 'persistent')).toBeCloseTo(61.83, 2);
  });

  it('gives all pupils 4.726% overall absence and 10.862% persistent absence in 2018/19', () => {
    expect(index.allPupils('fsm', '2018/19', ENGLAND)?.rates.overall).toBeCloseTo(4.726, 3);
    expect(index.allPupils('fsm', '2018/19', ENGLAND)?.rates.persistent).toBeCloseTo(10.862, 3);
  });

  it('counts 1,125,712 FSM-eligible pupils and 219,900 + 878,135 = 1,098,035 with any SEN in 2018/19', () => {
    expect(index.get('fsm', 'FSM eligible', '2018/19', ENGLAND)?.n).toBe(1125712);
    expect(index.get('sen', 'EHC plan or statement', '2018/19', ENGLAND)?.n).toBe(219900);
    expect(index.get('sen', 'Any SEN', '2018/19', ENGLAND)?.n).toBe(1098035);
  });
});

describe('absence by ethnicity and FSM matches DfE (2023/24 and 2024/25)', () => {
  it('gives Gypsy/Roma pupils 17.64% overall, 62.74% persistent and 8.99% severe absence in 2023/24', () => {
    expect(rateOf('ethnicity-minor', 'Gypsy/Roma', '2023/24', 'overall')).toBeCloseTo(17.64, 2);
    expect(rateOf('ethnicity-minor', 'Gypsy/Roma', '2023/24', 'persistent')).toBeCloseTo(62.74, 2);
    expect(rateOf('ethnicity-minor', 'Gypsy/Roma', '2023/24', 'severe')).toBeCloseTo(8.99, 2);
  });

  it('gives Irish Traveller pupils 70.24% persistent absence in 2023/24 and 69.17% in 2024/25', () => {
    expect(rateOf('ethnicity-minor', 'Irish Traveller', '2023/24', 'persistent')).toBeCloseTo(70.24, 2);
    expect(rateOf('ethnicity-minor', 'Irish Traveller', '2024/25', 'persistent')).toBeCloseTo(69.17, 2);
  });

  it('gives all pupils 7.149% overall and 19.950% persistent absence in 2023/24', () => {
    expect(index.allPupils('ethnicity-minor', '2023/24', ENGLAND)?.rates.overall).toBeCloseTo(7.149, 3);
    expect(index.allPupils('ethnicity-minor', '2023/24', ENGLAND)?.rates.persistent).toBeCloseTo(19.95, 3);
  });

  it('splits ethnic groups by FSM eligibility as published: Gypsy/Roma 65.53% / 57.34%, White British 38.87% / 13.87% in 2023/24', () => {
    expect(rateOf('ethnicity-fsm', 'Gypsy/Roma, FSM eligible', '2023/24', 'persistent')).toBeCloseTo(65.53, 2);
    expect(rateOf('ethnicity-fsm', 'Gypsy/Roma, FSM not eligible', '2023/24', 'persistent')).toBeCloseTo(57.34, 2);
    expect(rateOf('ethnicity-fsm', 'White British, FSM eligible', '2023/24', 'persistent')).toBeCloseTo(38.87, 2);
    expect(index.get('ethnicity-fsm', 'White British, FSM not eligible', '2023/24', ENGLAND)?.n).toBe(3371482);
  });

  it("sums major ethnic groups from their minor groups' pupils", () => {
    const white = ['White British', 'Irish', 'Irish Traveller', 'Gypsy/Roma', 'Any other White background'].reduce(
      (sum, g) => sum + index.get('ethnicity-minor', g, '2024/25', ENGLAND)!.n!,
      0,
    );
    expect(index.get('ethnicity-major', 'White', '2024/25', ENGLAND)?.n).toBe(white);
  });
});

describe("absence distributions (bands) give DfE's persistent and severe absence by group", () => {
  it('gives the published England persistent absence by FSM and SEN for every year 2016/17 to 2022/23', () => {
    const published: Record<string, [number, number, number, number]> = {
      '2016/17': [22.61, 8.4, 18.5, 9.01],
      '2017/18': [23.6, 8.76, 19.35, 9.35],
      '2018/19': [22.76, 8.29, 19.21, 9.02],
      '2020/21': [24.37, 8.3, 24.14, 9.33],
      '2021/22': [37.19, 17.54, 33.12, 20.0],
      '2022/23': [36.5, 15.58, 32.24, 18.44],
    };
    for (const [year, [fsm, notFsm, anySen, noSen]] of Object.entries(published)) {
      expect(rateOf('fsm', 'FSM eligible', year, 'persistent')).toBeCloseTo(fsm, 1);
      expect(rateOf('fsm', 'FSM not eligible', year, 'persistent')).toBeCloseTo(notFsm, 1);
      if (year >= '2018/19') expect(rateOf('sen', 'Any SEN', year, 'persistent')).toBeCloseTo(anySen, 1);
      expect(rateOf('sen', 'No SEN', year, 'persistent')).toBeCloseTo(noSen, 1);
    }
  });

  it('follows the characteristics file for any SEN in 2016/17 and 2017/18, where the distributions file leaves more pupils unclassified', () => {
    // EHC plan or statement + SEN support: 198,030 of 1,043,422 pupils (the distributions file: 18.50% of 938,250)
    expect(index.get('sen', 'Any SEN', '2016/17', ENGLAND)?.n).toBe(1043422);
    expect(rateOf('sen', 'Any SEN', '2016/17', 'persistent')).toBeCloseTo(18.98, 2);
  });

  it('gives 2022/23 severe absence of 3.78% for FSM-eligible pupils and 4.35% for pupils with any SEN', () => {
    expect(rateOf('fsm', 'FSM eligible', '2022/23', 'severe')).toBeCloseTo(3.78, 2);
    expect(rateOf('sen', 'Any SEN', '2022/23', 'severe')).toBeCloseTo(4.35, 2);
  });

  it('gives 2022/23 persistent absence by gender and year group as published', () => {
    expect(rateOf('gender', 'Boys', '2022/23', 'persistent')).toBeCloseTo(21.02, 2);
    expect(rateOf('gender', 'Girls', '2022/23', 'persistent')).toBeCloseTo(21.42, 2);
    const byYear = [19.45, 16.56, 15.52, 15.58, 15.91, 15.99, 20.22, 25.71, 29.15, 30.03, 30.69];
    byYear.forEach((value, i) =>
      expect(rateOf('year-group', `Year ${i + 1}`, '2022/23', 'persistent')).toBeCloseTo(value, 2),
    );
  });

  it('gives Inner London 22.00% and Outer London 20.09% persistent absence in 2022/23, and London as their sum', () => {
    expect(index.allPupils('fsm', '2022/23', 'E13000001')?.rates.persistent).toBeCloseTo(22.0, 2);
    expect(index.allPupils('fsm', '2022/23', 'E13000002')?.rates.persistent).toBeCloseTo(20.09, 2);
    expect(index.allPupils('fsm', '2022/23', 'E12000007')?.rates.persistent).toBeCloseTo(20.71, 2);
  });

  it('makes North + Midlands + South hold every pupil in England', () => {
    const macro = ['MR-NORTH', 'MR-MIDLANDS', 'MR-SOUTH'].reduce(
      (s, code) => s + index.get('fsm', 'FSM eligible', '2022/23', code)!.n!,
      0,
    );
    expect(macro).toBe(index.get('fsm', 'FSM eligible', '2022/23', ENGLAND)!.n);
  });
});

describe('LA absence by SEN provision is kept as DfE published it', () => {
  it('gives Birmingham, Leeds and Kent 2022/23 persistent absence for EHC plan / SEN support / no SEN', () => {
    const published = {
      E08000025: [41.21, 34.29, 22.67],
      E08000035: [34.96, 31.88, 19.06],
      E10000016: [39.92, 34.56, 20.13],
    };
    for (const [la, [ehc, support, none]] of Object.entries(published)) {
      const r = (g: string) => index.get('sen', g, '2022/23', la);
      expect(r('EHC plan or statement')?.rates.persistent).toBeCloseTo(ehc, 2);
      expect(r('SEN support')?.rates.persistent).toBeCloseTo(support, 2);
      // No SEN by LA comes from the distributions counts where they exist, which agree with DfE's rate
      expect(r('No SEN')?.rates.persistent).toBeCloseTo(none, 1);
    }
  });

  it('uses the distributions counts for no SEN by LA where they exist, with their pupil numbers', () => {
    expect(index.get('sen', 'No SEN', '2022/23', 'E08000025')?.n).toBeGreaterThan(100000);
    expect(index.get('sen', 'No SEN', '2024/25', 'E08000025')?.published).toBe(true);
  });

  it('marks them as published rates without pupil numbers', () => {
    const r = index.get('sen', 'EHC plan or statement', '2024/25', 'E08000025');
    expect(r?.published).toBe(true);
    expect(r?.n).toBeNull();
  });
});
