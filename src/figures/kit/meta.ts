/** What the browser needs to know about a figure's prerendered states (embeds, downloads, citations). */
import type { FigureSpec } from '../types';
import { sourceLine } from '../../lib/provenance';
import { variantKey, variantsOf } from './variants';
import { stateToSearch, withSearch, type StateOf, type StateSpec } from '../../lib/url-state';

export interface FigureMeta {
  id: string;
  view: string;
  state: StateSpec;
  sources: string[];
  /** Drawn in the browser for states that are not prerendered (FigureSpec.live). */
  live?: boolean;
  /** The iframe height (px) that shows every prerendered state whole without the resize script (embedHeight). */
  embedHeight: number;
  /** `view` only where the state is shown on its own page (FigureSpec.pageOf). */
  variants: Record<string, { title: string; subtitle: string; summary: string; view?: string }>;
}

/** Path of the page showing a figure in a state: its own page, or its view with the state in the URL. */
export const viewPath = <S extends StateSpec>(spec: FigureSpec<S>, state: StateOf<S>) =>
  spec.pageOf?.(state) ?? withSearch(spec.view, stateToSearch(spec.state, state));

export function figureMeta<S extends StateSpec>(spec: FigureSpec<S>, embedHeight: number): FigureMeta {
  const variants = Object.fromEntries(
    variantsOf(spec.state, { expand: spec.expand }).map((s) => [
      variantKey(spec.state, s),
      { title: spec.title(s), subtitle: spec.subtitle(s), summary: spec.summary(s), view: spec.pageOf?.(s) },
    ]),
  );
  return {
    id: spec.id,
    view: spec.view,
    state: spec.state,
    live: spec.live,
    embedHeight,
    sources: spec.provenance.map(sourceLine),
    variants,
  };
}
