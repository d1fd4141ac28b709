/** The one way to show a figure's state in a rendered ChartFigure: text via textContent only. */
import type { FigureSpec } from '../figures/types';
import { figureCsv } from '../figures/kit/export';
import { actionsOffer } from '../figures/kit/empty';
import { viewPath } from '../figures/kit/meta';
import { figureTable, type TableContent } from '../figures/kit/table';
import { absoluteUrl } from '../lib/site-path';
import type { StateOf, StateSpec } from '../lib/url-state';
import { fillTable } from './data-table';

/** The current CSV object URL of each figure, revoked when replaced. */
const csvUrls = new Map<string, string>();
/** The latest drawing asked of each figure: an older one still waiting for its task is dropped. */
const drawings = new Map<string, number>();

/**
 * Redraws a figure for a state: title, subtitle, text alternative, data table (when the figure has one: the
 * figure's rows unless the page shows them otherwise, as `table`) and CSV link (when it has one) at once, and
 * the chart in a task of its own, so drawing several charts never blocks input for long.
 */
export function showFigure<S extends StateSpec>(
  figure: HTMLElement,
  spec: FigureSpec<S>,
  state: StateOf<S>,
  { table: content, ...options }: { width: number; interactive?: boolean; table?: TableContent },
): void {
  const title = spec.title(state);
  figure.querySelector('.chart-title')!.textContent = title;
  figure.querySelector('.chart-subtitle')!.textContent = spec.subtitle(state);
  const holder = figure.querySelector<HTMLElement>('.chart-svg')!;
  holder.setAttribute('aria-label', spec.summary(state));
  const drawing = (drawings.get(spec.id) ?? 0) + 1;
  drawings.set(spec.id, drawing);
  setTimeout(() => {
    if (drawings.get(spec.id) === drawing) holder.replaceChildren(spec.render(state, { document, ...options }));
  }, 0);
  // No chart drawn: no image or embed (and nothing at all without rows), and the note says why.
  const { offer, note } = actionsOffer(spec, state);
  const actions = figure.querySelector<HTMLElement>('.chart-actions');
  if (actions) {
    actions.hidden = offer === 'none';
    actions.dataset.offer = offer;
  }
  const emptyNote = figure.querySelector<HTMLElement>('.chart-actions-empty');
  if (emptyNote) {
    emptyNote.hidden = !note;
    emptyNote.textContent = note;
  }
  const table = figure.querySelector('table');
  if (table) fillTable(table, content ?? figureTable(spec, state), title);
  const link = figure.querySelector<HTMLAnchorElement>('.csv-link');
  if (!link) return;
  const url = URL.createObjectURL(
    new Blob([figureCsv(spec, state, absoluteUrl(viewPath(spec, state), location.href))], { type: 'text/csv' }),
  );
  const previous = csvUrls.get(spec.id);
  if (previous) URL.revokeObjectURL(previous);
  csvUrls.set(spec.id, url);
  link.href = url;
}
