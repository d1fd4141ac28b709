/** Macro-region (or regional) trends of one absence measure, with the COVID periods: /trends/. */
import { absenceProvenance, absenceRecords } from '../data/absence';
import { buildTrendsData } from '../views/trends/model';
import { smallMultiplesFigure, trendFigure } from './trends';

/** The regional trends page's slice of the absence table (also embedded in the page for the browser). */
export const trendsData = buildTrendsData(absenceRecords);

/** The same series as small multiples, one panel per measure. */
export const regionalTrendsByMeasure = smallMultiplesFigure(trendsData, [absenceProvenance]);

export default trendFigure(trendsData, [absenceProvenance]);
