/** North minus South, and each macro-region minus England, over time: /trends/. */
import { absenceProvenance } from '../lib/data';
import { gapFigure } from '../views/trends/gap-figure';
import { trendsData } from './macro-region-trends';

export default gapFigure(trendsData, [absenceProvenance]);
