/** Every /context/ chart is a registered figure showing what the page showed for that chart. */
import { describe, expect, it } from 'vitest';
import readiness, { charts as readinessCharts } from '../../src/figures/school-readiness-by-region';
import send, { charts as sendCharts } from '../../src/figures/send-by-region';
import attainment, { charts as attainmentCharts } from '../../src/figures/absence-vs-attainment';
import { FIGURES } from '../../src/figures/index';
import { defaultState, variantsOf } from '../../src/figures/kit/variants';
import { figureTable } from '../../src/figures/kit/table';
import type { FigureSpec } from '../../src/figures/types';
import type { StateSpec } from '../../src/lib/url-state';

const views: { spec: FigureSpec<StateSpec>; charts: FigureSpec<StateSpec>[]; names: string[]; ids: string[] }[] = [
  {
    spec: readiness,
    charts: readinessCharts,
    names: ['year', 'trend'],
    ids: ['school-readiness-by-region', 'school-readiness-by-region-trend'],
  },
  {
    spec: send,
    charts: sendCharts,
    names: ['ehcp', 'senSupport', 'semh'],
    ids: ['send-by-region', 'send-by-region-sen-support', 'send-by-region-semh'],
  },
  {
    spec: attainment,
    charts: attainmentCharts,
    names: ['las', 'regions'],
    ids: ['absence-vs-attainment', 'absence-vs-attainment-regions'],
  },
];

describe('the /context/ charts as figures', () => {
  it('register one figure per chart of each view, the view figure first', () => {
    for (const { spec, charts, ids } of views) {
      expect(charts.map((c) => c.id)).toEqual(ids);
      expect(charts[0]).toBe(spec);
      for (const chart of charts) expect(FIGURES).toContain(chart);
    }
  });

  it('give each chart the data table the view figure gives it, in every year it takes', () => {
    for (const { spec, charts, names } of views) {
      for (const [i, chart] of charts.entries()) {
        if (i === 0) continue; // the view figure itself
        for (const state of variantsOf(chart.state)) {
          const full = { ...defaultState(spec.state), ...state, chart: names[i] };
          expect(figureTable(chart, state)).toEqual(figureTable(spec, full));
          expect(chart.title(state)).toBe(spec.title(full));
        }
      }
    }
  });

  it('take a year only for charts of one year: the charts over time have one prerendered state', () => {
    expect(Object.keys(sendCharts[1].state)).toEqual(['year']);
    expect(variantsOf(sendCharts[1].state).length).toBe(send.state.year.values.length);
    for (const over of [readinessCharts[1], sendCharts[2]]) expect(variantsOf(over.state)).toEqual([{}]);
  });

  it('draw absence against Attainment 8 one year at a time, by region as by LA: never pooled across years', () => {
    expect(Object.keys(attainmentCharts[1].state)).toEqual(['year']);
    const rows = attainmentCharts[1].rows({ year: '2022/23' });
    expect(new Set(rows.map((r) => r.academic_year))).toEqual(new Set(['2022/23']));
    expect(rows).toHaveLength(9);
    expect(attainmentCharts[1].summary({ year: '2022/23' })).toMatch(/Across 9 regions in 2022\/23, .*n = 9/);
    expect(attainment.subtitle({ year: '2022/23', chart: 'las' })).toContain(
      'Attainment 8 is key stage 4 (age 16) only',
    );
  });

  it('mark the teacher-assessed grade year', () => {
    const tag = attainment.state.year.values.find((y) => y === '2020/21');
    if (tag) expect(attainment.subtitle({ year: tag, chart: 'las' })).toContain('teacher-assessed grades');
  });
});
