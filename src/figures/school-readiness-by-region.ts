/** EYFS good level of development by region and LA, for a year and over time: /context/. */
import { contextProvenanceOf } from '../lib/context-data';
import { contextView } from '../lib/context-view';
import { schoolReadinessFigure } from '../scripts/context-figures';

export const READINESS_SOURCES = ['lait', 'laitDictionary', 'las'];

export default schoolReadinessFigure(contextView, [contextProvenanceOf(READINESS_SOURCES)]);
