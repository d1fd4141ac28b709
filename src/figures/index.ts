/** Every figure on the site. A page's figures are registered here once; embeds, downloads and `npm run figures` follow. */
import type { FigureSpec } from './types';
import englandAbsence from './england-absence';
import schoolReadinessByRegion from './school-readiness-by-region';
import sendByRegion from './send-by-region';
import absenceVsAttainment from './absence-vs-attainment';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FIGURES: FigureSpec<any>[] = [englandAbsence, schoolReadinessByRegion, sendByRegion, absenceVsAttainment];
