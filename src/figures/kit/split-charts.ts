/** The /context/ views' charts as figures, one per chart, for their embeds, downloads and citations. */
import { defineFigure, type FigureSpec } from '../types';
import type { StateSpec } from '../../lib/url-state';

/** Charts over every year of their span: they take no year. */
const OVER_TIME: readonly string[] = ['trend', 'semh'];

/**
 * Every chart of a view, each a registered figure: the view's figure itself for its first (default)
 * chart, and for each other chart a figure of its own (id `<id>-<chart>`) with the chart fixed and,
 * for a chart over time, no year. Same titles, rows and drawing as the view's figure in that chart.
 */
export function viewCharts(spec: FigureSpec<StateSpec>): FigureSpec<StateSpec>[] {
  const { year, chart } = spec.state;
  const others = chart.values
    .filter((c) => c !== chart.default)
    .map((c) => {
      const full = (s: Record<string, string>) => ({ year: year.default, ...s, chart: c });
      return defineFigure<StateSpec>({
        ...spec,
        id: `${spec.id}-${c.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}`,
        state: OVER_TIME.includes(c) ? {} : { year },
        title: (s) => spec.title(full(s)),
        subtitle: (s) => spec.subtitle(full(s)),
        summary: (s) => spec.summary(full(s)),
        rows: (s) => spec.rows(full(s)),
        render: (s, options) => spec.render(full(s), options),
      });
    });
  return [spec, ...others];
}
