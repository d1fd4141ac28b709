/** EYFS good level of development by region and LA, for a year and over time: /context/. */
import { contextProvenanceOf } from '../data/context';
import { contextView } from '../views/context/payload';
import { viewCharts } from './kit/split-charts';
import { schoolReadinessFigure } from './context';

export const READINESS_SOURCES = ['lait', 'laitDictionary', 'las'];

const figure = schoolReadinessFigure(contextView, [contextProvenanceOf(READINESS_SOURCES)]);
export default figure;
/** Every chart of the view, each a figure: this one (its first chart) and one per other chart. */
export const charts = viewCharts(figure);
