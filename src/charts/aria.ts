/**
 * Plot names each mark group with aria-label, which ARIA prohibits on a <g> without a role (axe:
 * aria-prohibited-attr). Our charts carry their text alternative on the container (role="img",
 * ChartFigure) and every value in the data table, so the group labels are removed.
 */
export function withoutMarkLabels<T extends Element>(svg: T): T {
  for (const g of svg.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  return svg;
}
