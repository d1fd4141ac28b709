import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { bivariateMap, colourMap, shapesOf, unitStyle } from '../../src/charts/bivariate-map';
import { bivariateLegend } from '../../src/charts/bivariate-legend';
import { bivariateScatter } from '../../src/charts/bivariate-scatter';
import { serverDocument, toMarkup } from '../../src/charts/ssr';
import { mapUnitsFor } from '../../src/data/areas';
import { topologyFor } from '../../src/data/geo';
import { vintageFor, VINTAGES } from '../../src/config/boundaries';
import { years } from '../../src/data/absence';
import { expectSvgSnapshot } from '../helpers/svg-snapshot';

const snapshot = (name: string) => new URL(`./__snapshots__/${name}`, import.meta.url).pathname;

/** A clockwise (d3-geo) square, west edge at lon, south edge at lat. */
const square = (lon: number, lat: number, size = 1): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon, lat + size],
        [lon + size, lat + size],
        [lon + size, lat],
        [lon, lat],
      ],
    ],
  },
});

const fixture = {
  units: [
    { id: 'A', name: 'Alpha', feature: square(-2, 52) },
    { id: 'B', name: 'Beta', feature: square(-1, 52) },
    { id: 'L', name: 'Lambda', feature: square(-1, 51, 0.5) },
  ],
  regions: [{ id: 'R1', name: 'Region', feature: square(-2, 51, 2) }],
};
const classes = { A: { absence: 2, need: 2 }, B: { absence: 0, need: 1 }, L: null } as const;
const styleOf = (id: string) => unitStyle(id, classes[id as keyof typeof classes], 'North');

describe('bivariate map and legend render functions', () => {
  it('draw the same SVG for a fixed fixture (snapshot)', async () => {
    const document = serverDocument();
    const map = bivariateMap(fixture, {
      document,
      styleOf,
      macroOf: () => 'North',
      insetIds: ['L'],
      insetLabel: 'Inset',
      title: 'Fixture map',
      width: 300,
      height: 240,
    });
    await expectSvgSnapshot(toMarkup(map), snapshot('bivariate-map.svg'));
    const legend = bivariateLegend({
      document,
      counts: [
        [1, 0, 0],
        [0, 2, 0],
        [0, 0, 3],
      ],
      noData: 1,
      absenceLabel: 'Absence',
      needLabel: 'IDACI',
      note: 'Tertile classes across 6 LAs',
    });
    await expectSvgSnapshot(toMarkup(legend), snapshot('bivariate-legend.svg'));
    const scatter = bivariateScatter(
      [
        { id: 'A', name: 'Alpha', absence: 8, need: 0.3, fill: '#574249', cell: '2-2' },
        { id: 'B', name: 'Beta', absence: 6, need: 0.1, fill: '#b0d5df', cell: '0-1' },
      ],
      {
        document,
        breaks: { absence: [6.5, 7.5], need: [0.15, 0.25] },
        xLabel: 'IDACI',
        yLabel: 'Absence (%)',
        formatX: String,
        formatY: String,
        title: 'Fixture scatter',
        selected: 'A',
        width: 320,
        height: 220,
      },
    );
    await expectSvgSnapshot(toMarkup(scatter), snapshot('bivariate-scatter.svg'));
  });

  it('gives every scatter dot a tooltip and names the notable LAs without one name covering another or a dot', () => {
    const points = [
      { id: 'A', name: 'Alpha', absence: 8, need: 0.3, fill: '#574249', cell: '2-2' },
      { id: 'B', name: 'Beta', absence: 6, need: 0.1, fill: '#b0d5df', cell: '0-1' },
      { id: 'C', name: 'Gamma', absence: 7.9, need: 0.3, fill: '#574249', cell: '2-2' },
      { id: 'D', name: 'Delta', absence: 7, need: 0.2, fill: '#b0d5df', cell: '1-1' },
    ];
    const scatter = bivariateScatter(points, {
      document: serverDocument(),
      breaks: null,
      xLabel: 'IDACI',
      yLabel: 'Absence (%)',
      formatX: String,
      formatY: String,
      title: 't',
      describe: (p) => `${p.name}: ${p.absence}%`,
      labelled: ['A', 'B', 'C'],
    });
    expect([...scatter.querySelectorAll('.dot title')].map((t) => t.textContent)).toEqual([
      'Alpha: 8%',
      'Beta: 6%',
      'Gamma: 7.9%',
      'Delta: 7%',
    ]);
    const names = [...scatter.querySelectorAll('.notable-labels text')].map((t) => t.textContent);
    expect(names).toContain('Beta');
    expect(names).not.toContain('Delta');
    expect(names.length).toBeGreaterThanOrEqual(2);
  });

  it('hatches units without a class and names every main-map unit with its class', () => {
    const map = bivariateMap(fixture, {
      document: serverDocument(),
      styleOf,
      macroOf: () => 'North',
      insetIds: [],
      insetLabel: '',
      title: 't',
    });
    const paths = [...map.querySelectorAll('.las path.la')];
    expect(paths.map((p) => p.getAttribute('aria-label'))).toEqual([
      'A: high absence, high deprivation',
      'B: low absence, middle deprivation',
      'L: no data',
    ]);
    expect(paths[2].getAttribute('fill')).toBe('url(#bivariate-no-data)');
  });

  it('re-colours existing paths in place', () => {
    const map = bivariateMap(fixture, {
      document: serverDocument(),
      styleOf,
      macroOf: () => 'North',
      insetIds: [],
      insetLabel: '',
      title: 't',
    });
    const first = map.querySelector('path.la');
    colourMap(map, (id) => unitStyle(id, { absence: 1, need: 1 }, 'South'));
    expect(map.querySelector('path.la')).toBe(first);
    expect(first?.getAttribute('data-cell')).toBe('1-1');
    expect(first?.getAttribute('data-macro')).toBe('South');
  });
});

describe('map geometry', () => {
  for (const vintage of VINTAGES) {
    it(`draws no ${vintage} map unit or region as covering the whole sphere (d3.geoArea < 2π)`, () => {
      const yearsDrawn = years.filter((y) => vintageFor(y) === vintage);
      expect(yearsDrawn.length).toBeGreaterThan(0);
      for (const year of yearsDrawn) {
        const shapes = shapesOf(topologyFor(vintage), mapUnitsFor(year));
        const tooBig = [...shapes.units, ...shapes.regions]
          .filter((s) => geoArea(s.feature) >= 2 * Math.PI)
          .map((s) => `${year} ${s.name}`);
        expect(tooBig).toEqual([]);
      }
    });
  }
});

describe('the bivariate legend', () => {
  it('writes the range of each third under the columns and beside the rows', () => {
    const legend = toMarkup(
      bivariateLegend({
        document: serverDocument(),
        counts: [
          [1, 0, 0],
          [0, 2, 0],
          [0, 0, 3],
        ],
        noData: 0,
        absenceLabel: 'Higher overall absence',
        needLabel: 'More deprived (IDACI 2019)',
        note: 'Each axis split into three equal groups of the 6 LAs',
        absenceCuts: ['under 6.3%', '6.3–6.9%', 'over 6.9%'],
        needCuts: ['under 0.120', '0.120–0.190', 'over 0.190'],
      }),
    );
    for (const cut of ['under 6.3%', '6.3–6.9%', 'over 6.9%', 'under 0.120', 'over 0.190'])
      expect(legend).toContain(`>${cut}<`);
  });
});
