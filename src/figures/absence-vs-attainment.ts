/** Overall absence against KS4 Attainment 8, by LA for a year and by region over time: /context/. */
import { absenceProvenance } from '../lib/data';
import { contextProvenanceOf } from '../lib/context-data';
import { contextView } from '../lib/context-view';
import { absenceAttainmentFigure } from '../scripts/context-figures';

export const ATTAINMENT_SOURCES = ['lait', 'laitDictionary', 'las', 'ks4La'];

export default absenceAttainmentFigure(contextView, [absenceProvenance, contextProvenanceOf(ATTAINMENT_SOURCES)]);
