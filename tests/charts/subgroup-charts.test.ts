import { describe, expect, it } from 'vitest';
import { groupBars } from '../../src/charts/group-bars';
import { gapTrend } from '../../src/charts/gap-trend';
import { gapPlaces } from '../../src/charts/gap-places';
import { serverDocument, toMarkup } from '../../src/charts/ssr';
import { indexRates } from '../../src/derive/subgroup-rates';
import { subgroupView } from '../../src/derive/subgroup-view';
import { FIXTURE_AREAS, FIXTURE_RATES } from '../fixtures/subgroups/rates';
import { expectSvgSnapshot } from '../helpers/svg-snapshot';

const snapshot = (name: string) => new URL(`./__snapshots__/${name}`, import.meta.url).pathname;

const view = subgroupView(
  indexRates(FIXTURE_RATES),
  FIXTURE_AREAS,
  { dim: 'fsm', measure: 'persistent', year: '2022/23', area: 'E92000001' },
  'E92000001',
);
const document = serverDocument();

describe('subgroup charts', () => {
  it('draws group bars with pupil numbers, the all-pupils rule and small groups hollow', async () => {
    const svg = groupBars(view.bars, {
      document,
      xLabel: 'Persistent absence (%)',
      allPupils: { label: 'All pupils', value: view.allPupils.rate },
    });
    const markup = toMarkup(svg);
    expect(markup).toContain('1,500 pupils');
    expect(markup).toContain('(small group)');
    expect(markup).toContain('stroke-dasharray="4,3"');
    await expectSvgSnapshot(markup, snapshot('group-bars.svg'));
  });

  it("on a phone, names each group above its bar so the bars take the chart's width, text at least 11 px", async () => {
    const svg = groupBars(view.bars, {
      document,
      width: 358,
      xLabel: 'Persistent absence (%)',
      allPupils: { label: 'All pupils', value: view.allPupils.rate },
    }) as SVGSVGElement;
    const bars = [...svg.querySelectorAll('rect')];
    expect(Math.max(...bars.map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width'))))).toBeGreaterThan(
      300,
    );
    expect(Math.min(...bars.map((r) => Number(r.getAttribute('x'))))).toBeLessThan(10);
    const sizes = [...svg.querySelectorAll('[font-size]')].map((el) => Number(el.getAttribute('font-size')));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    // The all-pupils rule crosses the bars only: one tick per group, none through the names above them.
    expect(svg.querySelectorAll('[stroke-dasharray="5,4"] line')).toHaveLength(view.bars.length);
    await expectSvgSnapshot(toMarkup(svg), snapshot('group-bars-phone.svg'));
  });

  it('draws the gap over time with 2019/20 as a break', async () => {
    const markup = toMarkup(gapTrend(view.trend, { document, referenceLabel: view.referenceLabel }));
    expect(markup).toContain('Gap to FSM not eligible');
    await expectSvgSnapshot(markup, snapshot('gap-trend.svg'));
  });

  it('draws a dumbbell per place, leaving out places without both rates', async () => {
    const markup = toMarkup(
      gapPlaces(view.places, {
        document,
        xLabel: 'Persistent absence (%)',
        focusLabel: 'FSM eligible',
        referenceLabel: 'FSM not eligible',
      }),
    );
    expect(markup).toContain('North East');
    expect(markup).not.toContain('South West');
    await expectSvgSnapshot(markup, snapshot('gap-places.svg'));
  });
});

describe('unclassified groups', () => {
  it('come last in grey and never set the scale: a longer bar is cut and labelled off the scale', () => {
    const markup = toMarkup(
      groupBars(
        [
          { group: 'FSM eligible', rate: 32.4, n: 1000, small: false, published: false, isReference: false },
          { group: 'FSM not eligible', rate: 12.1, n: 5000, small: false, published: false, isReference: true },
          {
            group: 'FSM unclassified',
            rate: 63.8,
            n: 800,
            small: false,
            published: false,
            isReference: false,
            residual: true,
          },
        ],
        { document: serverDocument(), xLabel: 'Persistent absence (%)', width: 600 },
      ),
    );
    expect(markup).toContain('63.8% · 800 pupils, off the scale');
    const ticks = [...markup.matchAll(/<text y="0.71em" transform="translate\([\d.]+,\d+\)">(\d+)<\/text>/g)].map((m) =>
      Number(m[1]),
    );
    expect(Math.max(...ticks)).toBeLessThan(40);
  });
});
