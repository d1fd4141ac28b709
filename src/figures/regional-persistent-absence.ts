/** Persistent absence by region and Inner/Outer London for one year: /trends/. */
import { absenceProvenance } from '../data/absence';
import { regionalPersistentFigure } from './trends';
import { trendsData } from './macro-region-trends';

export default regionalPersistentFigure(trendsData, [absenceProvenance]);
