/** EHC plan and SEN support rates by region and LA, and national SEMH: /context/. */
import { contextProvenanceOf } from '../lib/context-data';
import { contextView } from '../lib/context-view';
import { sendFigure } from '../scripts/context-figures';

export const SEND_SOURCES = ['lait', 'laitDictionary', 'las', 'senNational'];

export default sendFigure(contextView, [contextProvenanceOf(SEND_SOURCES)]);
