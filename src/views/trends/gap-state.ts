/** The gap chart's URL state: the trends page's own measure and school type parameters (no chart code, so pages can read it cheaply). */
import { MEASURES } from '../../config/measures';
import { TYPE_KEYS } from './model';

export const GAP_STATE = {
  measure: { values: MEASURES, default: 'overall' },
  type: { values: TYPE_KEYS, default: 'all' },
} as const;
