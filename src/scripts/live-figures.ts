/**
 * Figures drawn in the browser for states that are not prerendered (FigureSpec.live), each from the
 * data its page fetches. Loaded on demand by their embed only.
 */
import type { FigureSpec } from '../figures/types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const LIVE_FIGURES: Record<string, () => Promise<FigureSpec<any>>> = {
  'compare-las': async () => {
    const [{ compareFigure }, payload] = await Promise.all([import('./compare-figure'), fetch('/compare/series.json').then((r) => r.json())]);
    return compareFigure(payload);
  },
};
