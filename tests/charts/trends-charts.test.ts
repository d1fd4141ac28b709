/** Snapshots of the regional trends charts on small fixed fixtures. */
import { describe, expect, it } from 'vitest';
import { trendChart, type TrendPoint } from '../../src/charts/trend-chart';
import { smallMultiples } from '../../src/charts/small-multiples';
import { regionBars } from '../../src/charts/region-bars';
import { serverDocument, toMarkup } from '../../src/charts/ssr';
import { CONTEXT_COLOUR, MACRO_COLOURS } from '../../src/charts/palette';
import { regionalTrendsByMeasure } from '../../src/figures/macro-region-trends';
import { expectSvgSnapshot } from '../helpers/svg-snapshot';

const snapshot = (name: string) => new URL(`./__snapshots__/${name}`, import.meta.url).pathname;

const document = serverDocument();
const years = ['2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23'];
const series = (name: string, base: number): TrendPoint[] =>
  years.map((year, i) => ({ year, series: name, value: year === '2019/20' ? null : base + i * 0.5 }));
const fixture = [...series('North', 5), ...series('South', 4.9), ...series('England', 4.95)];
const colours = { North: MACRO_COLOURS.North, South: MACRO_COLOURS.South, England: MACRO_COLOURS.England };

describe('trend chart', () => {
  const markup = toMarkup(
    trendChart(fixture, {
      document,
      yLabel: 'Overall absence (%)',
      colours,
      reference: 'England',
      yearHover: true,
      width: 600,
    }),
  );

  it('breaks every line at 2019/20 instead of bridging the gap', () => {
    const lineGroups = [...markup.matchAll(/<g fill="none"[^]*?<\/g>/g)].map((m) => m[0]).join('');
    const lines = [...lineGroups.matchAll(/ d="(M[^"]+)"/g)].map((m) => m[1]);
    expect(lines).toHaveLength(3);
    expect(lines.every((d) => (d.match(/M/g) ?? []).length >= 2)).toBe(true);
  });

  it('labels line ends directly with the last value, in the series colour, nudged apart when values are close', () => {
    const labels = [
      ...markup.matchAll(
        /<text x="[\d.]+" y="([\d.]+)" fill="(#\w+)"[^>]*><tspan[^>]*>(North|South|England) ([\d.]+%)</g,
      ),
    ];
    expect(labels.map((m) => [m[3], m[2], m[4]]).sort()).toEqual(
      [
        ['England', '#666666', '7.5%'],
        ['North', '#C44A00', '7.5%'],
        ['South', '#0069AA', '7.4%'],
      ].sort(),
    );
    const ys = labels.map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(ys[1] - ys[0]).toBeGreaterThanOrEqual(14);
    expect(ys[2] - ys[1]).toBeGreaterThanOrEqual(14);
  });

  it('joins a moved label to its line only by a thin grey connector, never in a series colour', () => {
    const labels = markup.slice(markup.indexOf('class="end-labels"'));
    const connectors = [...labels.matchAll(/<path class="connector"[^>]*stroke="([^"]+)" stroke-width="([\d.]+)"/g)];
    expect(connectors.length).toBeGreaterThan(0);
    for (const [, stroke, width] of connectors) {
      expect(Object.values(colours)).not.toContain(stroke);
      expect(Number(width)).toBeLessThanOrEqual(1);
    }
  });

  it("draws 2020/21 hollow, for DfE's COVID caveat", () => {
    expect(markup.match(/fill="none" stroke-width="1.5"/g)?.length ?? 0).toBeGreaterThan(0);
  });

  it('has a hidden hover tip per year, with a note for the year without data', () => {
    expect(markup.match(/class="year-tip" visibility="hidden"/g)).toHaveLength(years.length);
    expect(markup).toContain('no data: schools closed');
    expect(markup).toContain('North: 7.5%');
  });

  it('leaves no aria-label on unroled groups (the text alternative is on the chart container)', () => {
    expect(markup).not.toMatch(/<g [^>]*aria-label=/);
  });

  it('renders the same SVG as the snapshot', async () => {
    await expectSvgSnapshot(markup, snapshot('trend-chart.svg'));
  });

  it('keeps the home page call (no hover layer, no reference) working', () => {
    const plain = toMarkup(
      trendChart(series('England', 4.5), { document, yLabel: 'Overall absence (%)', colours: { England: '#0072B2' } }),
    );
    expect(plain).not.toContain('year-hover');
    expect(plain).toMatch(/>England 7\.0%</);
  });
});

describe('small multiples', () => {
  it('draws one titled panel per measure under one legend', async () => {
    const svg = smallMultiples(
      [
        { title: 'Authorised absence', data: fixture },
        {
          title: 'Unauthorised absence',
          data: fixture.map((d) => ({ ...d, value: d.value === null ? null : d.value / 3 })),
        },
      ],
      { document, width: 600, colours, reference: 'England' },
    );
    const markup = toMarkup(svg);
    expect(markup.match(/<svg/g)).toHaveLength(3);
    expect(markup).toContain('>Unauthorised absence<');
    await expectSvgSnapshot(markup, snapshot('small-multiples.svg'));
  });
});

describe('every measure, nine regions', () => {
  const svg = regionalTrendsByMeasure.render({ type: 'all', view: 'regions' }, { document, width: 1000 });
  const panels = [...svg.querySelectorAll(':scope > svg')];

  it('colours at most six series per panel (North, Midlands, South and England) and draws the eleven regional areas in grey', () => {
    expect(panels).toHaveLength(5);
    for (const panel of panels) {
      const strokes = [...panel.querySelectorAll('path[stroke], g[stroke] > path')].map(
        (p) => p.getAttribute('stroke') ?? p.parentElement!.getAttribute('stroke'),
      );
      const coloured = new Set(strokes.filter((c) => c && c !== 'currentColor' && c !== CONTEXT_COLOUR));
      expect([...coloured].sort()).toEqual(
        ['North', 'Midlands', 'South', 'England'].map((m) => MACRO_COLOURS[m]).sort(),
      );
      expect(panel.querySelectorAll(`g[stroke="${CONTEXT_COLOUR}"] path`).length).toBeGreaterThanOrEqual(11);
    }
  });

  it('keys the colours and lists every plotted line in its table: 11 regional areas, 3 macro-regions and England', () => {
    expect(svg.querySelector('.legend')!.textContent).toBe('NorthMidlandsSouthRegions, Inner and Outer LondonEngland');
    const rows = regionalTrendsByMeasure.rows({ type: 'all', view: 'regions' });
    expect(new Set(rows.map((r) => r.area)).size).toBe(15);
  });
});

describe('region bars', () => {
  it('sorts bars highest first, writes their values, marks missing data and draws England as a rule', async () => {
    const svg = regionBars(
      [
        { name: 'London', value: 20.7, colour: '#0072B2' },
        { name: 'North East', value: 22.5, colour: '#D55E00' },
        { name: 'Inner London', value: null, colour: '#0072B2' },
      ],
      { document, xLabel: 'Persistent absence (%)', width: 500, reference: { name: 'England', value: 21.2 } },
    );
    const markup = toMarkup(svg);
    expect(markup.indexOf('>22.5%<')).toBeLessThan(markup.indexOf('>20.7%<'));
    expect(markup).toContain('>no data<');
    expect(markup).toContain('England 21.2%');
    await expectSvgSnapshot(markup, snapshot('region-bars.svg'));
  });
});
