/** The map figure drawn from one fetched year payload (as its embed does in the browser) matches the build's. */
import { describe, expect, it } from 'vitest';
import { serverDocument, toMarkup } from '../../src/charts/ssr';
import figure, {
  bivariateScatter,
  bivariateView,
  buildMapData,
  state,
  yearPayload,
} from '../../src/figures/bivariate-absence-idaci';
import { mapFigure, mapScatterFigure } from '../../src/figures/map';

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
    expect(subtitle('att8')).toContain('and for Attainment 8');
    expect(subtitle('idaci2019')).toContain('and for IDACI');
  });
});

describe('the map scatterplot as a figure of its own', () => {
  const s = { measure: 'overall', type: 'all', year: '2024/25', dep: 'idaci2019' } as const;

  it('is registered, with the map’s rows and sources and a title naming both variables and the year', async () => {
    const { FIGURES } = await import('../../src/figures/index');
    expect(FIGURES).toContain(bivariateScatter);
    expect(bivariateScatter.rows(s)).toEqual(figure.rows(s));
    expect(bivariateScatter.provenance).toEqual(figure.provenance);
    expect(bivariateScatter.title(s)).toBe('Overall absence against IDACI 2019, every local authority, 2024/25');
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
