/** Geography definitions, declared once. Area names and codes follow DfE/EES. */

export type MacroRegion = 'North' | 'Midlands' | 'South';
export const MACRO_REGIONS: readonly MacroRegion[] = ['North', 'Midlands', 'South'];

/** Geographic levels from England down, in DfE's words: the order of every list and table of areas. */
export const LEVELS = ['National', 'Macro-region', 'Regional', 'Sub-regional', 'Local authority'] as const;
export type GeographicLevel = (typeof LEVELS)[number];
/** Compares two areas' levels, England first. */
export const byLevel = (a: string, b: string): number =>
  LEVELS.indexOf(a as GeographicLevel) - LEVELS.indexOf(b as GeographicLevel);

export interface Region {
  code: string;
  name: string;
  macro: MacroRegion;
}

/** The region with an inset on the maps and its own Inner/Outer split (DfE's sub-regional level). */
export const LONDON = { code: 'E12000007', name: 'London' } as const;

export const REGIONS: readonly Region[] = [
  { code: 'E12000001', name: 'North East', macro: 'North' },
  { code: 'E12000002', name: 'North West', macro: 'North' },
  { code: 'E12000003', name: 'Yorkshire and The Humber', macro: 'North' },
  { code: 'E12000004', name: 'East Midlands', macro: 'Midlands' },
  { code: 'E12000005', name: 'West Midlands', macro: 'Midlands' },
  { code: 'E12000006', name: 'East of England', macro: 'South' },
  { ...LONDON, macro: 'South' },
  { code: 'E12000008', name: 'South East', macro: 'South' },
  { code: 'E12000009', name: 'South West', macro: 'South' },
];

export const ENGLAND = { code: 'E92000001', name: 'England' } as const;

/** Pseudo-codes for the macro-regions (they have no GSS code). */
export const MACRO_REGION_CODES: Record<MacroRegion, string> = {
  North: 'MR-NORTH',
  Midlands: 'MR-MIDLANDS',
  South: 'MR-SOUTH',
};

/** ONS statistical Inner London, as DfE uses it; the rest of London is Outer London. */
export const INNER_LONDON = { code: 'E13000001', name: 'Inner London' } as const;
export const OUTER_LONDON = { code: 'E13000002', name: 'Outer London' } as const;
export const INNER_LONDON_LAS: readonly string[] = [
  'E09000001', // City of London
  'E09000007', // Camden
  'E09000012', // Hackney
  'E09000013', // Hammersmith and Fulham
  'E09000014', // Haringey
  'E09000019', // Islington
  'E09000020', // Kensington and Chelsea
  'E09000022', // Lambeth
  'E09000023', // Lewisham
  'E09000025', // Newham
  'E09000028', // Southwark
  'E09000030', // Tower Hamlets
  'E09000032', // Wandsworth
  'E09000033', // Westminster
];

export const regionByCode = new Map(REGIONS.map((r) => [r.code, r]));

/** A region's name as it reads in a sentence: "the North West", "London", "Yorkshire and The Humber". */
export const regionInText = (name: string): string => (/^(North|South|East|West)/.test(name) ? `the ${name}` : name);
