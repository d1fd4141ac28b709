/**
 * Colour-blind-safe categorical colours (Okabe & Ito, 2008), chosen to stay distinct under
 * protanopia, deuteranopia and tritanopia, and readable on light and dark backgrounds.
 */
export const CATEGORICAL = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8C6D1F', '#7F7F7F', '#332288', '#AA4499', '#117733'];

/** Fixed colours so North/Midlands/South look the same on every chart. */
export const MACRO_COLOURS: Record<string, string> = { North: '#D55E00', Midlands: '#009E73', South: '#0072B2', England: '#7F7F7F' };

/** Period band fills (drawn at low opacity behind the lines). */
export const PERIOD_FILLS: Record<string, string> = { pre: '#56B4E9', gap: '#7F7F7F', during: '#E69F00', post: '#CC79A7' };
