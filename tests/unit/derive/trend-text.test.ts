import { describe, expect, it } from 'vitest';
import { areaPhrase, trendSentences } from '../../../src/derive/trend-text';
import type { PeriodSummaryRow } from '../../../src/derive/period-summary';
import { absenceRecords } from '../../../src/data/absence';
import { buildTrendsData, sentencesFor } from '../../../src/views/trends/model';

const row = (name: string, pre: number, during: number, post: number): PeriodSummaryRow => ({
  code: name,
  name,
  rates: { pre, during, post },
  changes: [
    { from: 'pre', to: 'during', pp: during - pre, percent: (100 * (during - pre)) / pre },
    { from: 'during', to: 'post', pp: post - during, percent: (100 * (post - during)) / during },
    { from: 'pre', to: 'post', pp: post - pre, percent: (100 * (post - pre)) / pre },
  ],
});

describe('generated trend sentences', () => {
  const input = {
    measure: 'unauthorised' as const,
    latestYear: '2024/25',
    latest: [
      { name: 'North', value: 2.8 },
      { name: 'Midlands', value: 2.3 },
      { name: 'South', value: 2.0 },
    ],
    summary: [row('North', 1.5, 1.9, 2.9), row('Midlands', 1.3, 1.8, 2.4), row('South', 1.0, 1.5, 2.0)],
    reference: row('England', 1.25, 1.7, 2.4),
    referenceSeries: [
      { year: '2021/22', value: 1.9 },
      { year: '2022/23', value: 2.3 },
      { year: '2023/24', value: 2.5 },
      { year: '2024/25', value: 2.4 },
    ],
  };

  it('states the gap between the highest and lowest area in the latest year', () => {
    expect(trendSentences(input)[0]).toBe(
      "In 2024/25 the North's unauthorised absence rate (2.8%) was 0.8 pp above the South's (2.0%), the lowest.",
    );
  });

  it("names one area when it is highest in every period, and each period's highest otherwise", () => {
    expect(trendSentences(input)[1]).toBe(
      'The North had the highest unauthorised absence rate in every period: 1.5% pre-COVID, 1.9% during COVID and 2.9% post-COVID.',
    );
    const swapped = { ...input, summary: [row('North', 1.5, 1.9, 2.9), row('South', 1.6, 1.5, 2.0)] };
    expect(trendSentences(swapped)[1]).toBe(
      'Highest unauthorised absence rate by period: pre-COVID the South (1.6%); during COVID the North (1.9%); post-COVID the North (2.9%).',
    );
  });

  it("reports England's change from pre- to post-COVID in pp and percent, and since during COVID", () => {
    expect(trendSentences(input)[2]).toBe(
      // 1.25% -> 2.40% is quoted to two decimals: at one (1.3% -> 2.4%, +1.2 pp) the change would contradict the rates.
      "England's unauthorised absence rate rose from 1.25% pre-COVID (2015/16 to 2018/19) to 2.40% post-COVID (2022/23 to 2024/25): +1.15 pp (+92%). " +
        'Compared with during COVID (1.7%; 2020/21 excludes COVID-related absence) it rose by 0.7 pp.',
    );
  });

  it("gives the direction of England's rate within the post-COVID period", () => {
    expect(trendSentences(input)[3]).toBe(
      "In the post-COVID period, England's unauthorised absence rate went from 2.3% in 2022/23 to 2.4% in 2024/25 (+0.1 pp).",
    );
  });

  it("gives the range of the areas' pre- to post-COVID changes", () => {
    expect(trendSentences(input)[4]).toBe(
      'From pre-COVID to post-COVID the change ranged from +1.0 pp in the South to +1.4 pp in the North.',
    );
  });

  it('leaves out a sentence it cannot support, rather than stating a pattern from missing data', () => {
    expect(
      trendSentences({
        ...input,
        latest: [
          { name: 'North', value: null },
          { name: 'South', value: 2 },
        ],
      })[0],
    ).not.toMatch(/^In 2024\/25/);
  });

  it('writes area names as in running text', () => {
    expect(['North', 'East of England', 'London', 'Yorkshire and The Humber', 'Inner London'].map(areaPhrase)).toEqual([
      'the North',
      'the East of England',
      'London',
      'Yorkshire and The Humber',
      'Inner London',
    ]);
  });
});

describe("the sentences on the real series (the report's headline pattern)", () => {
  const data = buildTrendsData(absenceRecords);

  it('finds the North highest for overall and unauthorised absence in every period, all schools', () => {
    for (const measure of ['overall', 'unauthorised'] as const) {
      expect(sentencesFor(data, { measure, type: 'all', view: 'macro' })[1]).toMatch(/^The North had the highest/);
    }
  });
});
