/**
 * The gap between pupil groups and their reference group, per academic year: the site's trend chart
 * (period bands, 2019/20 and other years without data as breaks in the lines) on a percentage-point axis,
 * with any source break marked. Lines that end in different years are named in a key above the chart,
 * so no end label sits mid-plot over the other lines.
 */
import { pp } from '../lib/format';
import { groupMidSentence } from '../config/subgroups';
import { CATEGORICAL, PUPIL_KINDS } from './palette';
import { keyedTrendChart, type TrendPoint } from './trend-chart';

export interface GapTrendOptions {
  document: Document;
  /** The group the gaps are measured against, e.g. "FSM not eligible". */
  referenceLabel: string;
  width?: number;
  /** A source break inside the years shown (the last year before it and a short label). */
  sourceBreak?: { after: string; label: string };
}

export function gapTrend(points: readonly TrendPoint[], options: GapTrendOptions): SVGSVGElement | HTMLElement {
  const { document, referenceLabel, width, sourceBreak } = options;
  // Pupil groups in the pupil-kind colours (slate, ochre, teal), never a place's; a fourth group skips the
  // categorical ochre, too close to the pupil-kind one to tell apart.
  const groups = [...new Set(points.map((p) => p.series))];
  const lastYears = new Set(groups.map((g) => points.filter((p) => p.series === g && p.value !== null).at(-1)?.year));
  const kinds = [...PUPIL_KINDS.map((k) => k.light), ...CATEGORICAL.slice(1)];
  return keyedTrendChart(points, {
    document,
    colours: Object.fromEntries(groups.map((g, i) => [g, kinds[i % kinds.length]])),
    width,
    height: 320,
    yLabel: `Gap to ${groupMidSentence(referenceLabel)} (percentage points)`,
    formatValue: pp,
    breaks: sourceBreak ? [sourceBreak] : [],
    keyAbove: lastYears.size > 1,
  });
}
