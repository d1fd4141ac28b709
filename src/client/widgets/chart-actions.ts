/**
 * Keeps each figure's download, embed and citation links in step with the page's URL state.
 * Values come from our own allowlists (figure meta), never from the raw URL. Absolute URLs (embed code,
 * citation) are built on the page's own address, so they are right on whatever host and path serve the site.
 */
import { bibtexCitation, plainCitation } from '../../figures/kit/citation';
import { embedSnippet } from '../../figures/kit/embed-snippet';
import type { FigureMeta } from '../../figures/kit/meta';
import { variantKey } from '../../figures/kit/variants';
import { absoluteUrl, sitePath } from '../../lib/site-path';
import { parseState, stateToSearch, withSearch } from '../../lib/url-state';
import { downloadSvgAsPng } from '../svg-to-png';
import type { DownloadKind } from '../live/downloads';

const metaCache = new Map<string, Promise<FigureMeta>>();
const loadMeta = (id: string) =>
  metaCache.get(id) ??
  metaCache
    .set(
      id,
      fetch(sitePath(`/embed/${id}/meta.json`)).then((r) => r.json()),
    )
    .get(id)!;

/** A live figure's state that is not prerendered, as last shown by a box: its downloads are made in the browser. */
const liveStates = new WeakMap<
  HTMLElement,
  { meta: FigureMeta; state: Record<string, string>; key: string; viewUrl: string }
>();

async function refresh(box: HTMLElement): Promise<void> {
  const meta = await loadMeta(box.dataset.figure!);
  // A chart whose state its page fixes (an LA profile) carries it in data-state; others follow the URL.
  const params = new URLSearchParams(window.location.search);
  for (const [k, v] of new URLSearchParams(box.dataset.state ?? '')) params.set(k, v);
  const state = parseState(meta.state, params);
  const wanted = variantKey(meta.state, state);
  const key = meta.variants[wanted] ? wanted : 'default';
  const here = window.location.href;
  const base = sitePath(`/embed/${meta.id}/`);
  // A live figure's embed draws any state in the browser; others embed the prerendered one.
  const embedded = meta.live || key === wanted;
  const search = embedded ? stateToSearch(meta.state, state) : '';
  const variant = meta.variants[key];
  // A state drawn only in the browser takes its title from the chart's heading, which the page keeps in step
  // (a figure's, or a tab panel's such as the map page's scatterplot).
  const title =
    embedded && key !== wanted
      ? (box.closest('figure, [role="tabpanel"]')?.querySelector('.chart-title')?.textContent ?? variant.title)
      : variant.title;
  const slot = (name: string) => box.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
  for (const kind of ['svg', 'png', 'csv']) {
    box.querySelector<HTMLAnchorElement>(`[data-action="${kind}"]`)!.href =
      `${base}${key}.${kind === 'png' && key !== 'default' ? 'svg' : kind}`;
  }
  const embedUrl = new URL(`${base}${search}`, here).href;
  const viewUrl = absoluteUrl(
    meta.variants[wanted]?.view ?? withSearch(meta.view, stateToSearch(meta.state, state)),
    here,
  );
  const script = absoluteUrl('/embed-resize.js', here);
  (slot('embed') as HTMLTextAreaElement).value = embedSnippet({
    src: embedUrl,
    title,
    fallback: viewUrl,
    script,
    height: meta.embedHeight,
  });
  (slot('preview') as HTMLAnchorElement).href = `${base}${search}`;
  const citation = {
    figureId: meta.id,
    title,
    sources: meta.sources.map(tidySource),
    url: viewUrl,
    accessed: new Date().toISOString().slice(0, 10),
  };
  slot('cite-plain').textContent = plainCitation(citation);
  (slot('cite-bibtex') as HTMLTextAreaElement).value = bibtexCitation(citation);
  if (meta.live && key !== wanted) liveStates.set(box, { meta, state, key: wanted, viewUrl });
  else liveStates.delete(box);
  const note = slot('note');
  note.hidden = embedded;
  note.textContent = embedded
    ? ''
    : 'Downloads and embeds offer the default view for this combination; the page itself shows every combination.';
  box.dataset.key = key;
}

const tidySource = (line: string) =>
  line
    .replace(/^Source: /, '')
    .replace(/ Contains public sector information.*$/, '')
    .replace(/\.$/, '');

for (const box of document.querySelectorAll<HTMLElement>('.chart-actions')) {
  const update = () => void refresh(box);
  box.addEventListener('focusin', update);
  box.addEventListener('pointerenter', update);
  box.addEventListener('toggle', update, true);
  // Refresh ran on focus/hover, so at a click the state is known: a live state's files are made here,
  // and a prerendered non-default state's PNG is converted from its SVG (only the default has a PNG file).
  for (const kind of ['svg', 'png', 'csv'] as DownloadKind[]) {
    const link = box.querySelector<HTMLAnchorElement>(`[data-action="${kind}"]`)!;
    link.hidden = false;
    link.addEventListener('click', (event) => {
      const live = liveStates.get(box);
      const key = box.dataset.key;
      if (live) {
        event.preventDefault();
        void import('../live/downloads').then(({ downloadLive }) =>
          downloadLive(live.meta, live.state, kind, `${live.meta.id}-${live.key}.${kind}`, live.viewUrl),
        );
      } else if (kind === 'png' && key && key !== 'default') {
        event.preventDefault();
        void downloadSvgAsPng(sitePath(`/embed/${box.dataset.figure}/${key}.svg`), `${box.dataset.figure}-${key}.png`);
      }
    });
  }
  for (const button of box.querySelectorAll<HTMLButtonElement>('[data-action="copy"]')) {
    button.addEventListener('click', async () => {
      const area = document.getElementById(button.dataset.target!) as HTMLTextAreaElement;
      await refresh(box);
      area.select();
      await navigator.clipboard?.writeText(area.value).catch(() => undefined);
      const note = box.querySelector<HTMLElement>('[data-slot="note"]')!;
      note.hidden = false;
      note.textContent = 'Copied.';
    });
  }
}
