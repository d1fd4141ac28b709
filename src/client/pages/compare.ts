/**
 * The compare view in the browser: state from the URL, redraw on change, back/forward via popstate.
 * The build-time chart is kept for the default state until the pointer reaches it (for its tooltips).
 */
import type { ComparePayload } from '../../lib/compare-data';
import { parseState } from '../../lib/url-state';
import { compareFigure } from '../../figures/compare';
import { DEFAULT_LAS, MAX_LAS, MEASURE_SPEC, compareParams, compareStateSpec, compareToSearch, parseCompareState, type CompareState } from '../../views/compare/state';
import { compareTable, selectedLas } from '../../views/compare/model';
import { chartWidth } from '../chart-width';
import { fetchJson } from '../fetch-json';
import { showFigure } from '../figure-dom';
import { redrawNarrowCharts } from '../narrow-charts';
import { bindUrlState } from '../url-state';
import { sitePath } from '../../lib/site-path';
import { showFallbackNote } from '../widgets/fallback-note';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

export async function startCompare(): Promise<void> {
  const controls = $<HTMLFormElement>('#compare-controls');
  const figure = $<HTMLElement>('#compare-chart');
  const chosen = $<HTMLUListElement>('#compare-chosen');
  const add = $<HTMLSelectElement>('#compare-add');
  const addButton = $<HTMLButtonElement>('#compare-add-button');
  const measure = $<HTMLSelectElement>('#compare-measure');
  const status = $<HTMLElement>('#compare-status');

  const payload = await fetchJson<ComparePayload>(sitePath('/compare/series.json'));
  const allowed = new Set(payload.las.map((la) => la.code));
  const spec = compareFigure(payload);
  const url = bindUrlState<CompareState, void>({ parse: (search) => parseCompareState(search, allowed), toSearch: compareToSearch }, () => {
    renderControls();
    renderFigure();
  });
  const buildTime = compareToSearch({ codes: [...DEFAULT_LAS], measure: MEASURE_SPEC.measure.default });

  function renderControls() {
    const state = url.state;
    const las = selectedLas(payload, state);
    chosen.replaceChildren(...las.map((la) => {
      const li = document.createElement('li');
      li.append(la.label);
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = '×';
      remove.setAttribute('aria-label', `Remove ${la.label}`);
      remove.dataset.code = la.code;
      remove.disabled = las.length <= 1;
      li.append(remove);
      return li;
    }));
    for (const option of add.options) option.disabled = option.value !== '' && state.codes.includes(option.value);
    const full = state.codes.length >= MAX_LAS;
    add.disabled = full;
    addButton.disabled = full;
    measure.value = state.measure;
    status.textContent = full
      ? `${MAX_LAS} local authorities shown (the most); remove one to add another.`
      : state.codes.length < 2 ? 'Add at least one more local authority to compare.' : `${state.codes.length} local authorities shown.`;
  }

  const holder = figure.querySelector<HTMLElement>('.chart-svg')!;
  function renderFigure() {
    const { codes, measure } = url.state;
    // Drawn at the width it is shown at (phones included), so its text stays legible.
    showFigure(figure, spec, { la: codes.join(','), measure }, { width: chartWidth(holder, 720), interactive: true, table: compareTable(payload, url.state) });
    holder.dataset.drawn = 'true';
  }

  addButton.addEventListener('click', () => {
    const { codes } = url.state;
    if (!add.value || codes.includes(add.value) || codes.length >= MAX_LAS) return;
    url.set({ codes: [...codes, add.value] });
    add.value = '';
    add.focus();
  });
  chosen.addEventListener('click', (e) => {
    const code = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-code]')?.dataset.code;
    if (!code) return;
    const index = url.state.codes.indexOf(code);
    url.set({ codes: url.state.codes.filter((c) => c !== code) });
    // Keep focus on the list: the next remove button, else the add control.
    const buttons = chosen.querySelectorAll<HTMLButtonElement>('button:not(:disabled)');
    (buttons[Math.min(index, buttons.length - 1)] ?? add).focus();
  });
  measure.addEventListener('change', () => url.set({ measure: parseState(MEASURE_SPEC, new URLSearchParams({ measure: measure.value })).measure }));

  controls.hidden = false;
  renderControls();
  // The build-time chart already shows the default state: redraw only for another state, or for the tooltips.
  if (compareToSearch(url.state) !== buildTime) renderFigure();
  else redrawNarrowCharts([{ holder, redraw: renderFigure }]);
  showFallbackNote(compareStateSpec([...allowed]), compareParams(window.location.search));
  holder.addEventListener('pointerenter', () => {
    if (!holder.dataset.drawn) renderFigure();
  }, { once: true });
}
