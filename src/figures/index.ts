/** Every figure on the site. A page's figures are registered here once; embeds, downloads and `npm run figures` follow. */
import type { FigureSpec } from './types';
import englandAbsence from './england-absence';
import schoolReadinessByRegion from './school-readiness-by-region';
import sendByRegion from './send-by-region';
import absenceVsAttainment from './absence-vs-attainment';
import bivariateAbsenceIdaci from './bivariate-absence-idaci';
import macroRegionTrends, { regionalTrendsByMeasure } from './macro-region-trends';
import regionalPersistentAbsence from './regional-persistent-absence';
import subgroupFsm from './subgroup-fsm';
import subgroupDisadvantage from './subgroup-disadvantage';
import subgroupSen from './subgroup-sen';
import subgroupNeed from './subgroup-need';
import subgroupEthnicityMajor from './subgroup-ethnicity-major';
import subgroupEthnicityMinor from './subgroup-ethnicity-minor';
import subgroupEthnicityFsm from './subgroup-ethnicity-fsm';
import subgroupGender from './subgroup-gender';
import subgroupYearGroup from './subgroup-year-group';
import subgroupFirstLanguage from './subgroup-first-language';
import subgroupSchoolType from './subgroup-school-type';
import subgroupCin from './subgroup-cin';
import laTrend from './la-trend';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FIGURES: FigureSpec<any>[] = [englandAbsence, bivariateAbsenceIdaci, macroRegionTrends, regionalTrendsByMeasure, regionalPersistentAbsence, subgroupFsm, subgroupDisadvantage, subgroupSen, subgroupNeed, subgroupEthnicityMajor, subgroupEthnicityMinor, subgroupEthnicityFsm, subgroupGender, subgroupYearGroup, subgroupFirstLanguage, subgroupSchoolType, subgroupCin, schoolReadinessByRegion, sendByRegion, absenceVsAttainment, laTrend];
