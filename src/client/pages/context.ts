/**
 * /context/ in the browser, loaded on first interaction or for a state the build did not draw
 * (src/client/pages/context-boot.ts): tabs for the three views and a year picker, kept in the URL (?view=&year=,
 * back and forward work), redrawing each figure with the same functions the build used. Text is
 * set with textContent only; URL values reach the page only through the allowlists.
 */
import type { FigureSpec } from '../../figures/types';
import type { Provenance } from '../../lib/provenance';
import { parseState, stateToSearch, type StateSpec } from '../../lib/url-state';
import { absenceAttainmentFigure, schoolReadinessFigure, sendFigure } from '../../figures/context';
import { figureTable } from '../../figures/kit/table';
import { viewCharts } from '../../figures/kit/split-charts';
import { viewFindings } from '../../views/context/findings';
import { fillTable } from '../data-table';
import { showFallbackNote } from '../widgets/fallback-note';
import type { ContextViewData } from '../../views/context/model';
import { CONTEXT_VIEWS, contextStateSpec, yearsOfView, type ContextViewId } from '../../views/context/state';

const { data, provenance } = JSON.parse(document.getElementById('context-data')!.textContent!) as {
  data: ContextViewData;
  provenance: Record<ContextViewId, Provenance[]>;
};
// Every chart of every view, each a figure (as registered at build time), by id.
const figures = new Map(
  [
    ...viewCharts(schoolReadinessFigure(data, provenance.readiness)),
    ...viewCharts(sendFigure(data, provenance.send)),
    ...viewCharts(absenceAttainmentFigure(data, provenance.attainment)),
  ].map((f) => [f.id, f]),
);
const spec = contextStateSpec(data);
let state = parseState(spec, location.search);
const tabs = [...document.querySelectorAll<HTMLButtonElement>('#context-tabs [role=tab]')];
const form = document.getElementById('context-controls') as HTMLFormElement;
const yearSelect = form.elements.namedItem('year') as HTMLSelectElement;

/** A chart's state: the page's year where the chart has one (each falls back to its own latest year). */
const figureState = (figure: FigureSpec<StateSpec>) =>
  parseState(figure.state, new URLSearchParams({ year: state.year }));

function updateFigure(box: HTMLElement, figure: FigureSpec<StateSpec>): void {
  const s = figureState(figure);
  const holder = box.querySelector<HTMLElement>('.chart-svg')!;
  const width = Math.min(960, Math.max(300, Math.floor(holder.clientWidth)));
  const title = figure.title(s);
  box.querySelector('.chart-title')!.textContent = title;
  box.querySelector('.chart-subtitle')!.textContent = figure.subtitle(s);
  holder.setAttribute('aria-label', figure.summary(s));
  holder.replaceChildren(figure.render(s, { document, width }));
  fillTable(box.querySelector('table')!, figureTable(figure, s), title);
}

/** Shows the state's view; `redraw` false keeps the build-time charts and findings (the default state's). */
function render(redraw = true): void {
  for (const tab of tabs) {
    const selected = tab.id === `tab-${state.view}`;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  for (const view of CONTEXT_VIEWS) document.getElementById(`view-${view.id}`)!.hidden = view.id !== state.view;
  const panel = document.getElementById(`view-${state.view}`)!;
  const boxes = [...panel.querySelectorAll<HTMLElement>('.context-figure')].map((box) => ({
    box,
    figure: figures.get(box.dataset.figure!)!,
  }));
  const effectiveYear = figureState(boxes[0].figure).year;
  yearSelect.replaceChildren(...yearsOfView(data, state.view).map((y) => new Option(y, y, false, y === effectiveYear)));
  if (!redraw) return;
  for (const { box, figure } of boxes) updateFigure(box, figure);
  panel.querySelector('.findings')!.replaceChildren(
    ...viewFindings(data, state.view, effectiveYear).map((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    }),
  );
}

function go(next: Partial<typeof state>): void {
  state = parseState(spec, stateToSearch(spec, { ...state, ...next }));
  history.pushState(null, '', `${location.pathname}${stateToSearch(spec, state)}`);
  render();
}

let started = false;

/** Wires the tabs and year picker (once) and shows the URL's state; `redraw` draws the default state's charts for their width too. */
export function start(redraw = false): void {
  if (started) return;
  started = true;
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => go({ view: CONTEXT_VIEWS[i].id }));
    // Arrow keys move between tabs (WAI-ARIA tabs pattern); the selection follows focus.
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      const index =
        event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : (i + step + tabs.length) % tabs.length;
      if (!step && event.key !== 'Home' && event.key !== 'End') return;
      event.preventDefault();
      go({ view: CONTEXT_VIEWS[index].id });
      tabs[index].focus();
    });
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  yearSelect.addEventListener('change', () => go({ year: yearSelect.value }));
  window.addEventListener('popstate', () => {
    state = parseState(spec, location.search);
    render();
  });
  let lastWidth = window.innerWidth;
  window.addEventListener('resize', () => {
    if (Math.abs(window.innerWidth - lastWidth) < 40) return;
    lastWidth = window.innerWidth;
    render();
  });
  // The build-time charts and findings of every view are the default year's: redraw only for another year.
  render(redraw || state.year !== spec.year.default);
  showFallbackNote(spec);
}
