/**
 * /context/ in the browser, loaded on first interaction or for a state the build did not draw
 * (src/client/pages/context-boot.ts): tabs for the three views and a year picker, kept in the URL (?view=&year=,
 * back and forward work), redrawing each figure with the same functions the build used. Text is
 * set with textContent only; URL values reach the page only through the allowlists.
 */
import type { FigureSpec } from '../../figures/types';
import type { Provenance } from '../../lib/provenance';
import { parseState, type StateOf, type StateSpec } from '../../lib/url-state';
import { absenceAttainmentFigure, schoolReadinessFigure, sendFigure } from '../../figures/context';
import { viewCharts } from '../../figures/kit/split-charts';
import { viewFindings } from '../../views/context/findings';
import { chartWidth, onWidthChange } from '../chart-width';
import { showFigure } from '../figure-dom';
import { isNarrow } from '../narrow-charts';
import { bindUrlState, specCodec } from '../url-state';
import { showFallbackNote } from '../widgets/fallback-note';
import { wireTabs } from '../widgets/tabs';
import type { ContextViewData } from '../../views/context/model';
import { contextStateSpec, yearsOfView, type ContextViewId } from '../../views/context/state';

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
type ContextState = StateOf<typeof spec>;
const form = document.getElementById('context-controls') as HTMLFormElement;
const yearSelect = form.elements.namedItem('year') as HTMLSelectElement;

/** A chart's state: the page's year where the chart has one (each falls back to its own latest year). */
const figureState = (figure: FigureSpec<StateSpec>, year: string) =>
  parseState(figure.state, new URLSearchParams({ year }));

let started = false;

/** Wires the tabs and year picker (once) and shows the URL's state; `redraw` draws the default state's charts for their width too. */
export function start(redraw = false): void {
  if (started) return;
  started = true;
  const { tabs, select } = wireTabs(document.getElementById('context-tabs')!, (tab) =>
    url.set({ view: tab.id.replace('tab-', '') as ContextViewId }),
  );

  /** Shows the state's view; `redraw` false keeps the build-time charts and findings (the default state's). */
  function render(state: ContextState, redraw = true): void {
    select(tabs.find((tab) => tab.id === `tab-${state.view}`)!);
    const panel = document.getElementById(`view-${state.view}`)!;
    const boxes = [...panel.querySelectorAll<HTMLElement>('.context-figure')].map((box) => ({
      box,
      figure: figures.get(box.dataset.figure!)!,
    }));
    const effectiveYear = figureState(boxes[0].figure, state.year).year;
    yearSelect.replaceChildren(
      ...yearsOfView(data, state.view).map((y) => new Option(y, y, false, y === effectiveYear)),
    );
    if (!redraw) return;
    for (const { box, figure } of boxes) {
      const holder = box.querySelector('.chart-svg')!;
      showFigure(box, figure, figureState(figure, state.year), { width: chartWidth(holder) });
    }
    panel.querySelector('.findings')!.replaceChildren(
      ...viewFindings(data, state.view, effectiveYear).map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
  }

  const url = bindUrlState(specCodec(spec), (state) => render(state), { forms: [form] });
  onWidthChange(() => render(url.state));
  // The build-time charts and findings of every view are the default year's, drawn for a wide column: redraw
  // for another year, or when a phone opens a view straight from a link (its charts' text would be 6 px).
  const column = document.querySelector('.context-figure .chart-svg');
  render(url.state, redraw || url.state.year !== spec.year.default || (!!column && isNarrow(column)));
  showFallbackNote(spec);
}
