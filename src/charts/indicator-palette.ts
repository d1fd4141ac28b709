/**
 * Region colours and symbols for the context charts. Northern regions take warm hues (the
 * highlight), the Midlands greens, the South blues, purples and brown; the symbol repeats the
 * macro-region so the grouping never depends on colour alone. Okabe-Ito hues, darkened or lightened
 * where needed so that every colour has at least 3:1 contrast on both the light and the dark theme.
 */
import { REGIONS, type MacroRegion } from '../config/geography';

export const REGION_COLOURS: Record<string, string> = {
  'North East': '#D55E00',
  'North West': '#B57C00',
  'Yorkshire and The Humber': '#CC79A7',
  'East Midlands': '#009E73',
  'West Midlands': '#117733',
  'East of England': '#2B8CC4',
  London: '#6C63D8',
  'South East': '#8C6D1F',
  'South West': '#AA4499',
};

export const MACRO_SYMBOLS: Record<MacroRegion, 'circle' | 'triangle' | 'square'> = { North: 'circle', Midlands: 'triangle', South: 'square' };

export const isNorth = (regionName: string): boolean => REGIONS.some((r) => r.name === regionName && r.macro === 'North');

export const macroOf = (regionName: string): MacroRegion => REGIONS.find((r) => r.name === regionName)?.macro ?? 'South';
