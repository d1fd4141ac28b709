/** Browser-side updates of a rendered ChartFigure and its tables, with text set via textContent only. */
import type { FigureSpec } from '../figures/types';
import { toCsv } from '../lib/csv';
import { OGL_ATTRIBUTION, sourceLine } from '../lib/provenance';
import type { StateOf, StateSpec } from '../lib/url-state';
import { figureTable } from './trends-figures';

type Table = { columns: { label: string; numeric?: boolean }[]; rows: (string | number)[][] };

function cell(tag: 'th' | 'td', text: string | number, numeric?: boolean): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = String(text);
  if (numeric) el.className = 'num';
  return el;
}

/** Refills a DataTable (same markup as src/components/DataTable.astro). */
export function fillTable(table: HTMLTableElement, { columns, rows }: Table, caption: string): void {
  table.caption!.textContent = caption;
  table.closest('[role=region]')?.setAttribute('aria-label', caption);
  const head = document.createElement('tr');
  head.append(...columns.map((c) => Object.assign(cell('th', c.label, c.numeric), { scope: 'col' })));
  table.tHead!.replaceChildren(head);
  table.tBodies[0].replaceChildren(...rows.map((row) => {
    const tr = document.createElement('tr');
    tr.append(...row.map((v, i) => (i === 0 ? Object.assign(cell('th', v), { scope: 'row' }) : cell('td', v, columns[i]?.numeric))));
    return tr;
  }));
}

/**
 * The same CSV as figureCsv in src/lib/figure-export.ts, which cannot be bundled for the browser
 * (it imports the jsdom-based SSR helpers).
 */
function figureCsv<S extends StateSpec>(spec: FigureSpec<S>, state: StateOf<S>, url: string): string {
  const comment = [spec.title(state), spec.subtitle(state), spec.provenance.map(sourceLine).join(' '), OGL_ATTRIBUTION, url].join('\n');
  return toCsv(spec.rows(state), spec.columns.map((c) => c.key), comment);
}

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
