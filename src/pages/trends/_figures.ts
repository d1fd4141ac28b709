/** The figures of /trends/, in page order. */
import type { FigureSpec } from '../../figures/types';
import macroRegionTrends, { regionalTrendsByMeasure } from '../../figures/macro-region-trends';
import regionalPersistentAbsence from '../../figures/regional-persistent-absence';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const TRENDS_FIGURES: FigureSpec<any>[] = [
  macroRegionTrends,
  regionalTrendsByMeasure,
  regionalPersistentAbsence,
];
