/**
 * Build-time charts are drawn 720 px wide. Scaled down into a phone's column their text shrinks below
 * legibility (6 px at 360 px), so there each chart is replaced, once it nears the viewport, by its
 * figure's default state prebuilt for a phone (/embed/<id>/narrow.svg: no drawing code or data to load),
 * or, in columns too wide for that file, redrawn for its width: one chart per task, and none of the
 * work for charts nobody scrolls to.
 */
import { BUILD_CHART_WIDTH, NARROW_CHART_WIDTH } from '../config/chart-widths';
import { sitePath } from '../lib/site-path';
import { replaceWithSvg } from './svg-swap';

/** Whether a shown chart holder is too narrow for the build-time drawing's text. */
export const isNarrow = (holder: Element): boolean =>
  holder.clientWidth > 0 && holder.clientWidth < BUILD_CHART_WIDTH * 0.8;

/** The prebuilt phone drawing of the holder's figure, when its text stays legible in this column. */
function prebuilt(holder: HTMLElement): string | null {
  const actions = holder.closest('figure')?.querySelector<HTMLElement>('.chart-actions[data-figure]');
  // A chart whose page fixes its state (data-state, e.g. an LA profile's) is not the figure's default.
  if (!actions || actions.dataset.state || holder.clientWidth > NARROW_CHART_WIDTH * 1.35) return null;
  return sitePath(`/embed/${actions.dataset.figure}/narrow.svg`);
}

function narrowDrawing(holder: HTMLElement, redraw: () => void): void {
  const url = prebuilt(holder);
  if (url) replaceWithSvg(holder, url, holder.getAttribute('aria-label') ?? '').catch(redraw);
  else redraw();
}

/**
 * Gives each narrow chart (showing the build's default state) a drawing for its width when its holder
 * comes near the viewport (once each); `redraw` draws it in the browser where no prebuilt one fits.
 */
export function redrawNarrowCharts(charts: readonly { holder: HTMLElement; redraw: () => void }[]): void {
  const narrow = new Map(charts.filter((c) => isNarrow(c.holder)).map((c) => [c.holder as Element, c]));
  if (!narrow.size) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries.filter((e) => e.isIntersecting)) {
        observer.unobserve(entry.target);
        const { holder, redraw } = narrow.get(entry.target)!;
        narrowDrawing(holder, redraw);
      }
    },
    { rootMargin: '300px 0px' },
  );
  for (const holder of narrow.keys()) observer.observe(holder);
}
