/**
 * Browser side of /subgroups/. The built page already shows the default comparison, so nothing is
 * fetched or drawn while the URL asks for that one (phones swap in the charts' prebuilt narrow drawings
 * once scrolled to); otherwise, and on any change, the chosen
 * characteristic's JSON (/subgroups/data/<dim>.json) and the drawing code load on demand.
 * Each characteristic is its own route (/subgroups/<dim>/): the page's characteristic comes from the form,
 * choosing another one navigates there keeping the other URL state, and an old `?dim=` link is sent on to its route.
 * URL values are used only after the allowlist check.
 */
import { yearsFor } from '../../derive/subgroup-rates';
import { DIMENSION_IDS, subgroupPath, type DimensionId } from '../../config/subgroups';
import { parseState, stateToSearch } from '../../lib/url-state';
import { redrawNarrowCharts } from '../narrow-charts';
import { DEFAULT_DIM, modelFromJson, type LoadedModel, type SubgroupsPageData } from '../../views/subgroups/model';
import { sitePath } from '../../lib/site-path';
import { showFallbackNote } from '../widgets/fallback-note';

const DIM = { dim: { values: DIMENSION_IDS, default: DEFAULT_DIM } };
const models = new Map<string, Promise<LoadedModel | null>>();

function loadModel(search: string | URLSearchParams): Promise<LoadedModel | null> {
  const { dim } = parseState(DIM, search);
  if (!models.has(dim)) {
    models.set(
      dim,
      fetch(sitePath(`/subgroups/data/${dim}.json`))
        .then(async (r) => (r.ok ? modelFromJson((await r.json()) as SubgroupsPageData) : null))
        .catch(() => null)
        .then((model) => model ?? (models.delete(dim), null)),
    ); // a failed load is tried again next time
  }
  return models.get(dim)!;
}

let calls = 0;

/** Draws the state asked for; its canonical query string, or null when the data did not load or a later call overtook it. */
async function show(form: HTMLFormElement, search: string | URLSearchParams): Promise<string | null> {
  const call = ++calls;
  const [model, { redraw }] = await Promise.all([loadModel(search), import('./subgroups-redraw')]);
  if (!model || call !== calls) return null; // without data the page keeps what it shows
  const view = redraw(form, model, parseState(model.spec, search));
  if (typeof search === 'string') showFallbackNote(model.spec, search); // the page's own URL (not a control change)
  // The latest year is the default: the URL stays short and matches the figures' prerendered states.
  const year = view.year === yearsFor(model.index, view.dim, view.measure, view.area).at(-1) ? '' : view.year;
  return stateToSearch(model.spec, { dim: view.dim, measure: view.measure, year, area: view.area });
}

/** Whether the URL asks for what the build drew: each of its state parameters is a control's build-time choice. */
function isBuiltState(form: HTMLFormElement, search: string): boolean {
  const built = new Map(
    [...form.querySelectorAll('select')].map((s) => [s.name, [...s.options].find((o) => o.defaultSelected)?.value]),
  );
  return [...new URLSearchParams(search)].every(([key, value]) => !built.has(key) || built.get(key) === value);
}

/** The URL's query with the page's characteristic put in (the route, not the query, says which one). */
function withDim(search: string | URLSearchParams, dim: string): URLSearchParams {
  const params = new URLSearchParams(search);
  params.set('dim', dim);
  return params;
}

/** A query without its `dim` (carried by the route), as '?…' or ''. */
function withoutDim(search: string | URLSearchParams): string {
  const params = new URLSearchParams(search);
  params.delete('dim');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

const routeOf = (dim: string, search: string | URLSearchParams) => sitePath(subgroupPath(dim)) + withoutDim(search);

function start(form: HTMLFormElement, pageDim: string) {
  const urlDim = new URLSearchParams(window.location.search).get('dim');
  if (urlDim && urlDim !== pageDim && DIMENSION_IDS.includes(urlDim as DimensionId)) {
    window.location.replace(routeOf(urlDim, window.location.search) + window.location.hash); // an old ?dim= link
    return;
  }
  const here = () => withDim(window.location.search, pageDim);
  if (isBuiltState(form, here().toString())) {
    form.reset(); // the build-time charts are right; undo any restored choices
    // Phones swap in each chart's prebuilt narrow drawing; wider narrow columns draw all three at once.
    let drawn = false;
    const redraw = () => void (drawn || ((drawn = true), show(form, here().toString())));
    redrawNarrowCharts(
      [...document.querySelectorAll<HTMLElement>('#sg-groups, #sg-trend, #sg-places')].map((f) => ({
        holder: f.querySelector<HTMLElement>('.chart-svg')!,
        redraw,
      })),
    );
  } else void show(form, here().toString());
  const controls = () => new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)]));
  // Start loading as soon as someone reaches for a control, so the change itself draws at once.
  const warm = () => void Promise.all([loadModel(controls()), import('./subgroups-redraw')]);
  form.addEventListener('focusin', warm, { once: true });
  form.addEventListener('pointerenter', warm, { once: true });
  form.addEventListener('change', async (event) => {
    const dim = (event.target as HTMLSelectElement).name === 'dim' ? controls().get('dim') : null;
    if (dim && dim !== pageDim) return window.location.assign(routeOf(dim, window.location.search));
    const search = await show(form, controls());
    if (search !== null) history.pushState(null, '', `${window.location.pathname}${withoutDim(search)}`);
  });
  window.addEventListener('popstate', () => void show(form, here().toString()));
  // Coming back from another characteristic's page (back/forward cache), the select shows this page's again.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) (form.elements.namedItem('dim') as HTMLSelectElement).value = pageDim;
  });
}

const form = document.querySelector<HTMLFormElement>('#sg-controls');
if (form) start(form, form.dataset.dim ?? DEFAULT_DIM);
