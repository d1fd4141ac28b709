/** Snapshots of the context charts on small fixed fixtures. */
import { describe, expect, it } from 'vitest';
import { indicatorStrip } from '../../src/charts/indicator-strip';
import { indicatorTrend } from '../../src/charts/indicator-trend';
import { scatter } from '../../src/charts/scatter';
import { serverDocument, toMarkup } from '../../src/charts/ssr';
import { linearFit } from '../../src/derive/correlation';
import { REGION_COLOURS } from '../../src/charts/palette';
import { expectSvgSnapshot } from '../helpers/svg-snapshot';

const snapshot = (name: string) => new URL(`./__snapshots__/${name}`, import.meta.url).pathname;

const document = serverDocument();

describe('context charts', () => {
  it('draws regions as ticks, their LAs as dots and England as a dashed line, with the North in colour', async () => {
    const svg = indicatorStrip(
      {
        regions: [
          { name: 'North East', value: 66.3 },
          { name: 'London', value: 69.1 },
        ],
        las: [
          { name: 'Hartlepool', region: 'North East', value: 64.2 },
          { name: 'Camden', region: 'London', value: 70.4 },
        ],
        england: 67.2,
      },
      { document, xLabel: 'Good level of development (%)', width: 480 },
    );
    const markup = toMarkup(svg);
    expect(markup).toContain(REGION_COLOURS['North East']);
    expect(markup).toContain('England 67.2');
    await expectSvgSnapshot(markup, snapshot('indicator-strip.svg'));
  });

  it('breaks lines at missing years and labels only the highlighted and reference series', async () => {
    const years = ['2018/19', '2019/20', '2020/21', '2021/22'];
    const data = [
      ...years.map((year, i) => ({ year, series: 'England', value: i === 1 || i === 2 ? null : 70 + i })),
      ...years.map((year, i) => ({ year, series: 'North West', value: i === 1 || i === 2 ? null : 68 + i })),
      ...years.map((year, i) => ({ year, series: 'London', value: i === 1 || i === 2 ? null : 72 + i })),
    ];
    const svg = indicatorTrend(data, {
      document,
      yLabel: 'Good level of development (%)',
      highlight: { 'North West': '#E69F00' },
      reference: 'England',
      width: 560,
    });
    const markup = toMarkup(svg);
    expect(markup).toContain('North West 71.0');
    expect(markup).not.toContain('London 75.0');
    await expectSvgSnapshot(markup, snapshot('indicator-trend.svg'));
  });

  it('draws a scatter with its least-squares line, r and n, and an in-SVG legend', async () => {
    const points = [
      { x: 6.5, y: 44, label: 'Hartlepool', group: 'North East', highlight: true },
      { x: 7.1, y: 41, label: 'Middlesbrough', group: 'North East', highlight: true },
      { x: 5.8, y: 52, label: 'Camden', group: 'London', highlight: false },
      { x: 6.0, y: 50, label: 'Barnet', group: 'London', highlight: false },
    ];
    const svg = scatter(points, {
      document,
      xLabel: 'Overall absence (%)',
      yLabel: 'Attainment 8',
      width: 560,
      colours: { 'North East': REGION_COLOURS['North East'], London: REGION_COLOURS.London },
      symbols: { 'North East': 'circle', London: 'square' },
      fit: linearFit(points),
    });
    const markup = toMarkup(svg);
    expect(markup).toMatch(/r = −0\.\d\d, n = 4/);
    await expectSvgSnapshot(markup, snapshot('scatter.svg'));
  });
});
