/** EYFS good level of development by region and LA, for a year and over time: /context/. */
import { contextProvenanceOf } from '../lib/context-data';
import { contextView } from '../lib/context-view';
import { viewCharts } from '../scripts/context-charts';
import { schoolReadinessFigure } from '../scripts/context-figures';

export const READINESS_SOURCES = ['lait', 'laitDictionary', 'las'];

const figure = schoolReadinessFigure(contextView, [contextProvenanceOf(READINESS_SOURCES)]);
export default figure;
/** Every chart of the view, each a figure: this one (its first chart) and one per other chart. */
export const charts = viewCharts(figure);
