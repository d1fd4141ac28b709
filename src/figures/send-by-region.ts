/** EHC plan and SEN support rates by region and LA, and national SEMH: /context/. */
import { contextProvenanceOf } from '../lib/context-data';
import { contextView } from '../lib/context-view';
import { viewCharts } from '../scripts/context-charts';
import { sendFigure } from '../scripts/context-figures';

export const SEND_SOURCES = ['lait', 'laitDictionary', 'las', 'senNational'];

const figure = sendFigure(contextView, [contextProvenanceOf(SEND_SOURCES)]);
export default figure;
/** Every chart of the view, each a figure: this one (its first chart) and one per other chart. */
export const charts = viewCharts(figure);
