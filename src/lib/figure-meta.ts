/** What the browser needs to know about a figure's prerendered states (embeds, downloads, citations). */
import type { FigureSpec } from '../figures/types';
import { sourceLine } from './provenance';
import { variantKey, variantsOf } from './figure-variants';
import type { StateSpec } from './url-state';

export interface FigureMeta {
  id: string;
  view: string;
  state: StateSpec;
  sources: string[];
  variants: Record<string, { title: string; subtitle: string; summary: string }>;
}

export function figureMeta<S extends StateSpec>(spec: FigureSpec<S>): FigureMeta {
  const variants = Object.fromEntries(
    variantsOf(spec.state).map((s) => [variantKey(spec.state, s), { title: spec.title(s), subtitle: spec.subtitle(s), summary: spec.summary(s) }]),
  );
  return { id: spec.id, view: spec.view, state: spec.state, sources: spec.provenance.map(sourceLine), variants };
}
