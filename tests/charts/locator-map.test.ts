import { describe, expect, it } from 'vitest';
import { locatorMap } from '../../src/charts/locator-map';
import { serverDocument, toMarkup } from '../../src/charts/ssr';
import type { Feature, Geometry } from 'geojson';
import { expectSvgSnapshot } from '../helpers/svg-snapshot';

const snapshot = (name: string) => new URL(`./__snapshots__/${name}`, import.meta.url).pathname;

const square = (x: number, y: number, size: number): Feature<Geometry> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x, y + size],
        [x + size, y + size],
        [x + size, y],
        [x, y],
      ],
    ],
  },
});
const england = square(-5, 50, 6);
const regionBorders = {
  type: 'MultiLineString' as const,
  coordinates: [
    [
      [-5, 53],
      [1, 53],
    ],
  ],
};

describe('locator map', () => {
  it('draws England, its region borders and the highlighted area, labelled for screen readers', async () => {
    const svg = locatorMap(
      { england, regionBorders, highlight: [square(-2, 54, 1)] },
      { document: serverDocument(), label: 'Map: where Testshire is in England' },
    );
    expect(svg.getAttribute('aria-label')).toBe('Map: where Testshire is in England');
    expect(svg.querySelectorAll('path')).toHaveLength(3);
    expect(svg.querySelector('circle')).toBeNull();
    await expectSvgSnapshot(toMarkup(svg), snapshot('locator-map.svg'));
  });

  it('rings an area too small to see', () => {
    const svg = locatorMap(
      { england, regionBorders, highlight: [square(-0.1, 51.5, 0.05)] },
      { document: serverDocument(), label: 'x' },
    );
    expect(svg.querySelector('circle')).not.toBeNull();
  });
});
