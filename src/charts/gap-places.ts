/**
 * A dumbbell per place: a group's rate (filled dot) and its reference group's rate (hollow dot)
 * joined by a line whose length is the gap. Places are drawn in the order given.
 */
import * as Plot from '@observablehq/plot';
import { textWidth } from './end-labels';
import { CATEGORICAL } from './palette';
import { withoutMarkLabels } from './aria';

export interface PlaceGap {
  name: string;
  focus: number | null;
  reference: number | null;
}

export interface GapPlacesOptions {
  document: Document;
  xLabel: string;
  focusLabel: string;
  referenceLabel: string;
  width?: number;
}

export function gapPlaces(data: readonly PlaceGap[], options: GapPlacesOptions): SVGSVGElement | HTMLElement {
  const { document, xLabel, focusLabel, referenceLabel, width = 720 } = options;
  const rows = data.filter((d) => d.focus !== null && d.reference !== null);
  const marginLeft = Math.min(Math.max(...rows.map((d) => textWidth(d.name, 12)), 40) + 12, width * 0.4);
  return withoutMarkLabels(Plot.plot({
    document,
    width,
    height: 60 + rows.length * 24 + 40,
    marginLeft,
    marginRight: 24,
    style: { fontSize: '12px', overflow: 'visible' },
    x: { label: xLabel, grid: true, zero: true, nice: true },
    y: { domain: rows.map((d) => d.name), label: null },
    color: { legend: true, domain: [focusLabel, referenceLabel], range: [CATEGORICAL[0], CATEGORICAL[1]] },
    marks: [
      Plot.link(rows, { x1: 'reference', x2: 'focus', y1: 'name', y2: 'name', stroke: 'currentColor', strokeOpacity: 0.5, strokeWidth: 2 }),
      Plot.dot(rows, { x: 'reference', y: 'name', r: 5, stroke: () => referenceLabel, strokeWidth: 2, fill: 'none' }),
      Plot.dot(rows, { x: 'focus', y: 'name', r: 5, fill: () => focusLabel }),
      Plot.ruleX([0]),
    ],
  }));
}
