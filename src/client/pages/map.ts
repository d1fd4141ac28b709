/**
 * The map page in the browser: state from the URL (allowlisted), controls, lazy per-year data,
 * geometry fetched only when the boundary vintage changes, and re-colouring of the existing paths.
 * Exposes window.__atlasRecolourMs (the last re-colour, state change to next frame) and
 * window.__atlasRecolour(partialState) -> Promise<ms> for the bench.
 */
import type { Topology } from 'topojson-specification';
import { colourMap, unitStyle } from '../../charts/bivariate-map';
import { MACRO_REGIONS } from '../../config/geography';
import { summaryText } from '../../derive/bivariate';
import { drawMap } from '../../figures/map';
import { stateToSearch } from '../../lib/url-state';
import { describeRow, mapSubtitle, mapTitle, tableUnitsNote, viewOf, type MapConfig, type MapState, type View, type YearPayload } from '../../views/map/model';
import { legendFor, scatterFor } from '../../views/map/render';
import { tableBody, tableColumns } from '../../views/map/table';
import { fetchJson } from '../fetch-json';
import { bindUrlState, specCodec } from '../url-state';
import { enhanceMap, highlightCell, wireLegend } from '../widgets/map-interaction';
import { showSelection } from '../widgets/map-selection';
import { enhanceTable } from '../widgets/sortable-table';
import { wireTabs } from '../widgets/tabs';
import { sitePath } from '../../lib/site-path';
import { showFallbackNote } from '../widgets/fallback-note';

declare global {
  interface Window {
    __atlasRecolourMs?: number;
    __atlasRecolour?: (change: Partial<MapState>) => Promise<number>;
  }
}

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const app = $<HTMLElement>('#map-app');
const config = JSON.parse(app.dataset.config ?? '{}') as MapConfig;
const form = $<HTMLFormElement>('#map-controls');
const tooltip = $<HTMLElement>('#map-tooltip');
const wrap = $<HTMLElement>('#map-wrap');
const legend = $<HTMLElement>('#map-legend');
const table = $<HTMLTableElement>('#la-table');
const search = $<HTMLInputElement>('#la-search');

let vintage = app.dataset.vintage ?? '';
let view: View | undefined;

const mapSvg = () => wrap.querySelector<SVGSVGElement>('svg')!;
const handlers = {
  describe: (id: string) => {
    const row = view?.rows.find((r) => r.id === id);
    return row ? { title: row.name, lines: describeRow(row, config, url.state) } : undefined;
  },
  select: (id: string) => url.set({ la: url.state.la === id ? '' : id }),
};

let latestRender = 0;
/** The build drew the page in the default state (empty query): a first load in that state only wires up the interaction. */
let firstRender = true;

/** Applies the state to every part of the page; returns the re-colour time in ms (after data and geometry are loaded). */
async function render(state: MapState): Promise<number> {
  const token = ++latestRender;
  const payload = await fetchJson<YearPayload>(sitePath(`/map/data/${config.yearSlugs[state.year]}.json`));
  const topology = payload.vintage === vintage ? null : await fetchJson<Topology>(sitePath(`/geo/${payload.vintage}.topo.json`));
  if (token !== latestRender) return NaN; // a newer change has taken over
  const start = performance.now();
  if (topology) {
    mapSvg().replaceWith(drawMap({ payloadOf: () => payload, topologyOf: () => topology }, state, document));
    vintage = payload.vintage;
  }
  const measure = config.measures[state.measure];
  const dep = config.deps[state.dep];
  view = viewOf(payload, state, dep);
  const svg = mapSvg();
  const alreadyDrawn = firstRender && stateToSearch(config.spec, state) === '';
  firstRender = false;
  if (!svg.dataset.enhanced) {
    enhanceMap(svg, tooltip, handlers, state.la);
    svg.dataset.enhanced = 'true';
  }
  if (alreadyDrawn) {
    sortTable();
    showFallbackNote(config.spec);
    return 0;
  }
  const byId = new Map(view.rows.map((r) => [r.id, r]));
  colourMap(svg, (id) => unitStyle(byId.get(id)?.name ?? id, byId.get(id)?.cls ?? null, byId.get(id)?.macro ?? '', dep));
  if (state.emph) svg.dataset.emphasis = state.emph;
  else delete svg.dataset.emphasis;
  const title = mapTitle(measure.label, dep, state.year);
  svg.setAttribute('aria-label', title);
  $('#map-title').textContent = title;
  $('#map-subtitle').textContent = mapSubtitle(measure.label, config.types[state.type], dep);
  $('#map-summary').textContent = summaryText({ year: state.year, absenceLabel: measure.label, needLabel: dep.short, lowerIsNeed: dep.lowerIsNeed, macros: MACRO_REGIONS, units: view.rows });
  legend.replaceChildren(legendFor(view.classification, measure.label, dep, document));
  drawScatter();
  table.tBodies[0].replaceWith(tableBody(document, view, config, state));
  tableColumns(dep).forEach((label, i) => { table.tHead!.rows[0].cells[i].querySelector('button')!.textContent = label; });
  $('#table-units').textContent = tableUnitsNote(dep);
  sortTable();
  showSelection(svg, view, config, state);
  showFallbackNote(config.spec);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  window.__atlasRecolourMs = performance.now() - start;
  return window.__atlasRecolourMs;
}

/** The scatterplot is drawn only while its tab is shown (it is hidden behind the map otherwise). */
function drawScatter() {
  const panel = $<HTMLElement>('#panel-scatter');
  if (view && !panel.hidden) $('#map-scatter').replaceChildren(scatterFor(view, config, url.state, document));
}

const url = bindUrlState(specCodec<typeof config.spec, MapState>(config.spec), render, { forms: [form], aliases: { emphasis: 'emph' } });
wireLegend(legend, (cell) => highlightCell([wrap, $('#map-scatter'), table], cell));
const sortTable = enhanceTable(table, search);
const tabs = wireTabs($<HTMLElement>('[role="tablist"]'), (tab) => {
  tabs.select(tab);
  if (tab.getAttribute('aria-controls') === 'panel-scatter') drawScatter();
});
tabs.select(tabs.tabs[0]);
form.hidden = false;
search.closest('label')!.hidden = false;
$<HTMLElement>('#map-hint').hidden = false;
window.__atlasRecolour = (change) => url.set(change, false);
url.set({}, false);
