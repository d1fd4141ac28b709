/**
 * Line chart of absence over academic years, one line per series, with the COVID periods as
 * labelled bands and 2019/20 as a gap (lines break on missing values, never bridge them). 2020/21's
 * points are hollow: DfE's figures for that year leave out COVID-related non-attendance.
 * Series are labelled directly at their line ends with their last value; `yearHover` adds the year hover layer.
 */
import * as Plot from '@observablehq/plot';
import { COVID_CAVEAT_YEAR, PERIODS, startYear } from '../config/periods';
import { withoutMarkLabels } from './aria';
import { addEndLabels, endLabelRoom, textWidth } from './end-labels';
import { pct, yearTick } from '../lib/format';
import { CATEGORICAL, CONTEXT_COLOUR, NEUTRAL, PERIOD_FILLS } from './palette';
import { svgEl } from './svg';
import { addYearHover } from './year-hover';
import { chartKey, lineSwatch, withKeyAbove } from './key';

export interface TrendPoint {
  year: string;
  series: string;
  value: number | null;
}

export interface TrendChartOptions {
  document: Document;
  /** Y axis label, e.g. "Overall absence (%)". */
  yLabel: string;
  width?: number;
  height?: number;
  /** Series -> colour; unlisted series take the categorical palette in order. */
  colours?: Record<string, string>;
  /** A series drawn as a dashed reference line (e.g. England). */
  reference?: string;
  /** A series drawn thicker than the others (e.g. the LA a comparison is about). */
  emphasis?: string;
  /** Series -> SVG dash pattern, for series that share a colour (e.g. Inner and Outer London). */
  dashes?: Record<string, string>;
  /** Draw the period bands (default true). */
  periods?: boolean;
  /** Label line ends (default true). */
  endLabels?: boolean;
  /** Series drawn as quiet context (thin, grey, no points or labels), e.g. the other regions. */
  muted?: readonly string[];
  /** End labels give only the value, not the series name (when a title names the series). */
  valueLabels?: boolean;
  /** Add Plot's pointer tips (browser only, mouse only). */
  interactive?: boolean;
  /** How end labels and tips give a value (default a rate, "6.8%"; a gap chart passes `pp`: "+0.3 pp"). */
  formatValue?: (v: number) => string;
  /** Source or definition breaks inside the years shown: a grey rule after `after`, with a short label. */
  breaks?: readonly { after: string; label: string }[];
  /** Name the series in a key above the chart at every width (keyedTrendChart), e.g. when lines end in different years. */
  keyAbove?: boolean;
  /** Add the year hover layer: values on hover and, wired by src/client/widgets/year-hover.ts, on keyboard focus. */
  yearHover?: boolean;
  fontSize?: number;
}

const REFERENCE_DASH = '5,4';
const GAP_ID = 'gap';

/** Share of the value range left free above the data for the period band labels (at least). */
const BAND_LABEL_ROOM = 0.12;
const MARGIN_Y = 32;

/** Period bands clipped to the plotted years, in start-year units. */
function periodBands(minX: number, maxX: number) {
  return PERIODS.map((p) => ({
    ...p,
    x1: startYear(p.from) - 0.5,
    x2: Math.min(p.to === null ? maxX : startYear(p.to), maxX) + 0.5,
  }))
    .filter((p) => p.x2 > minX && p.x1 < maxX)
    .map((p) => ({ ...p, x1: Math.max(p.x1, minX - 0.5) }));
}

/** A band label, broken onto two lines when wider than its band, or left out when it still does not fit. */
function fitLabel(label: string, px: number, fontSize: number): string {
  if (textWidth(label, fontSize) <= px) return label;
  const wrapped = label.replace(/[ -]/, (m) => (m === ' ' ? '\n' : '-\n'));
  return Math.max(...wrapped.split('\n').map((l) => textWidth(l, fontSize))) <= px ? wrapped : '';
}

export function trendChart(data: readonly TrendPoint[], options: TrendChartOptions): SVGSVGElement | HTMLElement {
  const {
    document,
    yLabel,
    width = 720,
    height = 360,
    reference,
    interactive = false,
    yearHover = false,
    endLabels = true,
    fontSize = 12,
    formatValue = pct,
  } = options;
  const points = data.map((d) => ({ ...d, x: startYear(d.year), value: d.value ?? NaN }));
  const xs = [...new Set(points.map((p) => p.x))];
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const series = [...new Set(points.map((p) => p.series))];
  // Secondary text (band labels, hover values) one size down, never under 11 px.
  const small = Math.max(11, fontSize - 1);
  const muted = new Set(options.muted ?? []);
  const colourOf = new Map(
    series.map((s, i) => [
      s,
      muted.has(s) ? CONTEXT_COLOUR : (options.colours?.[s] ?? CATEGORICAL[i % CATEGORICAL.length]),
    ]),
  );
  const shown = points.filter((p) => !muted.has(p.series));
  const dashOf = (s: string) => (s === reference ? REFERENCE_DASH : (options.dashes?.[s] ?? ''));
  const dashGroups = [...new Set(series.map(dashOf))];
  // With an emphasised series, the others are thinner; otherwise one width per dash group (as before).
  const widthOf = (dash: string) =>
    options.emphasis
      ? (p: { series: string }) => (p.series === options.emphasis ? 3.5 : dash ? 2 : 1.75)
      : dash
        ? 2
        : 2.5;
  const marginLeft = 48;
  const lastOf = (s: string) => points.filter((p) => p.series === s && !Number.isNaN(p.value)).at(-1);
  const ends = series
    .filter((s) => !muted.has(s) && !(options.valueLabels && s === reference))
    .flatMap((s) => {
      const last = lastOf(s);
      return last ? [{ series: s, text: options.valueLabels ? '' : s, value: formatValue(last.value), last }] : [];
    });
  // Room for "name value" at the line ends, up to 45% of the width; longer names wrap, never clip.
  const marginRight = endLabels && ends.length ? endLabelRoom(ends, fontSize, Math.round(width * 0.45)) : 16;
  const yearPx = (width - marginLeft - marginRight) / (maxX - minX + 1);
  // Academic-year ticks need about 56px; on narrow charts label every second or third year. Years with no
  // value in any series (2019/20) get no tick: the axis never suggests data there.
  const tickStep = Math.ceil(56 / yearPx);
  const tickable = xs.filter((x) => points.some((p) => p.x === x && !Number.isNaN(p.value)));
  const maxTickable = Math.max(...tickable);
  const breaks = (options.breaks ?? []).filter((b) => startYear(b.after) >= minX && startYear(b.after) < maxX);
  const bands = (options.periods ?? true) ? periodBands(minX, maxX) : [];
  const bandText = (d: { id: string; label: string; x1: number; x2: number }) =>
    fitLabel(d.id === GAP_ID ? 'No data' : d.label, (d.x2 - d.x1) * yearPx, small);
  // Headroom above the highest value keeps the band labels at the top clear of the lines: enough for
  // their lines of text at this chart's height (a short panel with a two-line label needs more than 12%).
  const values = points.map((p) => p.value).filter(Number.isFinite);
  const [low, high] = [Math.min(0, ...values), Math.max(0, ...values)];
  const bandLines = Math.max(0, ...bands.map((b) => bandText(b).split('\n').length));
  // A break's label takes a line of its own below the band labels.
  const labelLines = bandLines + (breaks.length ? 1 : 0);
  const share = Math.min(0.5, (8 + labelLines * small * 1.2) / (height - 2 * MARGIN_Y));
  const yDomain = bands.length
    ? [low, high + (high - low) * Math.max(BAND_LABEL_ROOM, share / (1 - share))]
    : undefined;

  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    // The y axis label sits at the top of the SVG: room below it keeps the top tick clear.
    marginTop: MARGIN_Y,
    marginBottom: MARGIN_Y,
    style: { fontSize: `${fontSize}px`, overflow: 'visible' },
    x: {
      domain: [minX - 0.5, maxX + 0.5],
      ticks: tickable.filter((x) => (maxTickable - x) % tickStep === 0),
      tickFormat: yearTick,
      label: null,
    },
    y: { label: yLabel, grid: true, zero: true, nice: true, domain: yDomain },
    color: { domain: series, range: series.map((s) => colourOf.get(s)!) },
    marks: [
      Plot.rect(bands, { x1: 'x1', x2: 'x2', fill: (d) => PERIOD_FILLS[d.id], fillOpacity: 0.12 }),
      Plot.text(bands, {
        x: (d) => (d.x1 + d.x2) / 2,
        frameAnchor: 'top',
        dy: 4,
        fontSize: small,
        fill: 'currentColor',
        fillOpacity: 0.85,
        text: bandText,
      }),
      Plot.ruleY([0]),
      Plot.lineY(
        points.filter((p) => muted.has(p.series)),
        { x: 'x', y: 'value', z: 'series', stroke: CONTEXT_COLOUR, strokeWidth: 1 },
      ),
      ...dashGroups.map((dash) =>
        Plot.lineY(
          shown.filter((p) => dashOf(p.series) === dash),
          {
            x: 'x',
            y: 'value',
            z: 'series',
            stroke: 'series',
            strokeWidth: widthOf(dash),
            strokeDasharray: dash || undefined,
          },
        ),
      ),
      Plot.dot(
        shown.filter((p) => !Number.isNaN(p.value) && p.year !== COVID_CAVEAT_YEAR),
        { x: 'x', y: 'value', fill: 'series', r: 2.5 },
      ),
      Plot.dot(
        shown.filter((p) => !Number.isNaN(p.value) && p.year === COVID_CAVEAT_YEAR),
        { x: 'x', y: 'value', stroke: 'series', fill: 'none', strokeWidth: 1.5, r: 3.5 },
      ),
      ...(interactive
        ? [
            Plot.tip(
              points,
              Plot.pointer({ x: 'x', y: 'value', title: (d) => `${d.series}, ${d.year}: ${formatValue(d.value)}` }),
            ),
          ]
        : []),
    ],
  }) as unknown as SVGSVGElement & { scale(name: 'x' | 'y'): { apply(v: number): number; range: number[] } };

  const x = (v: number) => svg.scale('x').apply(v);
  const y = (v: number) => svg.scale('y').apply(v);
  const [bottom, top] = svg.scale('y').range;
  for (const b of breaks)
    addBreak(svg, b.label, x(startYear(b.after) + 0.5), {
      document,
      top,
      bottom,
      labelY: top + 4 + bandLines * small * 1.2 + small,
      right: width - marginRight,
      fontSize: small,
    });
  if (endLabels) {
    const labels = ends.map((e) => ({
      text: e.text,
      value: e.value,
      colour: colourOf.get(e.series)!,
      x: x(e.last.x),
      y: y(e.last.value),
    }));
    addEndLabels(svg, labels, { document, top, bottom, right: width, fontSize });
  }
  if (yearHover) {
    const gapNote = 'no data: schools closed';
    const columns = xs.map((year) => {
      const at = shown.filter((p) => p.x === year);
      return {
        year: at[0].year,
        x: x(year),
        note: gapNote,
        points: at.map((p) => ({
          series: p.series,
          colour: colourOf.get(p.series)!,
          value: Number.isNaN(p.value) ? null : p.value,
          y: Number.isNaN(p.value) ? null : y(p.value),
        })),
      };
    });
    addYearHover(svg, columns, { document, top, bottom, width, columnWidth: yearPx, fontSize: small });
  }
  return withoutMarkLabels(svg);
}

/** A source break: a dashed neutral rule across the plot and its label beside it (right of the rule where it fits). */
function addBreak(
  svg: Element,
  label: string,
  at: number,
  o: { document: Document; top: number; bottom: number; labelY: number; right: number; fontSize: number },
): void {
  const g = svgEl(o.document, 'g', { class: 'source-break', 'aria-hidden': 'true' });
  g.append(
    svgEl(o.document, 'line', {
      x1: at,
      x2: at,
      y1: o.top,
      y2: o.bottom,
      stroke: NEUTRAL.connector,
      'stroke-width': 1.25,
      'stroke-dasharray': '3,3',
    }),
  );
  const fits = at + 4 + textWidth(label, o.fontSize) <= o.right;
  g.append(
    svgEl(
      o.document,
      'text',
      {
        x: fits ? at + 4 : at - 4,
        y: o.labelY,
        'text-anchor': fits ? 'start' : 'end',
        'font-size': o.fontSize,
        fill: 'currentColor',
      },
      label,
    ),
  );
  svg.append(g);
}

/** Below this width a chart's series names go in a key above it, so no end label is ever cut short. */
export const KEY_ABOVE_BELOW = 560;

/** A trend chart whose series are named at the line ends, or on narrow widths in a wrapping key above the chart. */
export function keyedTrendChart(data: readonly TrendPoint[], options: TrendChartOptions): SVGSVGElement | HTMLElement {
  const width = options.width ?? 720;
  if (width >= KEY_ABOVE_BELOW && !options.keyAbove) return trendChart(data, options);
  const chart = trendChart(data, { ...options, endLabels: false }) as SVGSVGElement;
  const series = [...new Set(data.map((d) => d.series))];
  const items = series.map((label, i) => ({
    label,
    bold: label === options.emphasis,
    swatch: lineSwatch(
      options.document,
      options.colours?.[label] ?? CATEGORICAL[i % CATEGORICAL.length],
      label === options.reference ? REFERENCE_DASH : (options.dashes?.[label] ?? ''),
      label === options.emphasis ? 3.5 : 2.5,
    ),
  }));
  return withKeyAbove(options.document, chart, chartKey(options.document, items, width, 12), width);
}
