/**
 * The gap between pupil groups and their reference group, per academic year: the site's trend chart
 * (period bands, 2019/20 and other years without data as breaks in the lines) on a percentage-point axis.
 */
import { pp } from '../lib/format';
import { CATEGORICAL, PUPIL_KINDS } from './palette';
import { trendChart, type TrendPoint } from './trend-chart';

export interface GapTrendOptions {
  document: Document;
  /** The group the gaps are measured against, e.g. "FSM not eligible". */
  referenceLabel: string;
  width?: number;
}

export function gapTrend(points: readonly TrendPoint[], options: GapTrendOptions): SVGSVGElement | HTMLElement {
  const { document, referenceLabel, width } = options;
  // Pupil groups in the pupil-kind colours (slate, ochre, teal), never a place's.
  const groups = [...new Set(points.map((p) => p.series))];
  const kinds = [...PUPIL_KINDS.map((k) => k.light), ...CATEGORICAL];
  return trendChart(points, {
    document,
    colours: Object.fromEntries(groups.map((g, i) => [g, kinds[i % kinds.length]])),
    width,
    height: 320,
    yLabel: `Gap to ${referenceLabel} (percentage points)`,
    formatValue: pp,
  });
}
