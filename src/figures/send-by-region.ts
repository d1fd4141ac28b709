/** EHC plan and SEN support rates by region and LA, and national SEMH: /context/. */
import { contextProvenanceOf } from '../data/context';
import { contextView } from '../views/context/payload';
import { viewCharts } from './kit/split-charts';
import { sendFigure } from './context';

export const SEND_SOURCES = ['lait', 'laitDictionary', 'las', 'senNational'];

const figure = sendFigure(contextView, [contextProvenanceOf(SEND_SOURCES)]);
export default figure;
/** Every chart of the view, each a figure: this one (its first chart) and one per other chart. */
export const charts = viewCharts(figure);
