/** Every figure on the site. A page's figures are registered here once; embeds, downloads and `npm run figures` follow. */
import type { FigureSpec } from './types';
import englandAbsence from './england-absence';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FIGURES: FigureSpec<any>[] = [englandAbsence];
