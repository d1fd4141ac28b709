/** Every figure on the site. A page's figures are registered here once; embeds, downloads and `npm run figures` follow. */
import type { FigureSpec } from './types';
import englandAbsence from './england-absence';
import { charts as readinessCharts } from './school-readiness-by-region';
import { charts as sendCharts } from './send-by-region';
import { charts as attainmentCharts } from './absence-vs-attainment';
import bivariateAbsenceIdaci, { bivariateScatter } from './bivariate-absence-idaci';
import macroRegionTrends, { regionalTrendsByMeasure } from './macro-region-trends';
import regionalPersistentAbsence from './regional-persistent-absence';
import { SUBGROUP_FIGURES } from './subgroup-spec';
import laTrend from './la-trend';
import compareLas from './compare-las';
import funnelPlot from './funnel-plot';
import changeMap from './change-map';
import macroRegionGaps from './macro-region-gaps';
import { registerAttendanceFigures } from './register-attendance';
import attendanceMap from './attendance-map';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FIGURES: FigureSpec<any>[] = [
  englandAbsence,
  bivariateAbsenceIdaci,
  bivariateScatter,
  macroRegionTrends,
  regionalTrendsByMeasure,
  regionalPersistentAbsence,
  ...SUBGROUP_FIGURES,
  ...readinessCharts,
  ...sendCharts,
  ...attainmentCharts,
  laTrend,
  compareLas,
  ...Object.values(registerAttendanceFigures),
  attendanceMap,
  funnelPlot,
  changeMap,
  macroRegionGaps,
];
