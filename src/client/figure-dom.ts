/** Browser-side updates of a rendered ChartFigure and its tables, with text set via textContent only. */
import type { FigureSpec } from '../figures/types';
import { figureCsv } from '../figures/kit/export';
import { viewPath } from '../figures/kit/meta';
import { absoluteUrl } from '../lib/site-path';
import type { StateOf, StateSpec } from '../lib/url-state';
import { fillTable } from './data-table';
import { figureTable } from '../figures/kit/export';

/** The current CSV object URL of each figure, revoked when replaced. */
const csvUrls = new Map<string, string>();
/** The latest drawing asked of each figure: an older one still waiting for its task is dropped. */
const drawings = new Map<string, number>();

/**
 * Redraws a figure for a state: title, subtitle, text alternative, data table and CSV link at once, and
 * the chart in a task of its own, so drawing several charts never blocks input for long.
 */
export function updateFigure<S extends StateSpec>(figure: HTMLElement, spec: FigureSpec<S>, state: StateOf<S>, width: number): void {
  const title = spec.title(state);
  figure.querySelector('.chart-title')!.textContent = title;
  figure.querySelector('.chart-subtitle')!.textContent = spec.subtitle(state);
  const holder = figure.querySelector<HTMLElement>('.chart-svg')!;
  holder.setAttribute('aria-label', spec.summary(state));
  const drawing = (drawings.get(spec.id) ?? 0) + 1;
  drawings.set(spec.id, drawing);
  setTimeout(() => {
    if (drawings.get(spec.id) === drawing) holder.replaceChildren(spec.render(state, { document, width }));
  }, 0);
  fillTable(figure.querySelector('table')!, figureTable(spec, state), title);
  const link = figure.querySelector<HTMLAnchorElement>('.csv-link')!;
  const url = URL.createObjectURL(new Blob([figureCsv(spec, state, absoluteUrl(viewPath(spec, state), location.href))], { type: 'text/csv' }));
  const previous = csvUrls.get(spec.id);
  if (previous) URL.revokeObjectURL(previous);
  csvUrls.set(spec.id, url);
  link.href = url;
}
