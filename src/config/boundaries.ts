/**
 * Local-authority boundary changes since 2015/16, declared once. Each academic year's LA data is drawn
 * on the ONS boundary vintage whose areas match DfE's LA codes for that year.
 */

export const VINTAGES = ['ctyua-2019', 'ctyua-2022', 'ctyua-2023'] as const;
export type Vintage = (typeof VINTAGES)[number];

/** For captions: the ONS release each vintage is drawn from. */
export const VINTAGE_LABELS: Readonly<Record<Vintage, string>> = {
  'ctyua-2019': 'ONS Counties and Unitary Authorities, December 2019',
  'ctyua-2022': 'ONS Counties and Unitary Authorities, December 2022',
  'ctyua-2023': 'ONS Counties and Unitary Authorities, December 2023',
};

/** The boundary vintage for an academic year "YYYY/YY". */
export function vintageFor(year: string): Vintage {
  if (!/^\d{4}\/\d{2}$/.test(year)) throw new RangeError(`not an academic year: "${year}"`);
  const start = Number(year.slice(0, 4));
  if (start <= 2020) return 'ctyua-2019';
  if (start <= 2022) return 'ctyua-2022';
  return 'ctyua-2023';
}

export interface Coded {
  code: string;
  name: string;
}

export interface BoundaryChange {
  /** First academic year whose data uses the new codes. */
  firstYear: string;
  /** When the change took effect. */
  date: string;
  from: Coded[];
  to: Coded[];
  /** Successor areas equal the predecessor area (or their union does), so figures can be carried over or combined. */
  sameArea: boolean;
  /** Which old area went to which new ones, when not every old area went to every new one. */
  successors?: Readonly<Record<string, string[]>>;
  /** Plain words, shown on the site. */
  note: string;
}

export const BOUNDARY_CHANGES: readonly BoundaryChange[] = [
  {
    firstYear: '2020/21',
    date: '1 April 2019',
    from: [
      { code: 'E06000028', name: 'Bournemouth' },
      { code: 'E06000029', name: 'Poole' },
      { code: 'E10000009', name: 'Dorset' },
    ],
    to: [
      { code: 'E06000058', name: 'Bournemouth, Christchurch and Poole' },
      { code: 'E06000059', name: 'Dorset' },
    ],
    sameArea: true,
    successors: { E06000028: ['E06000058'], E06000029: ['E06000058'], E10000009: ['E06000058', 'E06000059'] },
    note: 'On 1 April 2019 Bournemouth, Poole and Christchurch (until then part of Dorset county) became Bournemouth, Christchurch and Poole, and the rest of Dorset county became the Dorset unitary authority. Taken together the old and new areas are the same.',
  },
  {
    firstYear: '2020/21',
    date: '1 April 2020',
    from: [{ code: 'E10000002', name: 'Buckinghamshire' }],
    to: [{ code: 'E06000060', name: 'Buckinghamshire' }],
    sameArea: true,
    note: 'On 1 April 2020 Buckinghamshire county became a unitary authority with a new code; the area did not change.',
  },
  {
    firstYear: '2021/22',
    date: '1 April 2021',
    from: [{ code: 'E10000021', name: 'Northamptonshire' }],
    to: [
      { code: 'E06000061', name: 'North Northamptonshire' },
      { code: 'E06000062', name: 'West Northamptonshire' },
    ],
    sameArea: true,
    note: 'On 1 April 2021 Northamptonshire county was split into North Northamptonshire and West Northamptonshire, each made of whole former districts.',
  },
  {
    firstYear: '2023/24',
    date: '1 April 2023',
    from: [{ code: 'E10000006', name: 'Cumbria' }],
    to: [
      { code: 'E06000063', name: 'Cumberland' },
      { code: 'E06000064', name: 'Westmorland and Furness' },
    ],
    sameArea: true,
    note: 'On 1 April 2023 Cumbria county was split into Cumberland and Westmorland and Furness, each made of whole former districts.',
  },
  {
    firstYear: '2023/24',
    date: '1 April 2023',
    from: [{ code: 'E10000023', name: 'North Yorkshire' }],
    to: [{ code: 'E06000065', name: 'North Yorkshire' }],
    sameArea: true,
    note: 'On 1 April 2023 North Yorkshire county became a unitary authority with a new code; the area did not change.',
  },
  {
    firstYear: '2023/24',
    date: '1 April 2023',
    from: [{ code: 'E10000027', name: 'Somerset' }],
    to: [{ code: 'E06000066', name: 'Somerset' }],
    sameArea: true,
    note: 'On 1 April 2023 Somerset county became a unitary authority with a new code; the area did not change.',
  },
];

/**
 * A data code drawn on an older vintage's feature: same area, new code, but the map of that
 * year predates the code (2020/21 uses the December 2019 boundaries).
 */
export const DRAWN_AS: Readonly<Record<Vintage, Readonly<Record<string, string>>>> = {
  'ctyua-2019': { E06000060: 'E10000002' },
  'ctyua-2022': {},
  'ctyua-2023': {},
};

/**
 * Areas that match no boundary of the vintage, drawn as one unit whose features together cover
 * exactly the areas of its data codes.
 */
export interface MergedUnit {
  vintage: Vintage;
  name: string;
  featureIds: string[];
  dataCodes: string[];
  note: string;
}

export const MERGED_UNITS: readonly MergedUnit[] = [
  {
    vintage: 'ctyua-2019',
    name: 'Bournemouth, Poole and Dorset',
    featureIds: ['E06000058', 'E06000059'],
    dataCodes: ['E06000028', 'E06000029', 'E10000009'],
    note: "Bournemouth, Poole and Dorset county are shown together: Christchurch moved from Dorset to Bournemouth, Christchurch and Poole in April 2019, so their old boundaries are not on the 2019 map. Together they cover the same area as today's Bournemouth, Christchurch and Poole plus Dorset; the figure combines all three.",
  },
];

export const mergedUnitId = (dataCodes: readonly string[]) => dataCodes.join('+');

/** The areas an old area went to in a change. */
export const successorsIn = (change: BoundaryChange, code: string): string[] =>
  change.successors?.[code] ?? change.to.map((a) => a.code);

/** The areas a new area came from in a change. */
export const predecessorsIn = (change: BoundaryChange, code: string): string[] =>
  change.from.map((a) => a.code).filter((from) => successorsIn(change, from).includes(code));
