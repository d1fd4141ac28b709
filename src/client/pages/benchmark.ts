/**
 * /benchmark/ in the browser: the controls redraw each figure and its table, both figures' states kept in one URL
 * (back and forward work; the embed, download and cite links follow it). The funnel plot is drawn here from one
 * state's counts, at the width it is shown (Plot loads only then: the default is prerendered for desktops and
 * phones); the change map's states are all prerendered, so its map is swapped in from the static files and its
 * legend drawn at a phone's width.
 */
import type { FigureColumn } from '../../figures/types';
import type { FunnelPayload } from '../../figures/funnel-figure';
import type { FigureMeta } from '../../figures/kit/meta';
import { rowsTable } from '../../figures/kit/rows-table';
import { variantKey } from '../../figures/kit/variants';
import { changeLegendSvg } from '../../charts/change-legend';
import { sitePath } from '../../lib/site-path';
import type { StateSpec } from '../../lib/url-state';
import { chartWidth } from '../chart-width';
import { fillTable } from '../data-table';
import { fetchJson } from '../fetch-json';
import { readCsv } from '../read-csv';
import { replaceWithSvg } from '../svg-swap';
import { bindUrlState, specCodec } from '../url-state';

type State = Record<string, string>;
const figure = (id: string) => document.getElementById(id)!;
const holderOf = (el: HTMLElement) => el.querySelector<HTMLElement>('.chart-svg')!;

async function drawFunnel(s: State): Promise<void> {
  const [{ funnelFigure, funnelCellSlug }, { showFigure }] = await Promise.all([
    import('../../figures/funnel-figure'),
    import('../figure-dom'),
  ]);
  const spec = funnelFigure(
    await fetchJson<FunnelPayload>(sitePath(`/benchmark/funnel/${funnelCellSlug(s.year, s.type)}.json`)),
  );
  const el = figure('funnel-chart');
  // Drawn for the width it is shown at (the build prerendered the default for desktops and phones).
  const state = s as Parameters<typeof spec.rows>[0];
  const table = rowsTable(spec.columns, spec.rows(state));
  showFigure(el, spec, state, { width: chartWidth(holderOf(el), 720), interactive: true, table });
}

/** Embedded by the page: each state's legend step and the table's columns. */
const page = JSON.parse(document.getElementById('change-page')!.textContent!) as {
  steps: Record<string, number>;
  columns: FigureColumn[];
  legendWidth: number;
  caption: string;
  hatchId: string;
};

async function drawChangeMap(key: string, { title, subtitle, summary }: FigureMeta['variants'][string]) {
  const el = figure('change-chart');
  el.querySelector('.chart-title')!.textContent = title;
  el.querySelector('.chart-subtitle')!.textContent = subtitle;
  // The prerendered chart holds the map and a legend drawn for its width; the page keeps the map only.
  const scratch = document.createElement('div');
  await replaceWithSvg(scratch, sitePath(`/embed/change-map/${key}.chart.svg`), summary);
  const map = scratch.querySelector('svg.bivariate-map');
  holderOf(el).setAttribute('aria-label', summary);
  if (map)
    holderOf(el).replaceChildren(
      map,
      changeLegendSvg(document, page.steps[key], page.legendWidth, page.caption, page.hatchId),
    );
  const rows = await readCsv(sitePath(`/embed/change-map/${key}.csv`));
  fillTable(el.querySelector('table')!, rowsTable(page.columns, rows), title);
  const top = document.querySelector<HTMLTableElement>('#rose-most table')!;
  fillTable(top, rowsTable(page.columns, rows.slice(0, 10)), `${title}: the ten largest rises`);
}

const pick = (spec: StateSpec, s: State) => Object.fromEntries(Object.keys(spec).map((k) => [k, s[k]]));

async function start(): Promise<void> {
  const [funnel, change] = await Promise.all(
    ['funnel-plot', 'change-map'].map((id) => fetchJson<FigureMeta>(sitePath(`/embed/${id}/meta.json`))),
  );
  // The figures' parameters differ, so one URL holds both; each figure is redrawn only when its own state changes.
  const drawn = { funnel: 'default', change: 'default' };
  const forms = [...document.querySelectorAll<HTMLFormElement>('#funnel-controls, #change-controls')];
  const url = bindUrlState(
    specCodec({ ...funnel.state, ...change.state }),
    (s: State) => {
      const funnelKey = variantKey(funnel.state, pick(funnel.state, s));
      if (funnelKey !== drawn.funnel) void drawFunnel(s);
      const changeKey = variantKey(change.state, pick(change.state, s));
      if (changeKey !== drawn.change) void drawChangeMap(changeKey, change.variants[changeKey]);
      Object.assign(drawn, { funnel: funnelKey, change: changeKey });
    },
    { forms },
  );
  url.set({}, false);
  for (const form of forms) form.hidden = false;
}

void start();
