/**
 * /context/ in the browser: tabs for the three views and a year picker, kept in the URL (?view=&year=,
 * back and forward work), redrawing each figure with the same functions the build used. Text is
 * set with textContent only; URL values reach the page only through the allowlists.
 */
import type { FigureSpec } from '../../figures/types';
import type { Provenance } from '../../lib/provenance';
import { parseState, type StateOf, type StateSpec } from '../../lib/url-state';
import { absenceAttainmentFigure, schoolReadinessFigure, sendFigure } from '../../figures/context';
import { viewCharts } from '../../figures/kit/split-charts';
import { viewFindings } from '../../views/context/findings';
import type { ContextViewData } from '../../views/context/model';
import { CONTEXT_VIEWS, contextStateSpec, yearsOfView, type ContextViewId } from '../../views/context/state';
import { chartWidth, onWidthChange } from '../chart-width';
import { showFigure } from '../figure-dom';
import { redrawNarrowCharts } from '../narrow-charts';
import { bindUrlState, specCodec } from '../url-state';
import { showFallbackNote } from '../widgets/fallback-note';
import { wireTabs } from '../widgets/tabs';

const { data, provenance } = JSON.parse(document.getElementById('context-data')!.textContent!) as {
  data: ContextViewData;
  provenance: Record<ContextViewId, Provenance[]>;
};
// Every chart of every view, each a figure (as registered at build time), by id.
const figures = new Map([
  ...viewCharts(schoolReadinessFigure(data, provenance.readiness)),
  ...viewCharts(sendFigure(data, provenance.send)),
  ...viewCharts(absenceAttainmentFigure(data, provenance.attainment)),
].map((f) => [f.id, f]));
const spec = contextStateSpec(data);
type ContextState = StateOf<typeof spec>;
const form = document.getElementById('context-controls') as HTMLFormElement;
const yearSelect = form.elements.namedItem('year') as HTMLSelectElement;

/** A chart's state: the page's year where the chart has one (each falls back to its own latest year). */
const figureState = (figure: FigureSpec<StateSpec>, state: ContextState) => parseState(figure.state, new URLSearchParams({ year: state.year }));

const drawFigure = (box: HTMLElement, figure: FigureSpec<StateSpec>, state: ContextState) =>
  showFigure(box, figure, figureState(figure, state), { width: chartWidth(box.querySelector('.chart-svg')!) });

/** Shows the state's view; `redraw` false keeps the build-time charts and findings (the default state's), but on phones. */
function render(state: ContextState, redraw = true): void {
  tabs.select(tabs.tabs.find((tab) => tab.id === `tab-${state.view}`)!);
  const panel = document.getElementById(`view-${state.view}`)!;
  const boxes = [...panel.querySelectorAll<HTMLElement>('.context-figure')].map((box) => ({ box, figure: figures.get(box.dataset.figure!)! }));
  const effectiveYear = figureState(boxes[0].figure, state).year;
  yearSelect.replaceChildren(...yearsOfView(data, state.view).map((y) => new Option(y, y, false, y === effectiveYear)));
  if (!redraw) {
    redrawNarrowCharts(boxes.map(({ box, figure }) => ({ holder: box.querySelector<HTMLElement>('.chart-svg')!, redraw: () => drawFigure(box, figure, state) })));
    return;
  }
  for (const { box, figure } of boxes) drawFigure(box, figure, state);
  panel.querySelector('.findings')!.replaceChildren(...viewFindings(data, state.view, effectiveYear).map((text) => Object.assign(document.createElement('li'), { textContent: text })));
}

const url = bindUrlState(specCodec(spec), (state) => render(state), { forms: [form] });
const tabs = wireTabs(document.getElementById('context-tabs')!, (tab) => url.set({ view: CONTEXT_VIEWS.find((v) => tab.id === `tab-${v.id}`)!.id }));
onWidthChange(() => render(url.state));
form.hidden = false;
document.getElementById('no-js-note')!.hidden = true;
// The build-time charts and findings of every view are the default year's: redraw only for another year.
render(url.state, url.state.year !== spec.year.default);
showFallbackNote(spec);
