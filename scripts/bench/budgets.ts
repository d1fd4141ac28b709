/**
 * Performance budgets for `npm run bench`, per page on first load (cold cache) on a throttled phone.
 * Tighten them as pages improve.
 */
export const BUDGETS = {
  /** Every response (HTML, JS, CSS, data, geometry, images), gzip-compressed, in bytes. */
  transferBytes: 200 * 1024,
  /** Largest Contentful Paint, ms, with 4x CPU throttling. */
  lcpMs: 1500,
  /** Total Blocking Time, ms, with 4x CPU throttling. */
  tbtMs: 100,
  /** Cumulative Layout Shift (must stay below this). */
  cls: 0.05,
} as const;

export interface PageFigures {
  transferBytes: number;
  lcpMs: number | null;
  tbtMs: number;
  cls: number;
}

/** Each budget the page exceeds, with by how much. */
export function overBudget(figures: PageFigures): string[] {
  const over: string[] = [];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  if (figures.transferBytes > BUDGETS.transferBytes) {
    over.push(`transfer ${kb(figures.transferBytes)} > ${kb(BUDGETS.transferBytes)} (+${kb(figures.transferBytes - BUDGETS.transferBytes)})`);
  }
  if (figures.lcpMs === null) over.push('LCP not measured');
  else if (figures.lcpMs > BUDGETS.lcpMs) over.push(`LCP ${Math.round(figures.lcpMs)} ms > ${BUDGETS.lcpMs} ms (+${Math.round(figures.lcpMs - BUDGETS.lcpMs)} ms)`);
  if (figures.tbtMs > BUDGETS.tbtMs) over.push(`TBT ${Math.round(figures.tbtMs)} ms > ${BUDGETS.tbtMs} ms (+${Math.round(figures.tbtMs - BUDGETS.tbtMs)} ms)`);
  if (figures.cls >= BUDGETS.cls) over.push(`CLS ${figures.cls.toFixed(3)} >= ${BUDGETS.cls} (+${(figures.cls - BUDGETS.cls).toFixed(3)})`);
  return over;
}
