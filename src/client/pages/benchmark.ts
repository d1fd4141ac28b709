/**
 * /benchmark/ in the browser: the controls redraw each figure and its table, keeping the state in the URL
 * (so the embed, download and cite links follow it). The funnel plot is drawn here from one state's counts, at
 * the width it is shown (Plot loads only then: the default is prerendered for desktops and phones); the change map's states are all prerendered, so its map is swapped in from the static
 * files and its legend drawn at a phone's width.
 */
import type { FigureColumn, FigureRow } from '../../figures/types';
import type { FunnelPayload } from '../../figures/funnel-figure';
import { rowsTable } from '../../figures/kit/rows-table';
import { fillTable } from '../data-table';
import { sitePath } from '../../lib/site-path';
import { replaceWithSvg } from '../svg-swap';
import { changeLegendSvg } from '../../charts/change-legend';
import { parseState, stateToSearch, type StateSpec } from '../../lib/url-state';
import { variantKey } from '../../figures/kit/variants';
import type { FigureMeta } from '../../figures/kit/meta';

const json = <T>(url: string): Promise<T> =>
  fetch(sitePath(url)).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: ${r.status}`))));
const once = <T>(load: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= load());
};

/** Writes a figure's state into the page URL, keeping the other figure's parameters. */
function writeUrl(spec: StateSpec, state: Record<string, string>) {
  const params = new URLSearchParams(window.location.search);
  for (const key of Object.keys(spec)) params.delete(key);
  for (const [k, v] of new URLSearchParams(stateToSearch(spec, state as never))) params.set(k, v);
  const search = params.toString();
  history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
}

function setText(figure: HTMLElement, title: string, subtitle: string, summary: string) {
  figure.querySelector('.chart-title')!.textContent = title;
  figure.querySelector('.chart-subtitle')!.textContent = subtitle;
  figure.querySelector('.chart-svg')!.setAttribute('aria-label', summary);
}

function controlState(form: HTMLFormElement, spec: StateSpec): Record<string, string> {
  return parseState(spec, new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)]))) as Record<
    string,
    string
  >;
}

function syncControls(form: HTMLFormElement, state: Record<string, string>) {
  for (const [k, v] of Object.entries(state)) {
    const select = form.elements.namedItem(k) as HTMLSelectElement | null;
    if (select) select.value = v;
  }
}

async function startFunnel() {
  const form = document.querySelector<HTMLFormElement>('#funnel-controls')!;
  const figure = document.querySelector<HTMLElement>('#funnel-chart')!;
  const holder = figure.querySelector<HTMLElement>('.chart-svg')!;
  const code = once(() => import('../../figures/funnel-figure'));
  const load = async (s: Record<string, string>) => {
    const { funnelFigure, funnelCellSlug } = await code();
    return funnelFigure(await json<FunnelPayload>(`/benchmark/funnel/${funnelCellSlug(s.year, s.type)}.json`));
  };
  const meta = await json<FigureMeta>('/embed/funnel-plot/meta.json');
  let state = parseState(meta.state, window.location.search) as Record<string, string>;
  const draw = async () => {
    const spec = await load(state);
    const s = state as never;
    setText(figure, spec.title(s), spec.subtitle(s), spec.summary(s));
    // Drawn for the width it is shown at (the build prerendered the default for desktops and phones).
    holder.replaceChildren(
      spec.render(s, { document, width: Math.max(320, Math.min(720, holder.clientWidth || 720)), interactive: true }),
    );
    fillTable(figure.querySelector('table')!, rowsTable(spec.columns, spec.rows(s)), spec.title(s));
  };
  syncControls(form, state);
  form.hidden = false;
  form.addEventListener('change', () => {
    state = controlState(form, meta.state);
    writeUrl(meta.state, state);
    void draw();
  });
  if (variantKey(meta.state, state as never) !== 'default') await draw();
}

interface ChangePage {
  steps: Record<string, number>;
  columns: FigureColumn[];
  legendWidth: number;
  caption: string;
  hatchId: string;
}

/** Our own CSV (papaparse's output, "#" comment lines first) back to rows, numbers as numbers. */
async function readCsv(url: string): Promise<FigureRow[]> {
  const [{ default: Papa }, text] = await Promise.all([
    import('papaparse'),
    fetch(sitePath(url)).then((r) => r.text()),
  ]);
  const body = text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
  const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: true });
  return parsed.data.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, v === '' ? null : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v]),
    ),
  );
}

async function startChangeMap() {
  const form = document.querySelector<HTMLFormElement>('#change-controls')!;
  const figure = document.querySelector<HTMLElement>('#change-chart')!;
  const page = JSON.parse(document.getElementById('change-page')!.textContent!) as ChangePage;
  const meta = await json<FigureMeta>('/embed/change-map/meta.json');
  let state = parseState(meta.state, window.location.search) as Record<string, string>;
  const draw = async () => {
    const key = variantKey(meta.state, state as never);
    const variant = meta.variants[key];
    setText(figure, variant.title, variant.subtitle, variant.summary);
    // The prerendered chart holds the map and a legend drawn for its width; the page keeps the map only.
    const scratch = document.createElement('div');
    await replaceWithSvg(scratch, sitePath(`/embed/change-map/${key}.chart.svg`), variant.summary);
    const map = scratch.querySelector('svg.bivariate-map');
    const holder = figure.querySelector<HTMLElement>('.chart-svg')!;
    if (map)
      holder.replaceChildren(
        map,
        changeLegendSvg(document, page.steps[key], page.legendWidth, page.caption, page.hatchId),
      );
    const rows = await readCsv(`/embed/change-map/${key}.csv`);
    fillTable(figure.querySelector('table')!, rowsTable(page.columns, rows), variant.title);
    fillTable(
      document.querySelector<HTMLTableElement>('#rose-most table')!,
      rowsTable(page.columns, rows.slice(0, 10)),
      `${variant.title}: the ten largest rises`,
    );
  };
  syncControls(form, state);
  form.hidden = false;
  form.addEventListener('change', () => {
    state = controlState(form, meta.state);
    writeUrl(meta.state, state);
    void draw();
  });
  if (variantKey(meta.state, state as never) !== 'default') await draw();
}

void startFunnel();
void startChangeMap();
