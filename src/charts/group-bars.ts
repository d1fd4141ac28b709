/**
 * Horizontal bars of one rate per pupil group (highest first), each labelled with its rate and the
 * number of pupils behind it, a dashed all-pupils reference rule, and the reference group in grey.
 * Groups under the small-group threshold are drawn hollow and dashed (not as precise values);
 * groups with no published rate say "no data". Residual groups ("unclassified") come last in light
 * grey and never set the scale: a bar beyond it is cut at the edge and labelled "off the scale".
 */
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { textWidth } from './end-labels';
import { int, pct } from '../lib/format';
import { CONTEXT_COLOUR, ENGLAND_COLOUR, GROUP_COLOUR } from './palette';
import { withoutMarkLabels } from './aria';

export interface GroupBarDatum {
  group: string;
  rate: number | null;
  n: number | null;
  small: boolean;
  published: boolean;
  isReference: boolean;
  /** An "unclassified" residual: drawn last in grey, and left out of the scale (a longer bar is cut and says so). */
  residual?: boolean;
}

export interface GroupBarsOptions {
  document: Document;
  /** X axis label, e.g. "Persistent absence (% of pupils)". */
  xLabel: string;
  width?: number;
  allPupils?: { label: string; value: number | null };
}

const REFERENCE_COLOUR = ENGLAND_COLOUR;

const pupilsText = (d: GroupBarDatum): string =>
  `${d.n === null ? (d.published ? 'pupil numbers not published' : 'pupils not known') : `${int(d.n)} pupils`}${d.small ? ' (small group)' : ''}`;

export function barLabel(d: GroupBarDatum): string {
  return `${pct(d.rate)} · ${pupilsText(d)}`;
}

/** Widest share of the chart the value column may take. */
const LABEL_SHARE = 0.4;
const LABEL_FONT = 11;
/** Below this width each group's name and value go above its bar, so the bars get the whole width. */
export const LABELS_ABOVE_BELOW = 560;
const NAME_FONT = 12;
const LINE = 15;

/** Narrow layout: the name and value above each bar, on one line when they fit, else the value on a line of its own. */
function narrowBars(
  known: readonly (GroupBarDatum & { shown: number; label: string; colour: string })[],
  missing: readonly GroupBarDatum[],
  order: readonly string[],
  o: {
    document: Document;
    width: number;
    xLabel: string;
    scaleMax: number;
    ref: { value: number | null; text: string }[];
  },
): SVGSVGElement | HTMLElement {
  const [marginLeft, marginRight] = [4, 8];
  const plotWidth = o.width - marginLeft - marginRight;
  const oneLine = (d: { group: string; label: string }) =>
    textWidth(d.group, NAME_FONT) + textWidth(d.label, LABEL_FONT) + 12 <= plotWidth;
  const lines = Math.max(1, ...known.map((d) => (oneLine(d) ? 1 : 2)));
  const [header, bar] = [lines * LINE + 2, 16];
  const rowHeight = header + bar + 10;
  const top = (n: number) => -rowHeight / 2 + n * LINE + 9;
  return withoutMarkLabels(
    Plot.plot({
      document: o.document,
      width: o.width,
      height: 34 + order.length * rowHeight + 48,
      marginLeft,
      marginRight,
      marginTop: 34,
      marginBottom: 48,
      style: { fontSize: '12px', overflow: 'visible' },
      x: { label: o.xLabel, grid: true, domain: [0, o.scaleMax || 1], ticks: 4 },
      y: { domain: order, label: null, axis: null, padding: 0 },
      marks: [
        Plot.barX(
          known.filter((d) => !d.small),
          { x: 'shown', y: 'group', fill: 'colour', insetTop: header, insetBottom: 10 },
        ),
        Plot.barX(
          known.filter((d) => d.small),
          {
            x: 'shown',
            y: 'group',
            fill: 'none',
            stroke: 'colour',
            strokeWidth: 1.5,
            strokeDasharray: '4,3',
            insetTop: header,
            insetBottom: 10,
          },
        ),
        Plot.text([...known, ...missing], {
          y: 'group',
          frameAnchor: 'left',
          dy: top(0),
          text: 'group',
          textAnchor: 'start',
          fill: 'currentColor',
          fontSize: NAME_FONT,
          fontWeight: 600,
        }),
        // Plot's dy is constant: values on the name's line, and those that need a line of their own.
        ...[true, false].map((one) =>
          Plot.text(
            known.filter((d) => oneLine(d) === one),
            {
              y: 'group',
              frameAnchor: 'right',
              dy: top(one ? 0 : 1),
              text: 'label',
              textAnchor: 'end',
              fill: 'currentColor',
              fontSize: LABEL_FONT,
            },
          ),
        ),
        Plot.text(missing, {
          y: 'group',
          frameAnchor: 'right',
          dy: top(0),
          text: () => 'no data',
          textAnchor: 'end',
          fill: 'currentColor',
          fontSize: LABEL_FONT,
        }),
        // The all-pupils rule crosses the bars only, never the names and values above them.
        Plot.tickX(
          o.ref.flatMap((r) => order.map((group) => ({ value: r.value, group }))),
          {
            x: 'value',
            y: 'group',
            insetTop: header - 2,
            insetBottom: 6,
            stroke: 'currentColor',
            strokeDasharray: '5,4',
            strokeWidth: 1.5,
          },
        ),
        Plot.text(o.ref, { x: 'value', frameAnchor: 'top', dy: -20, text: 'text', fill: 'currentColor' }),
        Plot.ruleX([0]),
      ],
    }),
  );
}

export function groupBars(data: readonly GroupBarDatum[], options: GroupBarsOptions): SVGSVGElement | HTMLElement {
  const { document, xLabel, width = 720, allPupils } = options;
  const order = data.map((d) => d.group);
  const dataMax = Math.max(
    0,
    ...data.filter((d) => !d.residual && d.rate !== null).map((d) => d.rate!),
    allPupils?.value ?? 0,
  );
  const scaleMax = dataMax > 0 ? scaleLinear().domain([0, dataMax]).nice().domain()[1] : 0;
  const cut = (d: GroupBarDatum) => Boolean(d.residual) && d.rate! > scaleMax && scaleMax > 0;
  const withRate = data.filter((d) => d.rate !== null);
  const oneLine = (d: GroupBarDatum) => `${barLabel(d)}${cut(d) ? ', off the scale' : ''}`;
  // On a narrow chart the value and the pupil count go on two lines, so the column fits beside the bars.
  const stacked = Math.max(0, ...withRate.map((d) => textWidth(oneLine(d), LABEL_FONT))) + 12 > width * LABEL_SHARE;
  const narrow = width < LABELS_ABOVE_BELOW;
  const known = withRate.map((d) => ({
    ...d,
    shown: cut(d) ? scaleMax : d.rate!,
    label: stacked && !narrow ? `${pct(d.rate)}${cut(d) ? ', off the scale' : ''}\n${pupilsText(d)}` : oneLine(d),
    colour: d.residual ? CONTEXT_COLOUR : d.isReference ? REFERENCE_COLOUR : GROUP_COLOUR,
  }));
  const missing = data.filter((d) => d.rate === null);
  const ref =
    allPupils && allPupils.value !== null ? [{ ...allPupils, text: `${allPupils.label} ${pct(allPupils.value)}` }] : [];
  if (narrow) return narrowBars(known, missing, order, { document, width, xLabel, scaleMax, ref });
  const marginLeft = Math.min(Math.max(...order.map((g) => textWidth(g, 12)), 40) + 12, width * 0.4);
  const maxLabel = Math.max(0, ...known.flatMap((d) => d.label.split('\n').map((l) => textWidth(l, LABEL_FONT))));
  const marginRight = Math.min(maxLabel + 12, width * LABEL_SHARE);
  const rowHeight = stacked ? 34 : 28;
  // A narrow plot still labels its scale beyond 0 (Plot's default asks for one tick per 80 px).
  const ticks = width - marginLeft - marginRight < 160 ? 2 : undefined;

  return withoutMarkLabels(
    Plot.plot({
      document,
      width,
      height: 40 + order.length * rowHeight + 40,
      marginLeft,
      marginRight,
      marginTop: 34,
      // The x axis label sits at the foot of the SVG: room above it keeps the tick labels clear.
      marginBottom: 48,
      style: { fontSize: '12px', overflow: 'visible' },
      x: { label: xLabel, grid: true, domain: [0, scaleMax || 1], ticks },
      y: { domain: order, label: null },
      marks: [
        Plot.barX(
          known.filter((d) => !d.small),
          { x: 'shown', y: 'group', fill: 'colour' },
        ),
        Plot.barX(
          known.filter((d) => d.small),
          { x: 'shown', y: 'group', fill: 'none', stroke: 'colour', strokeWidth: 1.5, strokeDasharray: '4,3' },
        ),
        // Values in a column at the right, where the all-pupils rule never crosses them.
        Plot.text(known, {
          y: 'group',
          frameAnchor: 'right',
          dx: marginRight - 2,
          text: 'label',
          textAnchor: 'end',
          fill: 'currentColor',
          fontSize: LABEL_FONT,
          lineHeight: 1.15,
        }),
        Plot.text(missing, {
          x: 0,
          y: 'group',
          text: () => 'no data',
          textAnchor: 'start',
          dx: 4,
          fill: 'currentColor',
          fontSize: 11,
        }),
        Plot.ruleX(ref, { x: 'value', stroke: 'currentColor', strokeDasharray: '5,4', strokeWidth: 1.5 }),
        Plot.text(ref, { x: 'value', frameAnchor: 'top', dy: -20, text: 'text', fill: 'currentColor' }),
        Plot.ruleX([0]),
      ],
    }),
  );
}
