/**
 * Region colours and symbols for the context charts. Northern regions take the warm Okabe-Ito hues
 * (the highlight), the Midlands greens, the South blues and purples; the symbol repeats the
 * macro-region so the grouping never depends on colour alone.
 */
import { REGIONS, type MacroRegion } from '../config/geography';

export const REGION_COLOURS: Record<string, string> = {
  'North East': '#D55E00',
  'North West': '#E69F00',
  'Yorkshire and The Humber': '#CC79A7',
  'East Midlands': '#009E73',
  'West Midlands': '#117733',
  'East of England': '#56B4E9',
  London: '#0072B2',
  'South East': '#332288',
  'South West': '#AA4499',
};

export const MACRO_SYMBOLS: Record<MacroRegion, 'circle' | 'triangle' | 'square'> = { North: 'circle', Midlands: 'triangle', South: 'square' };

/** Neutral colour for areas outside the highlight: follows the theme's text colour at low opacity. */
export const MUTED = 'currentColor';

export const isNorth = (regionName: string): boolean => REGIONS.some((r) => r.name === regionName && r.macro === 'North');

export const macroOf = (regionName: string): MacroRegion => REGIONS.find((r) => r.name === regionName)?.macro ?? 'South';
