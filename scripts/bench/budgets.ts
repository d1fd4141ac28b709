/**
 * Performance budgets, in one place: `npm run bench` reports against all of them; the byte budgets are
 * also enforced by `npm test` (tests/browser/byte-budgets.test.ts), because bytes are deterministic.
 */
export const BUDGETS = {
  /** First load of a page (HTML, CSS, JS, data, geometry, images), each response gzip-compressed, in bytes. */
  totalBytes: 100 * 1024,
  /** The JavaScript part of that first load, gzip, in bytes. */
  jsBytes: 40 * 1024,
  /** Lighthouse mobile performance score (0-100), at least. */
  perfScore: 95,
  /** Lighthouse Total Blocking Time, ms, at most. */
  tbtMs: 100,
  /** Lighthouse Largest Contentful Paint, ms, at most. */
  lcpMs: 1500,
  /** Lighthouse Cumulative Layout Shift, below. */
  cls: 0.02,
  /** Re-colouring the map after a measure or year change (one frame), ms on the desktop CPU. */
  mapRecolourMs: 16,
  /** Main-thread work to switch a trend measure or the compare list, ms on the desktop CPU. */
  switchMs: 50,
} as const;

export interface PageFigures {
  totalBytes: number;
  jsBytes: number;
  perfScore: number | null;
  tbtMs: number | null;
  lcpMs: number | null;
  cls: number | null;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The byte budgets a first load exceeds, with by how much (used by the bench and the byte-budget test). */
export function overByteBudgets({ totalBytes, jsBytes }: Pick<PageFigures, 'totalBytes' | 'jsBytes'>): string[] {
  const over: string[] = [];
  if (totalBytes > BUDGETS.totalBytes) over.push(`total ${kb(totalBytes)} > ${kb(BUDGETS.totalBytes)} (+${kb(totalBytes - BUDGETS.totalBytes)})`);
  if (jsBytes > BUDGETS.jsBytes) over.push(`JS ${kb(jsBytes)} > ${kb(BUDGETS.jsBytes)} (+${kb(jsBytes - BUDGETS.jsBytes)})`);
  return over;
}

/** Each budget the page exceeds, with by how much. */
export function overBudget(figures: PageFigures): string[] {
  const over = overByteBudgets(figures);
  const { perfScore, tbtMs, lcpMs, cls } = figures;
  if (perfScore === null || tbtMs === null || lcpMs === null || cls === null) return [...over, 'Lighthouse figures missing'];
  if (perfScore < BUDGETS.perfScore) over.push(`perf ${perfScore} < ${BUDGETS.perfScore} (-${BUDGETS.perfScore - perfScore})`);
  if (tbtMs > BUDGETS.tbtMs) over.push(`TBT ${Math.round(tbtMs)} ms > ${BUDGETS.tbtMs} ms (+${Math.round(tbtMs - BUDGETS.tbtMs)} ms)`);
  if (lcpMs > BUDGETS.lcpMs) over.push(`LCP ${Math.round(lcpMs)} ms > ${BUDGETS.lcpMs} ms (+${Math.round(lcpMs - BUDGETS.lcpMs)} ms)`);
  if (cls >= BUDGETS.cls) over.push(`CLS ${cls.toFixed(3)} >= ${BUDGETS.cls} (+${(cls - BUDGETS.cls).toFixed(3)})`);
  return over;
}
