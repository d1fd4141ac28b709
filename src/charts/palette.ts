/**
 * Colour-blind-safe categorical colours (Okabe & Ito, 2008), chosen to stay distinct under
 * protanopia, deuteranopia and tritanopia, and readable on light and dark backgrounds.
 */
export const CATEGORICAL = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8C6D1F', '#7F7F7F', '#332288', '#AA4499', '#117733'];

/** Fixed colours so North/Midlands/South look the same on every chart. */
export const MACRO_COLOURS: Record<string, string> = { North: '#D55E00', Midlands: '#009E73', South: '#0072B2', England: '#7F7F7F' };

/** Period band fills (drawn at low opacity behind the lines). */
export const PERIOD_FILLS: Record<string, string> = { pre: '#56B4E9', gap: '#7F7F7F', during: '#E69F00', post: '#CC79A7' };

/**
 * Benchmarking colours (funnel plot, change map, compare), kept here so they align with the site palette.
 * Classes against England use a purple-orange diverging pair, distinct from the macro-region hues.
 */
export const CONTEXT_GREY = '#7F7F7F';
/** Reference lines (England darker, region lighter) and limits: greys, never a series hue; each at least 3:1 on both themes. */
export const REFERENCE_GREYS = { england: '#6E6E6E', region: '#959595' } as const;
/**
 * The LA a view is about ("this LA"), and the colours of the others on a compare chart by colour slot. Sky blue
 * is slot 0, which a profile's link gives the highlighted LA, so it never sits beside the accent blue.
 */
export const THIS_LA = '#0072B2';
export const OTHER_LAS = ['#56B4E9', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#8C6D1F'];
export const FUNNEL_CLASS_COLOURS = { above: '#B35806', within: '#8C8C8C', below: '#7B68B5' } as const;
/** Diverging (PuOr, colour-blind safe), low to high: fell most ... rose most; the middle is England's change. */
export const CHANGE_DIVERGING = ['#542788', '#8073AC', '#B2ABD2', '#E8E8E8', '#FDB863', '#E08214', '#B35806'] as const;
