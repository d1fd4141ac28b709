/** One width policy for charts redrawn in the browser. */

/** The width to draw a chart at: its holder's, so text stays legible on phones, within [300, max]. */
export const chartWidth = (holder: Element, max = 960): number =>
  Math.min(max, Math.max(300, Math.floor(holder.clientWidth || 720)));

/** Calls `render` when the window's width changes by at least `threshold` px (not on every resize event). */
export function onWidthChange(render: () => void, threshold = 40): void {
  let lastWidth = window.innerWidth;
  window.addEventListener('resize', () => {
    if (Math.abs(window.innerWidth - lastWidth) < threshold) return;
    lastWidth = window.innerWidth;
    render();
  });
}
