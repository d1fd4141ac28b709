/**
 * Runs inside /embed/<id>/: applies the URL's state (checked against the figure's allowlist) by
 * swapping in the prerendered chart for that state, or, for a live figure, drawing it in the browser;
 * and reports the page height to the host.
 */
import type { FigureSpec } from '../../figures/types';
import type { FigureMeta } from '../../figures/kit/meta';
import { variantKey } from '../../figures/kit/variants';
import { absoluteUrl, sitePath } from '../../lib/site-path';
import { fallbackNote, fallbacksOf, parseState, stateToSearch, withSearch } from '../../lib/url-state';
import { LIVE_FIGURES } from '../live/figures';
import { chartWidth } from '../chart-width';
import { replaceWithSvg } from '../svg-swap';

const meta = JSON.parse(document.getElementById('figure-meta')?.textContent ?? '{}') as FigureMeta;
const slot = (name: string) => document.querySelector<HTMLElement>(`[data-slot="${name}"]`);

async function applyState(): Promise<void> {
  const state = parseState(meta.state, window.location.search);
  const key = variantKey(meta.state, state);
  if (key === 'default') return;
  // The page inlines every state's meta unless there are very many (then it is fetched).
  const variant =
    meta.variants[key] ??
    ((await (await fetch(sitePath(`/embed/${meta.id}/meta.json`))).json()) as FigureMeta).variants[key];
  const view = slot('view') as HTMLAnchorElement | null;
  const viewUrl = absoluteUrl(
    variant?.view ?? withSearch(meta.view, stateToSearch(meta.state, state)),
    window.location.href,
  );
  if (view) view.href = viewUrl;
  const live = LIVE_FIGURES[meta.id];
  if (!variant && live) {
    await drawLive(await live(state, meta.state), state, viewUrl);
    return;
  }
  if (!variant) {
    say(
      'This combination is not prerendered for embedding; the default view is shown. The full view has every combination.',
    );
    return;
  }
  await replaceWithSvg(slot('chart'), sitePath(`/embed/${meta.id}/${key}.chart.svg`), variant.summary);
  slot('title')!.textContent = variant.title;
  slot('subtitle')!.textContent = variant.subtitle;
  (slot('csv') as HTMLAnchorElement).href = sitePath(`/embed/${meta.id}/${key}.csv`);
  const table = slot('table');
  if (table) table.hidden = true; // the build-time table is for the default state; the CSV link has this one
}

/** Adds a sentence to the note above the chart. */
function say(text: string): void {
  const note = slot('note');
  if (!note || !text) return;
  note.textContent = note.hidden ? text : `${note.textContent} ${text}`;
  note.hidden = false;
}

/** Draws a state that is not prerendered with the figure's own functions; the CSV is made in the browser. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function drawLive(spec: FigureSpec<any>, state: Record<string, string>, viewUrl: string): Promise<void> {
  const { figureCsv } = await import('../../figures/kit/export');
  const chart = slot('chart')!;
  chart.replaceChildren(spec.render(state, { document, width: chartWidth(chart, 768), interactive: true }));
  chart.setAttribute('aria-label', spec.summary(state));
  slot('title')!.textContent = spec.title(state);
  slot('subtitle')!.textContent = spec.subtitle(state);
  (slot('csv') as HTMLAnchorElement).href = URL.createObjectURL(
    new Blob([figureCsv(spec, state, viewUrl)], { type: 'text/csv' }),
  );
  const table = slot('table');
  if (table) table.hidden = true; // as for prerendered states: the CSV link has this state's data
}

function reportHeight(): void {
  if (window.parent === window) return;
  // The body's own height: the document's scrollHeight would never be less than the iframe's current height.
  window.parent.postMessage(
    { type: 'absence-atlas:height', id: meta.id, height: Math.ceil(document.body.getBoundingClientRect().height) },
    '*',
  );
}

new ResizeObserver(reportHeight).observe(document.body);
applyState()
  // A value the URL asked for but we do not know (e.g. a retired LA code) is said, never silently replaced.
  .then(() =>
    say(fallbackNote(fallbacksOf(meta.state, window.location.search), `"${slot('title')?.textContent ?? ''}"`)),
  )
  .finally(reportHeight);
