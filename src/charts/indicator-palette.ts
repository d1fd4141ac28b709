/**
 * Region symbols for the context charts (colours come from the palette module): the symbol repeats the
 * macro-region so the grouping never depends on colour alone.
 */
import { REGIONS, type MacroRegion } from '../config/geography';

export const MACRO_SYMBOLS: Record<MacroRegion, 'circle' | 'triangle' | 'square'> = {
  North: 'circle',
  Midlands: 'triangle',
  South: 'square',
};

export const isNorth = (regionName: string): boolean =>
  REGIONS.some((r) => r.name === regionName && r.macro === 'North');

export const macroOfRegionName = (regionName: string): MacroRegion =>
  REGIONS.find((r) => r.name === regionName)?.macro ?? 'South';
