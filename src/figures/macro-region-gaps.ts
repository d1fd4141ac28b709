/** North minus South, and each macro-region minus England, over time: /trends/. */
import { absenceProvenance } from '../data/absence';
import { gapFigure } from './gap-figure';
import { trendsData } from './macro-region-trends';

export default gapFigure(trendsData, [absenceProvenance]);
