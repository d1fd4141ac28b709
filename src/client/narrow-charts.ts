/**
 * Build-time charts are drawn 720 px wide. Scaled down into a phone's column their text shrinks below
 * legibility (6 px at 360 px), so there each chart is redrawn for its width, once it nears the viewport:
 * one chart per task, and none of the work for charts nobody scrolls to.
 */
const BUILD_WIDTH = 720;

/** Whether a shown chart holder is too narrow for the build-time drawing's text. */
const isNarrow = (holder: Element): boolean => holder.clientWidth > 0 && holder.clientWidth < BUILD_WIDTH * 0.8;

/** Calls each narrow chart's `redraw` when its holder comes near the viewport (once each). */
export function redrawNarrowCharts(charts: readonly { holder: HTMLElement; redraw: () => void }[]): void {
  const narrow = new Map(charts.filter((c) => isNarrow(c.holder)).map((c) => [c.holder as Element, c.redraw]));
  if (!narrow.size) return;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries.filter((e) => e.isIntersecting)) {
      observer.unobserve(entry.target);
      narrow.get(entry.target)!();
    }
  }, { rootMargin: '300px 0px' });
  for (const holder of narrow.keys()) observer.observe(holder);
}
