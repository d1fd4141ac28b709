/** The map figure drawn from one fetched year payload (as its embed does in the browser) matches the build's. */
import { describe, expect, it } from 'vitest';
import { serverDocument, toMarkup } from '../../src/charts/ssr';
import figure, {
  bivariateScatter,
  bivariateView,
  buildMapData,
  pageStateSpec,
  state,
  yearPayload,
} from '../../src/figures/bivariate-absence-idaci';
import { mapFigure, mapScatterFigure } from '../../src/figures/map';
import { figureCsv } from '../../src/figures/kit/export';
import { deprivationFor } from '../../src/data/deprivation';
import { MAP_LABELS } from '../../src/config/map-options';
import { describeRow, scatterTip, viewOf } from '../../src/views/map/model';
import { legendFor } from '../../src/views/map/render';

describe('the map figure from a single year payload', () => {
  const year = '2022/23';
  const payload = JSON.parse(JSON.stringify(yearPayload(year)));
  const topology = JSON.parse(JSON.stringify(buildMapData.topologyOf(payload.vintage)));
  const live = mapFigure({
    spec: state,
    provenance: payload.provenance,
    payloadOf: () => payload,
    topologyOf: () => topology,
  });

  for (const dep of state.dep.values) {
    const s = { measure: 'persistent', type: 'secondary', year, dep } as const;
    it(`gives the build's title, summary, rows and drawing for ${dep}`, () => {
      expect(live.title(s)).toBe(figure.title(s));
      expect(live.summary(s)).toBe(figure.summary(s));
      expect(live.rows(s)).toEqual(figure.rows(s));
      expect(toMarkup(live.render(s, { document: serverDocument() }))).toBe(
        toMarkup(figure.render(s, { document: serverDocument() })),
      );
    });
  }

  it('rows hold the classes computed from the data, not only from the payload', () => {
    const s = { measure: 'overall', type: 'all', year, dep: 'gld' } as const;
    const fromData = bivariateView(s).rows;
    expect(live.rows(s).map((r) => r.secondRank)).toEqual(fromData.map((r) => r.needRank?.rank ?? null));
  });

  it('names the second variable in its subtitle as a sentence would: common nouns lower case, names as they are', () => {
    const subtitle = (dep: (typeof state.dep.values)[number]) =>
      figure.subtitle({ measure: 'overall', type: 'all', year, dep });
    expect(subtitle('gld')).toContain('and for school readiness');
    expect(subtitle('att8')).toContain('and for GCSE attainment: Attainment 8 score');
    expect(subtitle('idaci2019')).toContain(
      'and for child income deprivation (IDACI 2019): % of children in income-deprived families',
    );
  });
});

describe('the map scatterplot as a figure of its own', () => {
  const s = { measure: 'overall', type: 'all', year: '2024/25', dep: 'idaci2019' } as const;

  it('is registered, with the map’s rows and sources and a title naming both variables and the year', async () => {
    const { FIGURES } = await import('../../src/figures/index');
    expect(FIGURES).toContain(bivariateScatter);
    expect(bivariateScatter.rows(s)).toEqual(figure.rows(s));
    expect(bivariateScatter.provenance).toEqual(figure.provenance);
    expect(bivariateScatter.title(s)).toBe(
      'Overall absence against child income deprivation (IDACI 2019), every local authority, 2024/25',
    );
  });

  it('draws one dot per LA with both values, and the same from a single fetched year payload', () => {
    const doc = serverDocument();
    const svg = bivariateScatter.render(s, { document: doc });
    const withBoth = figure.rows(s).filter((r) => r.absence !== null && r.secondValue !== null).length;
    expect(svg.querySelectorAll('.dots circle').length).toBe(withBoth);
    const payload = JSON.parse(JSON.stringify(yearPayload(s.year)));
    const live = mapScatterFigure({
      spec: state,
      provenance: payload.provenance,
      payloadOf: () => payload,
      topologyOf: () => {
        throw new Error('a scatterplot needs no boundaries');
      },
    });
    expect(toMarkup(live.render(s, { document: serverDocument() }))).toBe(toMarkup(svg));
  });
});

describe('the map and its scatterplot in plain words', () => {
  const s = { measure: 'overall', type: 'all', year: '2024/25', dep: 'idaci2019' } as const;

  it("gives child income deprivation as a percentage of children, as the LA profile does (Knowsley's IDACI 2019 score 0.303 is 30.3%)", () => {
    const knowsley = figure.rows(s).find((r) => r.la === 'Knowsley')!;
    expect(deprivationFor('E08000011')?.idaci2019Score).toBe(0.303);
    expect(knowsley.secondValue).toBe(30.3);
    expect(knowsley.second).toBe('Child income deprivation (IDACI 2019): % of children in income-deprived families');
  });

  it('words the scatter tooltip and the map tooltip plainly, each variable named once with its value in %', () => {
    const view = viewOf(yearPayload(s.year), s, MAP_LABELS.deps[s.dep]);
    const knowsley = view.rows.find((r) => r.name === 'Knowsley')!;
    expect(scatterTip(knowsley, MAP_LABELS.measures.overall, MAP_LABELS.deps.idaci2019)).toMatch(
      /^Knowsley: overall absence \d+\.\d%; child income deprivation 30\.3% of children$/,
    );
    const config = { ...MAP_LABELS, spec: pageStateSpec(), yearSlugs: {}, profiles: {} };
    const lines = describeRow(knowsley, config, { ...s, la: '', emph: '', tab: '' });
    expect(lines[2]).toMatch(
      /^Child income deprivation \(IDACI 2019\): 30\.3% of children aged 0–15 in income-deprived families, rank \d+ of \d+ \(1 = most deprived\)$/,
    );
  });

  it('labels the scatterplot axis, the legend and the CSV header in plain words, with cut-points in % of children', () => {
    const doc = serverDocument();
    const wide = bivariateScatter.render(s, { document: doc, width: 640 });
    expect(toMarkup(wide)).toContain('>Child income deprivation (IDACI 2019), % of children →<');
    // On a phone the axis title breaks after its comma rather than run out of the chart.
    const phone = [...bivariateScatter.render(s, { document: doc, width: 358 }).querySelectorAll('.axes text')];
    expect(phone.slice(-3, -1).map((t) => t.textContent)).toEqual([
      'Child income deprivation (IDACI 2019),',
      '% of children →',
    ]);
    expect(toMarkup(wide)).not.toContain('score');
    const map = figure.render(s, { document: doc });
    const legendText = [...map.querySelectorAll('.bivariate-legend text')].map((t) => t.textContent);
    expect(legendText).toContain('Child income deprivation →');
    expect(legendText.filter((t) => /^(under|over) \d+\.\d%$|^\d+\.\d%–\d+\.\d%$/.test(t ?? '')).length).toBe(6);
    const csv = figureCsv(figure, s, 'https://example.org/map/');
    expect(figure.columns.map((c) => c.label)).toContain('Absence rate (%, the measure and year in the title)');
    expect(csv).toContain('# Overall absence and child income deprivation by local authority, 2024/25');
    expect(csv).toMatch(
      /\nKnowsley,E08000011,North West,[\d.]+,\d+,Child income deprivation \(IDACI 2019\): % of children in income-deprived families,30\.3,/,
    );
  });

  it('says the legend counts are one macro-region’s when it is emphasised, and England’s otherwise', () => {
    const doc = serverDocument();
    const view = viewOf(yearPayload(s.year), s, MAP_LABELS.deps[s.dep]);
    const count = (svg: SVGSVGElement) =>
      [...svg.querySelectorAll('.cell[data-cell]:not([data-cell="none"]) text')].reduce(
        (n, t) => n + Number(t.textContent),
        0,
      );
    const all = legendFor(view, 'Overall absence', MAP_LABELS.deps[s.dep], doc);
    const north = legendFor(view, 'Overall absence', MAP_LABELS.deps[s.dep], doc, undefined, 'North');
    expect(all.querySelector('.legend-note')?.textContent).toMatch(/^Each axis: thirds of England’s \d+ LAs$/);
    expect(north.querySelector('.legend-note')?.textContent).toBe('Counts: North only (thirds of England)');
    expect(count(north)).toBe(view.rows.filter((r) => r.macro === 'North' && r.cls).length);
    expect(count(north)).toBeLessThan(count(all));
  });

  it('names each notable LA next to its dot on a 358 px phone chart, or joins it to its dot with a grey leader line', () => {
    for (const dep of state.dep.values) {
      for (const measure of ['overall', 'persistent'] as const) {
        const svg = bivariateScatter.render({ ...s, measure, dep }, { document: serverDocument(), width: 358 });
        const labels = [...svg.querySelectorAll('.notable-labels text')];
        expect(labels.length, `${measure} ${dep}`).toBeGreaterThanOrEqual(4);
        for (const label of labels) {
          const id = label.getAttribute('data-for');
          const dot = svg.querySelector(`.dot[data-id="${id}"]`)!;
          const [cx, cy] = ['cx', 'cy'].map((a) => Number(dot.getAttribute(a)));
          const [x, y] = ['x', 'y'].map((a) => Number(label.getAttribute(a)));
          const box = [x, y - 11, x + (label.textContent ?? '').length * 7.2, y + 3];
          const gap = Math.hypot(Math.max(box[0] - cx, 0, cx - box[2]), Math.max(box[1] - cy, 0, cy - box[3]));
          const leader = svg.querySelector(`.notable-labels line.leader[data-for="${id}"]`);
          if (gap > 12) expect(leader, `${label.textContent} in ${measure} ${dep}`).not.toBeNull();
          if (leader) expect(leader.getAttribute('stroke')).toBe('#8C8C8C');
        }
      }
    }
  });
});
