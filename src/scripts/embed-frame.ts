/**
 * Runs inside /embed/<id>/: applies the URL's state (checked against the figure's allowlist) by
 * swapping in the prerendered chart for that state, and reports the page height to the host.
 */
import type { FigureMeta } from '../lib/figure-meta';
import { variantKey } from '../lib/figure-variants';
import { parseState, stateToSearch } from '../lib/url-state';
import { replaceWithSvg } from './svg-swap';

const meta = JSON.parse(document.getElementById('figure-meta')?.textContent ?? '{}') as FigureMeta;
const slot = (name: string) => document.querySelector<HTMLElement>(`[data-slot="${name}"]`);

async function applyState(): Promise<void> {
  const state = parseState(meta.state, window.location.search);
  const key = variantKey(meta.state, state);
  if (key === 'default') return;
  const variant = meta.variants[key];
  const view = slot('view') as HTMLAnchorElement | null;
  if (view) view.href = new URL(`${meta.view}${stateToSearch(meta.state, state)}`, window.location.origin).toString();
  if (!variant) {
    const note = slot('note');
    if (note) {
      note.textContent = 'This combination is not prerendered for embedding; the default view is shown. The full view has every combination.';
      note.hidden = false;
    }
    return;
  }
  await replaceWithSvg(slot('chart'), `/embed/${meta.id}/${key}.chart.svg`, variant.summary);
  slot('title')!.textContent = variant.title;
  slot('subtitle')!.textContent = variant.subtitle;
  (slot('csv') as HTMLAnchorElement).href = `/embed/${meta.id}/${key}.csv`;
  const table = slot('table');
  if (table) table.hidden = true; // the build-time table is for the default state; the CSV link has this one
}

function reportHeight(): void {
  if (window.parent === window) return;
  // The body's own height: the document's scrollHeight would never be less than the iframe's current height.
  window.parent.postMessage({ type: 'absence-atlas:height', id: meta.id, height: Math.ceil(document.body.getBoundingClientRect().height) }, '*');
}

new ResizeObserver(reportHeight).observe(document.body);
applyState().finally(reportHeight);
