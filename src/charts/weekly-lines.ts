/**
 * Week-by-week lines, one per autumn term, over DfE's week numbers. Weeks without data (half terms) break the
 * line. Years are told apart by dash pattern and weight, not hue (the current year solid in the text colour,
 * earlier ones grey), so the chart reads in both themes and keeps hues for areas elsewhere.
 */
import * as Plot from '@observablehq/plot';
import { withoutMarkLabels } from './aria';
import { appendKey, keyRows, type KeyItem } from './chart-key';
import { NEUTRAL } from './palette';

export interface WeeklyLine {
  label: string;
  points: { week: number; value: number | null }[];
  /** The highlighted (current) line. */
  current?: boolean;
}

const OLDER_DASHES = ['2,3', '6,4', ''];

/** Styles for the lines in order (oldest first): the last current one solid text colour, others grey dashes. */
export function lineStyles(lines: readonly WeeklyLine[]): KeyItem[] {
  const older = lines.filter((l) => !l.current);
  return lines.map((l) =>
    l.current
      ? { label: l.label, colour: 'currentColor', strokeWidth: 3 }
      : {
          label: l.label,
          colour: NEUTRAL.olderYears,
          dash: OLDER_DASHES[OLDER_DASHES.length - older.length + older.indexOf(l)] ?? '',
          strokeWidth: 2,
        },
  );
}

export function weeklyLines(
  lines: readonly WeeklyLine[],
  options: { document: Document; width?: number; yLabel: string },
): SVGSVGElement | HTMLElement {
  const { document, width = 720, yLabel } = options;
  const fontSize = width < 520 ? 11 : 12;
  const styles = lineStyles(lines);
  const weeks = [...new Set(lines.flatMap((l) => l.points.map((p) => p.week)))].sort((a, b) => a - b);
  const [first, last] = [weeks[0] ?? 37, weeks.at(-1) ?? 51];
  // Every week in range gets a point, so a missing week (half term) is a break in the line, never bridged.
  const points = lines.flatMap((l, i) => {
    const at = new Map(l.points.map((p) => [p.week, p.value]));
    const [from, to] = [Math.min(...l.points.map((p) => p.week)), Math.max(...l.points.map((p) => p.week))];
    return Array.from({ length: to - from + 1 }, (_, k) => ({
      line: i,
      week: from + k,
      value: at.get(from + k) ?? NaN,
    }));
  });
  const rows = keyRows(styles, width - 60, fontSize);
  // The key sits under the x axis label.
  const marginBottom = 56 + rows * (fontSize + 8);
  const height = Math.round(Math.min(380, Math.max(260, width * 0.55))) + marginBottom;
  const step = width < 520 ? 2 : 1;
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft: 44,
    marginRight: 16,
    marginTop: 24,
    marginBottom,
    style: { fontSize: `${fontSize}px`, overflow: 'visible' },
    x: {
      domain: [first - 0.5, last + 0.5],
      ticks: weeks.filter((w) => (w - first) % step === 0),
      tickFormat: (w: number) => String(w),
      label: 'Week number (as published by DfE)',
      labelAnchor: 'center',
      labelOffset: 32,
    },
    y: { label: yLabel, grid: true, zero: true, nice: true },
    marks: [
      Plot.ruleY([0]),
      ...lines.map((_, i) =>
        Plot.lineY(
          points.filter((p) => p.line === i),
          {
            x: 'week',
            y: 'value',
            stroke: styles[i].colour,
            strokeWidth: styles[i].strokeWidth,
            strokeDasharray: styles[i].dash || undefined,
          },
        ),
      ),
      ...lines.map((_, i) =>
        Plot.dot(
          points.filter((p) => p.line === i && !Number.isNaN(p.value)),
          {
            x: 'week',
            y: 'value',
            fill: styles[i].colour,
            r: lines[i].current ? 3 : 2,
          },
        ),
      ),
    ],
  });
  const root = svg.tagName.toLowerCase() === 'svg' ? svg : svg.querySelector('svg')!;
  appendKey(root, styles, { document, left: 44, top: height - marginBottom + 50, width: width - 60, fontSize });
  return withoutMarkLabels(svg);
}
