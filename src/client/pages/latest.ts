/**
 * /latest/ in the browser: keeps the area, school type and each chart's option in the URL (back and forward work),
 * fetches the areas it needs (/latest/areas/<code>.json) and redraws with the same figure functions the build used.
 * Plot and the figures load only when something is redrawn (another state, or a phone-width chart).
 */
import { stateToSearch, type StateOf } from '../../lib/url-state';
import { fillTable } from '../data-table';
import { chartWidth } from '../chart-width';
import { fetchJson } from '../fetch-json';
import { redrawNarrowCharts } from '../narrow-charts';
import { replaceWithSvg } from '../svg-swap';
import { bindUrlState, specCodec } from '../url-state';
import type { AreaAttendance, LatestMeta } from '../../views/latest/model';
import { latestStateSpec, OVERVIEW_CODES } from '../../views/latest/state';
import type { TableContent } from '../../views/latest/tables';
import { sitePath } from '../../lib/site-path';
import { showFallbackNote } from '../widgets/fallback-note';
import { showAreaText } from './latest-text';

const payload = JSON.parse(document.getElementById('latest-data')!.textContent!) as LatestMeta;
const spec = latestStateSpec(payload.areas.map((a) => a.code));
type LatestState = StateOf<typeof spec>;

const areas = new Map<string, AreaAttendance>();
const load = (codes: readonly string[]) =>
  Promise.all(
    codes.map((code) =>
      fetchJson<AreaAttendance>(sitePath(`/latest/areas/${code}.json`)).then((a) => void areas.set(code, a)),
    ),
  );

/** The figures and showFigure, loaded with Plot on the first redraw. */
const figuresReady = () =>
  Promise.all([import('../../figures/attendance'), import('../figure-dom')]).then(([f, dom]) => ({
    figures: f.attendanceFigures({
      areas: payload.areas,
      getArea: (code) => areas.get(code),
      weeklyProvenance: payload.weeklyProvenance,
      provenance: payload.provenance,
    }),
    showFigure: dom.showFigure,
  }));
let figures: ReturnType<typeof figuresReady> | undefined;

async function redraw(state: LatestState): Promise<void> {
  const [{ figures: all, showFigure }] = await Promise.all([
    (figures ??= figuresReady()),
    load([state.area, ...OVERVIEW_CODES]),
  ]);
  for (const figure of Object.values(all)) {
    const el = document.getElementById(figure.id);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    if (el) showFigure(el, figure as any, state as any, { width: chartWidth(el.querySelector('.chart-svg')!) });
  }
}

async function renderText(state: LatestState): Promise<void> {
  await load([state.area]);
  showAreaText(areas.get(state.area), state.type);
  const table = await fetchJson<TableContent & { note: string }>(
    sitePath(`/latest/tables/${state.measure}--${state.type.toLowerCase()}.json`),
  );
  fillTable(document.querySelector<HTMLTableElement>('#every-area table')!, table, table.caption);
  document.getElementById('every-area-caption')!.textContent = table.caption;
  document.getElementById('every-area-note')!.textContent = table.note;
}

const forms = [
  ...document.querySelectorAll<HTMLFormElement>(
    '#latest-controls, #compare-controls, #reasons-controls, #unauthorised-controls',
  ),
];
const url = bindUrlState(
  specCodec<typeof spec, LatestState>(spec),
  (state) => void Promise.all([renderText(state), redraw(state)]).then(() => showFallbackNote(spec)),
  { forms },
);
for (const form of forms) form.hidden = false;
document.getElementById('no-js-note')!.hidden = true;

// The build-time charts, table and sentences show the default state, drawn for wide screens; phones swap in the
// same charts prerendered for their width (no chart code loaded until the state changes).
if (stateToSearch(spec, url.state) !== '') url.set({}, false);
else {
  showFallbackNote(spec);
  redrawNarrowCharts(
    [...document.querySelectorAll<HTMLElement>('figure.chart')].map((el) => {
      const holder = el.querySelector<HTMLElement>('.chart-svg')!;
      return {
        holder,
        redraw: () =>
          void replaceWithSvg(holder, sitePath(`/latest/narrow/${el.id}.svg`), holder.getAttribute('aria-label') ?? ''),
      };
    }),
  );
}
