/**
 * Sums the distributions file's cross-classified counts into one cell per group, year and area.
 * England, regions and LAs come from DfE's own rows at each level; London is Inner + Outer London and
 * North/Midlands/South are sums of their regions (counts only, never rates).
 * LAs get FSM and SEN only (the dimensions the page maps by LA), to keep the data small.
 */
import type { BandCell } from '../adapters/absence-bands';
import { ALL_DIM, ALL_PUPILS } from '../../src/config/subgroups';
import type { SubgroupArea, SubgroupCell } from '../../src/data/subgroups-columns';
import {
  ENGLAND,
  INNER_LONDON,
  LONDON,
  MACRO_REGION_CODES,
  OUTER_LONDON,
  regionByCode,
} from '../../src/config/geography';

const LONDON_PARTS = new Set<string>([INNER_LONDON.code, OUTER_LONDON.code]);

const GROUPS: Record<string, (c: BandCell) => string> = {
  fsm: (c) => ({ Eligible: 'FSM eligible', 'Not Eligible': 'FSM not eligible' })[c.fsm] ?? 'FSM unclassified',
  sen: (c) =>
    ({ 'Any special educational need': 'Any SEN', 'No identified special educational need': 'No SEN' })[c.sen] ??
    'SEN unclassified',
  gender: (c) => ({ Female: 'Girls', Male: 'Boys' })[c.gender] ?? 'Gender unclassified',
  'year-group': (c) => `Year ${c.ncYear}`,
};
const LA_DIMENSIONS = ['fsm', 'sen'];

/** The areas a row counts towards: its own, plus London and its macro-region for region rows. */
function targets(c: BandCell): string[] {
  if (c.level !== 'Regional') return [c.code];
  const region = LONDON_PARTS.has(c.code) ? LONDON.code : c.code;
  const macro = regionByCode.get(region)?.macro;
  return [c.code, ...(region !== c.code ? [region] : []), ...(macro ? [MACRO_REGION_CODES[macro]] : [])];
}

export function bandAreas(rows: readonly BandCell[]): SubgroupArea[] {
  const areas = new Map<string, SubgroupArea>([[ENGLAND.code, { ...ENGLAND, level: 'National', regionCode: null }]]);
  for (const c of rows) {
    if (areas.has(c.code) || c.level === 'National') continue;
    if (c.level === 'Regional') {
      areas.set(
        c.code,
        LONDON_PARTS.has(c.code)
          ? { code: c.code, name: c.name, level: 'Sub-regional', regionCode: LONDON.code }
          : { code: c.code, name: c.name, level: 'Regional', regionCode: null },
      );
    } else {
      areas.set(c.code, {
        code: c.code,
        name: c.name,
        level: 'Local authority',
        regionCode: LONDON_PARTS.has(c.regionCode!) ? LONDON.code : c.regionCode,
      });
    }
  }
  areas.set(LONDON.code, { ...LONDON, level: 'Regional', regionCode: null });
  for (const [name, code] of Object.entries(MACRO_REGION_CODES))
    areas.set(code, { code, name, level: 'Macro-region', regionCode: null });
  return [...areas.values()];
}

export function aggregateBands(rows: readonly BandCell[]): SubgroupCell[] {
  const cells = new Map<string, SubgroupCell>();
  const add = (dim: string, group: string, year: string, area: string, c: BandCell) => {
    const key = `${dim}|${group}|${year}|${area}`;
    const cell = cells.get(key) ?? {
      dim,
      group,
      year,
      area,
      enrolments: 0,
      sessPossible: null,
      sessOverall: null,
      sessAuthorised: null,
      sessUnauthorised: null,
      pa10: 0,
      pa50: 0,
    };
    cell.enrolments! += c.enrolments;
    cell.pa10! += c.pa10;
    cell.pa50! += c.pa50;
    cells.set(key, cell);
  };
  for (const c of rows) {
    const dims = c.level === 'Local authority' ? LA_DIMENSIONS : Object.keys(GROUPS);
    for (const area of targets(c)) {
      for (const dim of dims) add(dim, GROUPS[dim](c), c.year, area, c);
      add(ALL_DIM, ALL_PUPILS, c.year, area, c);
    }
  }
  return [...cells.values()];
}
