/** Overall absence against KS4 Attainment 8, by LA for a year and by region over time: /context/. */
import { absenceProvenance } from '../data/absence';
import { contextProvenanceOf } from '../data/context';
import { contextView } from '../views/context/payload';
import { viewCharts } from './kit/split-charts';
import { absenceAttainmentFigure } from './context';

export const ATTAINMENT_SOURCES = ['lait', 'laitDictionary', 'las', 'ks4La'];

const figure = absenceAttainmentFigure(contextView, [absenceProvenance, contextProvenanceOf(ATTAINMENT_SOURCES)]);
export default figure;
/** Every chart of the view, each a figure: this one (its first chart) and one per other chart. */
export const charts = viewCharts(figure);
