/**
 * Browser side of /subgroups/: reads the page's JSON once, then redraws the three figures, the
 * sentences and the controls from the URL state with the same functions the build uses.
 * All text goes in through textContent; URL values are used only after the allowlist check.
 */
import { ENGLAND } from '../config/geography';
import type { Measure } from '../derive/rates';
import { areasFor, yearsFor } from '../derive/subgroup-rates';
import { subgroupView, type SubgroupView } from '../derive/subgroup-view';
import { subgroupSentences } from '../derive/subgroup-sentences';
import { parseState, stateToSearch, type StateOf } from '../lib/url-state';
import { modelFromJson, type SubgroupsModel, type SubgroupsPageData } from './subgroups-state';
import { groupsFigure, placesFigure, trendFigure, type FigureContent } from './subgroups-render';
import { coverageText } from './subgroups-coverage';

const form = document.querySelector<HTMLFormElement>('#sg-controls');

function fillTable(table: HTMLTableElement, content: FigureContent['table']) {
  const head = document.createElement('tr');
  for (const c of content.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = c.label;
    if (c.numeric) th.className = 'num';
    head.append(th);
  }
  table.tHead?.replaceChildren(head);
  table.tBodies[0]?.replaceChildren(...content.rows.map((row) => {
    const tr = document.createElement('tr');
    row.forEach((cell, i) => {
      const el = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) el.setAttribute('scope', 'row');
      else if (content.columns[i]?.numeric) el.className = 'num';
      el.textContent = cell;
      tr.append(el);
    });
    return tr;
  }));
}

function showFigure(id: string, content: FigureContent) {
  const figure = document.getElementById(id);
  if (!figure) return;
  figure.querySelector('.chart-title')!.textContent = content.title;
  const subtitle = figure.querySelector('.chart-subtitle');
  if (subtitle) subtitle.textContent = content.subtitle;
  const holder = figure.querySelector<HTMLElement>('.chart-svg')!;
  const empty = document.createElement('p');
  empty.className = 'muted';
  empty.textContent = 'Not enough published data to draw this chart.';
  holder.replaceChildren(content.svg ?? empty);
  holder.setAttribute('aria-label', content.summary);
  const table = figure.querySelector('table');
  if (table) {
    fillTable(table, content.table);
    if (table.caption) table.caption.textContent = content.title;
  }
}

function setOptions(select: HTMLSelectElement, options: { value: string; label: string }[], selected: string) {
  select.replaceChildren(...options.map(({ value, label }) => new Option(label, value, false, value === selected)));
}

function syncControls(model: SubgroupsModel, view: SubgroupView) {
  if (!form) return;
  const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  field('dim').value = view.dim;
  field('measure').value = view.measure;
  setOptions(field('year'), yearsFor(model.index, view.dim, view.measure, view.area).map((y) => ({ value: y, label: y })), view.year);
  const areas = areasFor(model.index, view.dim, view.measure).map((code) => model.areas.get(code)).filter((a) => a !== undefined);
  setOptions(field('area'), areas.map((a) => ({ value: a.code, label: a.name })), view.area);
}

function render(model: SubgroupsModel, state: StateOf<SubgroupsModel['spec']>) {
  const view = subgroupView(model.index, model.areas, { dim: state.dim, measure: state.measure as Measure, year: state.year, area: state.area }, ENGLAND.code);
  const width = Math.min(document.querySelector('main')?.clientWidth ?? 720, 900);
  showFigure('sg-groups', groupsFigure(view, document, width));
  // The groups chart is the registered figure of the chosen characteristic: its embed and downloads follow it.
  document.querySelector<HTMLElement>('#sg-groups .chart-actions')?.setAttribute('data-figure', `subgroup-${view.dim}`);
  showFigure('sg-trend', trendFigure(view, document, width));
  showFigure('sg-places', placesFigure(view, document, width));
  document.getElementById('sg-sentences')?.replaceChildren(...subgroupSentences(view).map((s) => Object.assign(document.createElement('li'), { textContent: s })));
  const coverage = document.getElementById('sg-coverage');
  if (coverage) coverage.textContent = coverageText(view, model.index, model.areas);
  syncControls(model, view);
  return view;
}

async function start() {
  if (!form) return;
  const response = await fetch('/subgroups/data.json');
  if (!response.ok) return; // the build-time view stays
  const model = modelFromJson((await response.json()) as SubgroupsPageData);
  const fromUrl = () => parseState(model.spec, window.location.search);
  if (window.location.search) render(model, fromUrl());
  form.addEventListener('change', () => {
    const data = new FormData(form);
    const state = parseState(model.spec, new URLSearchParams([...data.entries()].map(([k, v]) => [k, String(v)])));
    const view = render(model, state);
    const canonical = { dim: view.dim, measure: view.measure, year: view.year, area: view.area };
    history.pushState(null, '', `${window.location.pathname}${stateToSearch(model.spec, canonical)}`);
  });
  window.addEventListener('popstate', () => render(model, fromUrl()));
}

void start();
