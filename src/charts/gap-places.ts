/**
 * A dumbbell per place: a group's rate (filled dot) and its reference group's rate (hollow dot)
 * joined by a line whose length is the gap. Places are drawn in the order given. The key is drawn
 * inside the SVG, so the chart is one SVG on the page, in embeds and in downloads.
 */
import * as Plot from '@observablehq/plot';
import { textWidth } from './end-labels';
import { ENGLAND_COLOUR, GROUP_COLOUR } from './palette';
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
  // On a phone the longest region name is shortened, as on the school-readiness strip, so no name is cut.
  const nameOf = (name: string) => (width < 480 ? name.replace('Yorkshire and The Humber', 'Yorks & Humber') : name);
  const marginLeft = Math.min(Math.max(...rows.map((d) => textWidth(nameOf(d.name), 12)), 40) + 12, width * 0.4);
  const key = { frameAnchor: 'top-left', dy: -24 } as const;
  // The reference group's key sits beside the focus group's, or below it when the two do not fit on one line.
  const besideX = 16 + textWidth(focusLabel, 12) + 24;
  const oneLine = marginLeft + besideX + 11 + textWidth(referenceLabel, 12) <= width;
  const referenceKey = oneLine ? { ...key } : { ...key, dy: -8 };
  const referenceKeyX = oneLine ? besideX : 5;
  return withoutMarkLabels(
    Plot.plot({
      document,
      width,
      height: 60 + rows.length * 24 + 40,
      marginTop: 40,
      marginLeft,
      marginRight: 24,
      // The x axis label sits at the foot of the SVG: room above it keeps the tick labels clear.
      marginBottom: 48,
      style: { fontSize: '12px', overflow: 'visible' },
      x: { label: xLabel, grid: true, zero: true, nice: true },
      y: { domain: rows.map((d) => d.name), label: null, tickFormat: nameOf },
      color: { domain: [focusLabel, referenceLabel], range: [GROUP_COLOUR, ENGLAND_COLOUR] },
      marks: [
        Plot.link(rows, {
          x1: 'reference',
          x2: 'focus',
          y1: 'name',
          y2: 'name',
          stroke: 'currentColor',
          strokeOpacity: 0.5,
          strokeWidth: 2,
        }),
        Plot.dot(rows, { x: 'reference', y: 'name', r: 5, stroke: () => referenceLabel, strokeWidth: 2, fill: 'none' }),
        Plot.dot(rows, { x: 'focus', y: 'name', r: 5, fill: () => focusLabel }),
        Plot.ruleX([0]),
        // The key: filled dot for the group, hollow dot for the reference group.
        Plot.dot([focusLabel], { ...key, dx: 5, r: 5, fill: GROUP_COLOUR }),
        Plot.text([focusLabel], { ...key, dx: 16, textAnchor: 'start', lineAnchor: 'middle', text: (d) => d }),
        Plot.dot([referenceLabel], {
          ...referenceKey,
          dx: referenceKeyX,
          r: 5,
          stroke: ENGLAND_COLOUR,
          strokeWidth: 2,
          fill: 'none',
        }),
        Plot.text([referenceLabel], {
          ...referenceKey,
          dx: referenceKeyX + 11,
          textAnchor: 'start',
          lineAnchor: 'middle',
          text: (d) => d,
        }),
      ],
    }),
  );
}
