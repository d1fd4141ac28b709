/**
 * data/deprivation.json: IDACI 2019 (File 11, or carried over / rebuilt for LAs created since) and the
 * 2025 share of LSOAs in the most deprived 10%, per DfE LA code, current and former.
 */
import { BOUNDARY_CHANGES } from '../../src/config/boundaries';
import type { Deprivation } from '../../src/data/deprivation';
import {
  districtsOf,
  readIdaciInputs,
  rebuildFromDistricts,
  type IdaciInputs,
  type LsoaCounts,
} from '../adapters/idaci-inputs';
import { DataError } from '../lib/errors';
import type { Loader } from '../lib/loader';
import { provenanceFor } from '../lib/provenance';
import { stableJson } from '../lib/write';
import { SOURCES } from '../sources';

type Idaci2019 = Pick<
  Deprivation,
  'idaci2019Score' | 'idaci2019ScoreRank' | 'idaci2019AverageRank' | 'idaci2019Top10Share' | 'method2019'
> & { note: string; counts?: LsoaCounts };
type Idaci2025 = Pick<Deprivation, 'idaci2025Top10Share' | 'method2025'> & { note: string; lsoas: number };

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));
const changeTo = (code: string) => BOUNDARY_CHANGES.find((c) => c.to.some((a) => a.code === code));
const changeFrom = (code: string) => BOUNDARY_CHANGES.find((c) => c.from.some((a) => a.code === code));
const sumCounts = (codes: string[], counts: Map<string, LsoaCounts>): LsoaCounts =>
  codes.reduce(
    (t, c) => ({
      lsoas: t.lsoas + counts.get(c)!.lsoas,
      top10: t.top10 + counts.get(c)!.top10,
      children: t.children + counts.get(c)!.children,
    }),
    { lsoas: 0, top10: 0, children: 0 },
  );

function published(
  code: string,
  inputs: IdaciInputs,
  note: string,
  method: Idaci2019['method2019'] = 'published',
): Idaci2019 | undefined {
  const s = inputs.upperTier.get(code);
  if (!s) return undefined;
  return {
    idaci2019Score: s.score,
    idaci2019ScoreRank: s.scoreRank,
    idaci2019AverageRank: s.averageRank,
    idaci2019Top10Share: round(s.top10Share, 4),
    method2019: method,
    note,
    counts: sumCounts(districtsOf(code, inputs), inputs.districtCounts2019),
  };
}

/** Districts of the abolished county that went wholly to `code`; every district must go to exactly one successor. */
function districtsFor(code: string, county: string, successors: string[], inputs: IdaciInputs): string[] {
  const districts = districtsOf(county, inputs);
  for (const d of districts) {
    const to = inputs.successorsOfDistrict.get(d) ?? [];
    if (to.length !== 1 || !successors.includes(to[0])) {
      throw new DataError(
        SOURCES.localAuthoritiesRegister.path,
        `district ${d} of ${county} does not go wholly to one of ${successors.join(', ')}`,
      );
    }
  }
  return districts.filter((d) => inputs.successorsOfDistrict.get(d)![0] === code);
}

function idaci2019(code: string, inputs: IdaciInputs): Idaci2019 {
  const own = published(code, inputs, 'IoD2019 figures as published (File 11, upper-tier LAs of April 2019).');
  if (own) return own;
  const change = changeTo(code);
  if (change?.from.length === 1 && change.to.length === 1) {
    const from = change.from[0];
    return published(
      from.code,
      inputs,
      `IoD2019 figures of ${from.name} (${from.code}), the same area under its 2019 code.`,
      'same area, new code',
    )!;
  }
  if (change?.from.length === 1) {
    const districts = districtsFor(
      code,
      change.from[0].code,
      change.to.map((a) => a.code),
      inputs,
    );
    const r = rebuildFromDistricts(districts, inputs);
    const names = districts.map((d) => inputs.districts.get(d)!.name).join(', ');
    return {
      idaci2019Score: round(r.score, 3),
      idaci2019ScoreRank: null,
      idaci2019AverageRank: round(r.averageRank, 2),
      idaci2019Top10Share: round(r.top10 / r.lsoas, 4),
      method2019: 'rebuilt from 2019 districts',
      counts: r,
      note: `IoD2019 rebuilt from its former districts (${names}): score and average rank weighted by children aged 0-15 (File 10, File 6), share counted from LSOA deciles (File 3). No rank: a rebuilt area is not one of the 151 areas MHCLG ranked.`,
    };
  }
  return {
    idaci2019Score: null,
    idaci2019ScoreRank: null,
    idaci2019AverageRank: null,
    idaci2019Top10Share: null,
    method2019: 'unavailable',
    note: 'IoD2019 unavailable: it uses the areas of April 2019, and this LA (abolished on 1 April 2019) cannot be made from whole 2019 areas because Christchurch moved from Dorset to Bournemouth, Christchurch and Poole. On the 2015/16 to 2018/19 maps it is shown with Bournemouth, Poole and Dorset combined.',
  };
}

function idaci2025(code: string, inputs: IdaciInputs): Idaci2025 {
  const share = (c: LsoaCounts) => round(c.top10 / c.lsoas, 4);
  const own = inputs.laCounts2025.get(code);
  if (own)
    return {
      idaci2025Top10Share: share(own),
      method2025: 'computed from LSOAs',
      lsoas: own.lsoas,
      note: 'IoD2025 share computed from LSOA deciles (File 3; LSOAs 2021 in 2024 districts).',
    };
  const change = changeFrom(code);
  const successors = change?.to.map((a) => a.code) ?? [];
  if (change?.from.length === 1 && successors.every((s) => inputs.laCounts2025.has(s))) {
    const c = sumCounts(successors, inputs.laCounts2025);
    return {
      idaci2025Top10Share: share(c),
      method2025: 'computed from LSOAs',
      lsoas: c.lsoas,
      note: `IoD2025 share computed from the LSOAs of ${change.to.map((a) => `${a.name} (${a.code})`).join(' and ')}, ${successors.length > 1 ? 'which together cover' : 'which covers'} the same area.`,
    };
  }
  return {
    idaci2025Top10Share: null,
    method2025: 'unavailable',
    lsoas: 0,
    note: 'IoD2025 unavailable: no set of 2024 districts covers exactly this former area.',
  };
}

const loader: Loader = {
  output: 'deprivation.json',
  sources: [
    'idaci2019UpperTier',
    'idaci2019LowerTier',
    'idaci2019Lsoa',
    'iod2019Population',
    'idaci2025Lsoa',
    'ladToLa',
    'ltlaToUtla2019',
    'localAuthoritiesRegister',
  ],
  async build(dir) {
    const inputs = await readIdaciInputs(dir);
    const names = new Map([...inputs.upperTier.values()].map((s) => [s.code, s.name]));
    for (const change of BOUNDARY_CHANGES)
      for (const a of [...change.from, ...change.to]) if (!names.has(a.code)) names.set(a.code, a.name);
    const rows: Deprivation[] = [];
    const weights: Record<string, [number, number, number]> = {};
    for (const [code, name] of [...names].sort(([a], [b]) => a.localeCompare(b))) {
      const { counts, note: note2019, ...of2019 } = idaci2019(code, inputs);
      const { lsoas, note: note2025, ...of2025 } = idaci2025(code, inputs);
      rows.push({ code, name, ...of2019, ...of2025, note: `${note2019} ${note2025}` });
      if (counts) weights[code] = [counts.children, counts.lsoas, lsoas];
    }
    const provenance = provenanceFor('deprivation.json', loader.sources, [
      'IDACI 2019: average score, rank of average score, average rank and share of LSOAs in the most deprived 10% from File 11 for the 151 upper-tier LAs of April 2019.',
      'Buckinghamshire (E06000060), North Yorkshire (E06000065) and Somerset (E06000066): the 2019 figures of the same area under its old code.',
      'North and West Northamptonshire, Cumberland, Westmorland and Furness: rebuilt from whole 2019 districts (File 10) weighted by children aged 0-15 (File 6), share from LSOA deciles (File 3); no rank.',
      "IDACI 2025: share of LSOAs in decile 1 (File 3, 2025), LSOAs joined to DfE LAs through their 2024 district (DfE ward-LAD-LA hierarchy, latest year); former LAs use their successors' LSOAs where these cover the same area.",
      'Weights per LA (children aged 0-15 mid-2015, LSOAs 2019, LSOAs 2025) for combining areas drawn together on a map.',
    ]);
    return stableJson({ provenance, rows, weights });
  },
};
export default loader;
