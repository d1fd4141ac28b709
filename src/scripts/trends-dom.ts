/** Browser-side updates of a rendered ChartFigure and its tables, with text set via textContent only. */
import type { FigureSpec } from '../figures/types';
import { figureCsv } from '../lib/figure-export';
import type { StateOf, StateSpec } from '../lib/url-state';
import { fillTable } from './data-table';
import { figureTable } from '../lib/figure-export';

/** The current CSV object URL of each figure, revoked when replaced. */
const csvUrls = new Map<string, string>();

/** Redraws a figure for a state: title, subtitle, chart, text alternative, data table and CSV link. */
export function updateFigure<S extends StateSpec>(figure: HTMLElement, spec: FigureSpec<S>, state: StateOf<S>, width: number): void {
  const title = spec.title(state);
  figure.querySelector('.chart-title')!.textContent = title;
  figure.querySelector('.chart-subtitle')!.textContent = spec.subtitle(state);
  const holder = figure.querySelector<HTMLElement>('.chart-svg')!;
  holder.setAttribute('aria-label', spec.summary(state));
  holder.replaceChildren(spec.render(state, { document, width }));
  fillTable(figure.querySelector('table')!, figureTable(spec, state), title);
  const link = figure.querySelector<HTMLAnchorElement>('.csv-link')!;
  const url = URL.createObjectURL(new Blob([figureCsv(spec, state, location.href)], { type: 'text/csv' }));
  const previous = csvUrls.get(spec.id);
  if (previous) URL.revokeObjectURL(previous);
  csvUrls.set(spec.id, url);
  link.href = url;
}
