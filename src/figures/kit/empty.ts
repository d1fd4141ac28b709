/**
 * What a figure offers when its chart is not drawn (src/figures/types.ts `empty`): with rows, only the data
 * (CSV and the citation), no image or embed of a message; with no rows, nothing. Shared by the build's actions
 * (components/ChartActions.astro) and the page's redraws (client/figure-dom.ts).
 */
import type { FigureSpec } from '../types';
import type { StateOf, StateSpec } from '../../lib/url-state';

export interface ActionsOffer {
  /** 'all': every action; 'data': CSV and citation only; 'none': nothing. */
  offer: 'all' | 'data' | 'none';
  /** Why something is left out ('' when everything is offered). */
  note: string;
}

export function actionsOffer<S extends StateSpec>(spec: FigureSpec<S>, state: StateOf<S>): ActionsOffer {
  if (!spec.empty?.(state)) return { offer: 'all', note: '' };
  return spec.rows(state).length
    ? {
        offer: 'data',
        note: 'No image or embed for this choice, as no chart is drawn: the CSV and the data table have its figures.',
      }
    : { offer: 'none', note: 'No downloads, embed or citation for this choice: nothing is published for it.' };
}
