/**
 * The compare view in the browser, loaded on first interaction or for a state the build did not draw
 * (src/client/pages/compare-boot.ts): state from the URL, redraw on change, back/forward via popstate.
 * The build-time chart is kept for the default state until the pointer reaches it (for its tooltips).
 */
import type { ComparePayload } from '../../lib/compare-data';
import {
  DEFAULT_LAS,
  MAX_LAS,
  MEASURE_SPEC,
  addLa,
  compareParams,
  compareStateSpec,
  compareToSearch,
  parseCompareState,
  removeLa,
  toParams,
  type CompareState,
} from '../../views/compare/state';
import { parseState } from '../../lib/url-state';
import { compareFigure } from '../../figures/compare';
import { compareStatus, compareTable, compareText, latestTable, selectedLas } from '../../views/compare/model';
import { fillTable } from '../data-table';
import { MEASURE_LABELS } from '../../config/measures';
import { sitePath } from '../../lib/site-path';
import { showFallbackNote } from '../widgets/fallback-note';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function cell(tag: 'th' | 'td', text: string, numeric = false): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  if (numeric) el.className = 'num';
  if (tag === 'th') el.setAttribute('scope', 'col');
  return el;
}

let started = false;

/** Wires the page (once); `redraw` draws the chart for its width even in the default state (a narrow column). */
export async function startCompare(redraw = false): Promise<void> {
  if (started) return;
  started = true;
  const figure = $<HTMLElement>('#compare-chart');
  const chosen = $<HTMLUListElement>('#compare-chosen');
  const add = $<HTMLSelectElement>('#compare-add');
  const addButton = $<HTMLButtonElement>('#compare-add-button');
  const measure = $<HTMLSelectElement>('#compare-measure');
  const status = $<HTMLElement>('#compare-status');

  const payload: ComparePayload = await fetch(sitePath('/compare/series.json')).then((r) => r.json());
  const allowed = new Set(payload.las.map((la) => la.code));
  const spec = compareFigure(payload);
  let state = parseCompareState(window.location.search, allowed);
  const buildTime = compareToSearch({ codes: [...DEFAULT_LAS], measure: MEASURE_SPEC.measure.default });

  function renderControls() {
    const las = selectedLas(payload, state);
    chosen.replaceChildren(
      ...las.map((la) => {
        const li = document.createElement('li');
        li.append(la.label);
        if (la.code === state.focus) li.className = 'focus';
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = '×';
        remove.setAttribute('aria-label', `Remove ${la.label}`);
        remove.dataset.code = la.code;
        remove.disabled = las.length <= 1;
        li.append(remove);
        return li;
      }),
    );
    for (const option of add.options) option.disabled = option.value !== '' && state.codes.includes(option.value);
    const full = state.codes.length >= MAX_LAS;
    add.disabled = full;
    addButton.disabled = full;
    measure.value = state.measure;
    status.textContent = compareStatus(state.codes.length, MAX_LAS);
  }

  const holder = figure.querySelector<HTMLElement>('.chart-svg')!;
  function renderFigure() {
    const s = toParams(state);
    $('#compare-sentence').textContent = compareText(payload, state, MEASURE_LABELS[state.measure]).sentence;
    const latest = $<HTMLTableElement>('#compare-latest table');
    fillTable(latest, latestTable(payload, state), `${MEASURE_LABELS[state.measure]}: latest values, change and rank`);
    const title = spec.title(s);
    figure.querySelector('.chart-title')!.textContent = title;
    figure.querySelector('.chart-subtitle')!.textContent = spec.subtitle(s);
    holder.setAttribute('aria-label', spec.summary(s));
    // Drawn at the width it is shown at (phones included), so its text stays legible.
    const width = Math.max(320, Math.min(720, holder.clientWidth || 720));
    holder.replaceChildren(spec.render(s, { document, width, interactive: true }));
    holder.dataset.drawn = 'true';
    const table = compareTable(payload, state);
    figure.querySelector('table caption')!.textContent = title;
    figure.querySelector('.table-scroll')!.setAttribute('aria-label', title);
    const headRow = document.createElement('tr');
    headRow.append(...table.columns.map((c) => cell('th', c.label, c.numeric)));
    figure.querySelector('thead')!.replaceChildren(headRow);
    figure.querySelector('tbody')!.replaceChildren(
      ...table.rows.map(([year, ...values]) => {
        const tr = document.createElement('tr');
        const head = cell('th', String(year));
        head.setAttribute('scope', 'row');
        tr.append(head, ...values.map((v) => cell('td', String(v), true)));
        return tr;
      }),
    );
  }

  function update(next: CompareState, push = true) {
    state = next;
    if (push) history.pushState(null, '', compareToSearch(state));
    renderControls();
    renderFigure();
  }

  addButton.addEventListener('click', () => {
    if (!add.value || state.codes.includes(add.value) || state.codes.length >= MAX_LAS) return;
    update(addLa(state, add.value));
    add.value = '';
    add.focus();
  });
  chosen.addEventListener('click', (e) => {
    const code = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-code]')?.dataset.code;
    if (!code) return;
    const index = state.codes.indexOf(code);
    update(removeLa(state, code));
    // Keep focus on the list: the next remove button, else the add control.
    const buttons = chosen.querySelectorAll<HTMLButtonElement>('button:not(:disabled)');
    (buttons[Math.min(index, buttons.length - 1)] ?? add).focus();
  });
  measure.addEventListener('change', () =>
    update({ ...state, measure: parseState(MEASURE_SPEC, new URLSearchParams({ measure: measure.value })).measure }),
  );
  window.addEventListener('popstate', () => update(parseCompareState(window.location.search, allowed), false));

  renderControls();
  showFallbackNote(compareStateSpec([...allowed]), compareParams(window.location.search));
  // The build-time chart already shows the default state: redraw only for another state, or for the
  // tooltips (the pointer may be on the chart already: reaching it is what loaded this code).
  if (compareToSearch(state) !== buildTime || redraw || holder.matches(':hover')) renderFigure();
  else
    holder.addEventListener(
      'pointerenter',
      () => {
        if (!holder.dataset.drawn) renderFigure();
      },
      { once: true },
    );
}
