/**
 * A bad data release never reaches the site: each malformed input below stops the build with a
 * message naming the file (and row and column where there is one), exit code 1, and the data folder
 * byte-identical. The pipeline runs in-process on a temporary copy of data/ with small fixtures built
 * from the real files' headers (tests/fixtures/pipeline); the real data/ is only read, to prove it unchanged.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/build-data';
import { readCuratedAbsence } from '../../scripts/adapters/absence-annual-curated';
import { PROJECT_ROOT } from '../../scripts/lib/data-dir';
import type { Loader } from '../../scripts/lib/loader';
import absence from '../../scripts/loaders/absence.json.ts';
import context from '../../scripts/loaders/context.json.ts';
import deprivation from '../../scripts/loaders/deprivation.json.ts';
import { geoLoaders } from '../../scripts/loaders/geo.ts';
import subgroups from '../../scripts/loaders/subgroups.json.ts';
import attendance from '../../scripts/loaders/attendance.json.ts';
import { SOURCES } from '../../scripts/sources';
import { INDICATORS, INDICATOR_IDS } from '../../src/config/context-indicators';
import { describeWithRaw } from '../helpers/raw-data';

const FIXTURES = resolve(PROJECT_ROOT, 'tests/fixtures/pipeline');
const DATA = resolve(PROJECT_ROOT, 'data');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Every file under a folder with its sha256, to compare a folder before and after. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

type Files = Record<string, string | Uint8Array>;

/** Runs the build on a mirror holding `files`, writing to a copy of data/. */
async function build(files: Files, loaders: Loader[]) {
  const root = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'mirror', path)), { recursive: true });
    writeFileSync(join(root, 'mirror', path), contents);
  }
  const out = join(root, 'data');
  cpSync(DATA, out, { recursive: true });
  const before = snapshot(out);
  const log: string[] = [];
  const code = await runBuild({ mirror: join(root, 'mirror'), out, loaders, strict: false, log: (m) => log.push(m) });
  return {
    code,
    log: log.join('\n'),
    unchanged: JSON.stringify(snapshot(out)) === JSON.stringify(before),
    leftovers: readdirSync(root).filter((n) => n !== 'data' && n !== 'mirror'),
  };
}

/** A CSV with one cell changed (row = 1-based data row) or rows transformed. */
function editCsv(csv: string, edit: (rows: string[][]) => string[][]): string {
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  return `${Papa.unparse(edit(rows), { newline: '\n' })}\n`;
}
const setCell = (csv: string, row: number, column: string, value: string) =>
  editCsv(csv, (rows) => rows.map((r, i) => (i === row ? r.map((v, j) => (rows[0][j] === column ? value : v)) : r)));

// The absence world: England = North East = the sum of its 12 LAs, 2022/23, all school types together.
const FACT = fixture('fact_attendance_annual.csv');
const GEO = fixture('dim_geography.csv');
const LAS = fixture('las.csv');
const absenceFiles = (over: Files = {}): Files => ({
  [SOURCES.absenceAnnual.path]: FACT,
  [SOURCES.absenceGeography.path]: GEO,
  [SOURCES.las.path]: LAS,
  ...over,
});
const fact = (text: string) => absenceFiles({ [SOURCES.absenceAnnual.path]: text });
const LA_ROW = 3; // Hartlepool (E06000001)

// The subgroups world: one row of each file, from the real headers.
const BANDS_LINE =
  'Academic year,202223,National,E92000001,England,,,,,,Special,Eligible,Any special educational need,Female,2,205,237,153,77,54,24,19,5,8,3,20';
/** England = North East = County Durham, so every total adds up. */
const BANDS = [
  BANDS_LINE,
  BANDS_LINE.replace('National,E92000001,England,,,', 'Regional,E92000001,England,North East,E12000001,'),
  BANDS_LINE.replace(
    'National,E92000001,England,,,,,',
    'Local authority,E92000001,England,North East,E12000001,840,E06000047,County Durham',
  ),
].join('\n');
const zip = (csv: string) => zipSync({ 'absence_bands_distributions.csv': new TextEncoder().encode(csv) });
const SEN_FILES = {
  absenceBySenProvisionOverall: 'sess_overall_percent',
  absenceBySenProvisionPA: 'enrolments_pa_10_exact_percent',
  absenceBySenProvisionSevere: 'enrolments_pa_50_exact_percent',
} as const;
const subgroupFiles = (over: Files = {}): Files => ({
  [SOURCES.absenceBands.path]: zip(`${BANDS}\n`),
  [SOURCES.absenceCharacteristics201819.path]: fixture('national_characteristics.csv'),
  [SOURCES.absenceEthnicityFsm.path]: fixture('absence_by_ethnicity_and_fsm.csv'),
  ...Object.fromEntries(
    Object.entries(SEN_FILES).map(([id, name]) => [
      SOURCES[id as keyof typeof SEN_FILES].path,
      fixture(`${name}.json`),
    ]),
  ),
  ...over,
});
const senJson = (edit: (file: { records: Record<string, unknown>[] }) => void) => {
  const file = JSON.parse(fixture('sess_overall_percent.json'));
  edit(file);
  return JSON.stringify(file);
};

const placeholders = (ids: (keyof typeof SOURCES)[], over: Files): Files => ({
  ...Object.fromEntries(ids.map((id) => [SOURCES[id].path, 'not read: an earlier file stops the build'])),
  ...over,
});
const TOPO = JSON.stringify({
  type: 'Topology',
  objects: {
    data: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], properties: { AREACD: 'E06000047', AREANM: 'County Durham' } },
        { type: 'Polygon', arcs: [[0]], properties: { AREACD: 'E06000047', AREANM: 'County Durham' } },
      ],
    },
  },
  arcs: [
    [
      [-1.8, 54.6],
      [-1.5, 54.6],
      [-1.5, 54.8],
      [-1.8, 54.6],
    ],
  ],
});
const dictionary = `"Measure_short","dps"\n${INDICATOR_IDS.map((id) => `"${INDICATORS[id].measure}",1`).join('\n')}\n`;

interface Case {
  name: string;
  files: Files;
  loaders: Loader[];
  message: RegExp;
}

const CASES: Case[] = [
  // Absence counts (CSV, the mirror's copy)
  {
    name: 'an empty file',
    files: fact(''),
    loaders: [absence],
    message: /absence\/fact_attendance_annual\.csv: the file is empty \(0 bytes\)/,
  },
  {
    name: 'a file with only its header',
    files: fact(FACT.split('\n')[0] + '\n'),
    loaders: [absence],
    message: /fact_attendance_annual\.csv: year\(s\) 2006\/07, .* missing/,
  },
  {
    name: 'a file cut at a line boundary (two LAs lost)',
    files: fact(FACT.split('\n').slice(0, -3).join('\n') + '\n'),
    loaders: [absence],
    message:
      /fact_attendance_annual\.csv: Regional enrolments for North East \(E12000001\), 2022\/23, Total is 340109, but its 10 LAs sum to/,
  },
  {
    name: 'a file cut mid-line',
    files: fact(FACT.slice(0, FACT.length - 60)),
    loaders: [absence],
    message: /fact_attendance_annual\.csv, row 15: expected 23 fields, found \d+/,
  },
  {
    name: 'a duplicated row (identical)',
    files: fact(editCsv(FACT, (r) => [...r, r[LA_ROW]])),
    loaders: [absence],
    message:
      /fact_attendance_annual\.csv, row 16: duplicate year x geography x school type 2022\/23 x LA\|E06000001 x Total \(first on row 4\)/,
  },
  {
    name: 'a duplicated row (conflicting)',
    files: fact(editCsv(FACT, (r) => [...r, r[LA_ROW].map((v, j) => (r[0][j] === 'Enrolments' ? '1' : v))])),
    loaders: [absence],
    message: /row 16: duplicate year x geography x school type 2022\/23 x LA\|E06000001/,
  },
  {
    name: 'a header cell that repeats another after normalising',
    files: fact(
      FACT.replace(
        'SchoolTypeKey,EducationPhase,NumSchools,Enrolments',
        'SchoolTypeKey,EducationPhase, enrolments ,Enrolments',
      ),
    ),
    loaders: [absence],
    message: /fact_attendance_annual\.csv, row 1, column "Enrolments": two header cells are both "Enrolments"/,
  },
  {
    name: 'a renamed required column',
    files: fact(FACT.replace(',PersistentAbsentees,', ',PersistentAbsentee,')),
    loaders: [absence],
    message: /fact_attendance_annual\.csv, row 1: missing required column\(s\): PersistentAbsentees/,
  },
  {
    name: 'absent sessions over possible sessions',
    files: fact(setCell(FACT, LA_ROW, 'SessionsPossible', '100')),
    loaders: [absence],
    message: /row 4, column "OverallAbsenceSessions": \d+ absent sessions is more than the possible sessions, 100/,
  },
  {
    name: 'persistent absentees over enrolments',
    files: fact(setCell(FACT, LA_ROW, 'PersistentAbsentees', '99999999')),
    loaders: [absence],
    message: /row 4, column "PersistentAbsentees": 99999999 persistent absentees is more than the enrolments/,
  },
  {
    name: 'a negative count',
    files: fact(setCell(FACT, LA_ROW, 'SevereAbsentees', '-5')),
    loaders: [absence],
    message: /row 4, column "SevereAbsentees": expected a whole count, got "-5"/,
  },
  {
    name: 'authorised and unauthorised sessions not adding up to all absent sessions',
    files: fact(setCell(FACT, LA_ROW, 'AuthorisedAbsenceSessions', '10')),
    loaders: [absence],
    message: /row 4, column "OverallAbsenceSessions": \d+ absent sessions is not authorised 10 \+ unauthorised/,
  },
  {
    name: 'a year that is not YYYY/YY with consecutive years',
    files: fact(setCell(FACT, LA_ROW, 'AcademicYearKey', '2022/24')),
    loaders: [absence],
    message: /row 4, column "AcademicYearKey": "2022\/24" is not an academic year/,
  },
  {
    name: 'a malformed year',
    files: fact(setCell(FACT, LA_ROW, 'AcademicYearKey', '22-23')),
    loaders: [absence],
    message: /row 4, column "AcademicYearKey": unexpected value "22-23"/,
  },
  {
    name: 'a count written in hex',
    files: fact(setCell(FACT, LA_ROW, 'Enrolments', '0x1F')),
    loaders: [absence],
    message: /row 4, column "Enrolments": expected a number .* got "0x1F" \(hex, octal or binary\)/,
  },
  {
    name: 'a count with thousands separators',
    files: fact(setCell(FACT, LA_ROW, 'Enrolments', '72,112')),
    loaders: [absence],
    message: /row 4, column "Enrolments": .*got "72,112" \(thousands separators are not allowed\)/,
  },
  {
    name: 'an unknown school type',
    files: fact(setCell(FACT, LA_ROW, 'SchoolTypeKey', 'Academies')),
    loaders: [absence],
    message: /row 4, column "SchoolTypeKey": unknown school type "Academies"/,
  },
  {
    name: 'a geography key the geography file lacks',
    files: fact(setCell(FACT, LA_ROW, 'GeographyKey', 'LA|E06000999')),
    loaders: [absence],
    message: /row 4, column "GeographyKey": geography key LA\|E06000999 is not in absence\/dim_geography\.csv/,
  },
  {
    name: 'an unquoted quote',
    files: fact(FACT.replace('2022/23,2022,Six half terms,LA|E06000047', '2022/23,2022,"Six half terms,LA|E06000047')),
    loaders: [absence],
    message: /fact_attendance_annual\.csv, row \d+: (malformed row|expected 23 fields)/,
  },
  {
    name: 'a binary file in place of a CSV',
    files: fact(String.fromCharCode(...Array.from({ length: 200 }, (_, i) => (i * 37) % 256))),
    loaders: [absence],
    message: /fact_attendance_annual\.csv, row 1: missing required column\(s\)/,
  },
  {
    name: 'a regional total that is not the sum of its LAs',
    files: fact(setCell(setCell(FACT, 1, 'Enrolments', '340200'), 2, 'Enrolments', '340200')),
    loaders: [absence],
    message:
      /Regional enrolments for North East \(E12000001\), 2022\/23, Total is 340200, but its 12 LAs sum to 340109/,
  },
  {
    name: 'an England total that is not the sum of its regions',
    files: fact(setCell(setCell(FACT, 1, 'SevereAbsentees', '9000'), 1, 'PersistentAbsentees', '76618')),
    loaders: [absence],
    message: /National pa50 for England \(E92000001\), 2022\/23, Total is 9000, but its 1 regions sum to 7907/,
  },
  // Geography and LA lookup (CSV)
  {
    name: 'a duplicate geography key',
    files: absenceFiles({ [SOURCES.absenceGeography.path]: editCsv(GEO, (r) => [...r, r[3]]) }),
    loaders: [absence],
    message: /dim_geography\.csv, row 18, column "GeographyKey": duplicate geography key/,
  },
  {
    name: "an LA code not in DfE's LA list",
    files: absenceFiles({
      [SOURCES.absenceAnnual.path]: FACT.replaceAll('LA|E06000047', 'LA|E06000998'),
      [SOURCES.absenceGeography.path]: GEO.replaceAll('E06000047', 'E06000998'),
    }),
    loaders: [absence],
    message:
      /fact_attendance_annual\.csv, column "LA code": unknown LA code E06000998 \(County Durham, 2022\/23\): not in geography\/las\.csv/,
  },
  {
    name: 'an LA code not in force that year',
    files: fact(FACT.replaceAll('LA|E06000057', 'LA|E06000048')),
    loaders: [absence],
    message: /LA code E06000048 \(Northumberland\) was not in force in 2022\/23/,
  },
  {
    name: 'an unknown region code',
    files: absenceFiles({
      [SOURCES.absenceGeography.path]: GEO.replace(/(LA\|E06000047,.*?,E92000001,England,)E12000001/, '$1E12000099'),
    }),
    loaders: [absence],
    message: /column "region code": unknown region code E12000099 \(County Durham, 2022\/23\)/,
  },
  {
    name: "an LA placed in another region than DfE's LA list",
    files: absenceFiles({
      [SOURCES.absenceGeography.path]: GEO.replace(/(LA\|E06000047,.*?,E92000001,England,)E12000001/, '$1E12000002'),
    }),
    loaders: [absence],
    message:
      /LA E06000047 \(County Durham, 2022\/23\) is in region E12000002, but geography\/las\.csv puts it in E12000001/,
  },
  {
    name: 'a lookup with a malformed date',
    files: absenceFiles({ [SOURCES.las.path]: setCell(LAS, 2, 'date_of_operation', '2009-01-01') }),
    loaders: [absence],
    message: /geography\/las\.csv, row 3, column "date_of_operation": expected a dd\/mm\/yyyy date/,
  },
  // The publisher's own file: checked like the copy
  {
    name: 'the official EES file with a duplicate row',
    files: absenceFiles({
      [SOURCES.absenceAnnual.official!.path]: editCsv(
        readFileSync(resolve(PROJECT_ROOT, 'tests/fixtures/ees/absence_rates_by_geographic_level.csv'), 'utf8'),
        (r) => [...r, r[1]],
      ),
    }),
    loaders: [absence],
    message:
      /absence\/absence_rates_by_geographic_level\.csv, row \d+: duplicate year x geography x school type 2022\/23 x National E92000001 x Total/,
  },
  {
    name: 'the official EES file that does not cover the release',
    files: absenceFiles({
      [SOURCES.absenceAnnual.official!.path]: readFileSync(
        resolve(PROJECT_ROOT, 'tests/fixtures/ees/absence_rates_by_geographic_level.csv'),
        'utf8',
      ),
    }),
    loaders: [absence],
    message:
      /absence\/absence_rates_by_geographic_level\.csv: National enrolments for England \(E92000001\), 2022\/23, Total is 7396032, but its 1 regions sum to 380000/,
  },
  // Absence distributions (zip of a header-less CSV)
  {
    name: 'a corrupt zip',
    files: placeholders(subgroups.sources, {
      [SOURCES.absenceBands.path]: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8]),
    }),
    loaders: [subgroups],
    message: /absence\/absence_bands_distributions\.zip: not a readable zip file/,
  },
  {
    name: 'a zip without the expected CSV',
    files: placeholders(subgroups.sources, {
      [SOURCES.absenceBands.path]: zipSync({ 'other.csv': new Uint8Array([65]) }),
    }),
    loaders: [subgroups],
    message: /absence_bands_distributions\.zip: the zip has no member absence_bands_distributions\.csv/,
  },
  {
    name: 'a band count that is not a whole number',
    files: subgroupFiles({ [SOURCES.absenceBands.path]: zip(`${BANDS_LINE.replace(/,20$/, ',2.5')}\n`) }),
    loaders: [subgroups],
    message: /absence_bands_distributions\.zip, row 1, column "pct50plus_OARate": expected a whole count, got "2\.5"/,
  },
  {
    name: 'a duplicated band row',
    files: subgroupFiles({ [SOURCES.absenceBands.path]: zip(`${BANDS_LINE}\n${BANDS_LINE}\n`) }),
    loaders: [subgroups],
    message: /absence_bands_distributions\.zip, row 2: duplicate cell .* \(first on row 1\)/,
  },
  {
    name: 'a band row cut mid-line',
    files: subgroupFiles({ [SOURCES.absenceBands.path]: zip(`${BANDS_LINE}\n${BANDS_LINE.slice(0, 60)}`) }),
    loaders: [subgroups],
    message: /absence_bands_distributions\.zip, row 2: expected 26 fields, found/,
  },
  {
    name: 'an England band row that is not the sum of its regions',
    files: subgroupFiles({
      [SOURCES.absenceBands.path]: zip(
        `${BANDS_LINE}\n${BANDS_LINE.replace('National,E92000001,England,,', 'Regional,E92000001,England,North East,E12000001').replace(/,20$/, ',19')}\n`,
      ),
    }),
    loaders: [subgroups],
    message:
      /absence_bands_distributions\.zip: National enrolments for England \(E92000001\), 2022\/23, Special, FSM Eligible, SEN Any special educational need, Female, year 2 is 805, but its 1 regions sum to 804/,
  },
  // National characteristics and ethnicity x FSM (EES CSV)
  {
    name: 'a duplicated characteristic row',
    files: subgroupFiles({
      [SOURCES.absenceCharacteristics201819.path]: editCsv(fixture('national_characteristics.csv'), (r) => [
        ...r,
        r[1],
      ]),
    }),
    loaders: [subgroups],
    message:
      /national_characteristics\.csv, row 3, column "characteristic": duplicate year x characteristic 2018\/19 x Total x Total/,
  },
  {
    name: 'persistent absentees over enrolments in the ethnicity file',
    files: subgroupFiles({
      [SOURCES.absenceEthnicityFsm.path]: setCell(
        fixture('absence_by_ethnicity_and_fsm.csv'),
        1,
        'enrolments_pa_10_exact',
        '99999999',
      ),
    }),
    loaders: [subgroups],
    message:
      /absence_by_ethnicity_and_fsm\.csv, row 2, column "enrolments_pa_10_exact": 99999999 persistent absentees is more than the enrolments/,
  },
  {
    name: 'a year with non-consecutive years in the ethnicity file',
    files: subgroupFiles({
      [SOURCES.absenceEthnicityFsm.path]: setCell(
        fixture('absence_by_ethnicity_and_fsm.csv'),
        1,
        'time_period',
        '202426',
      ),
    }),
    loaders: [subgroups],
    message: /absence_by_ethnicity_and_fsm\.csv, row 2, column "time_period": "202426" is not an academic year/,
  },
  // SEN provision rates (JSON)
  {
    name: 'a corrupt JSON file',
    files: subgroupFiles({
      [SOURCES.absenceBySenProvisionOverall.path]: fixture('sess_overall_percent.json').slice(0, 300),
    }),
    loaders: [subgroups],
    message: /sess_overall_percent\/all_regions\.json: not a readable JSON file/,
  },
  {
    name: 'a rate above 100%',
    files: subgroupFiles({
      [SOURCES.absenceBySenProvisionOverall.path]: senJson((f) => {
        f.records[0].send_value = 126.07;
      }),
    }),
    loaders: [subgroups],
    message: /sess_overall_percent\/all_regions\.json: record 0: send_value Number must be less than or equal to 100/,
  },
  {
    name: 'a duplicated rate record',
    files: subgroupFiles({
      [SOURCES.absenceBySenProvisionOverall.path]: senJson((f) => {
        f.records.push(f.records[0]);
      }),
    }),
    loaders: [subgroups],
    message:
      /sess_overall_percent\/all_regions\.json: record 2: a second EHC plan or statement record for E06000047 2024\/25/,
  },
  // Boundaries (TopoJSON), LAIT (parquet), IoD (xlsx)
  {
    name: 'a TopoJSON file cut short',
    files: placeholders(geoLoaders[0].sources, { [SOURCES.ctyua2019.path]: TOPO.slice(0, 80) }),
    loaders: [geoLoaders[0]],
    message: /Counties_and_Unitary_Authorities_December_2019_Boundaries_UK_BUC2\.json: not a readable JSON file/,
  },
  {
    name: 'JSON that is not a TopoJSON topology',
    files: placeholders(geoLoaders[0].sources, {
      [SOURCES.ctyua2019.path]: '{"type":"FeatureCollection","features":[]}',
    }),
    loaders: [geoLoaders[0]],
    message: /December_2019_Boundaries_UK_BUC2\.json: expected a TopoJSON Topology/,
  },
  {
    name: 'a duplicated boundary feature',
    files: placeholders(geoLoaders[0].sources, { [SOURCES.ctyua2019.path]: TOPO }),
    loaders: [geoLoaders[0]],
    message: /December_2019_Boundaries_UK_BUC2\.json, column "AREACD": duplicate feature E06000047/,
  },
  {
    name: 'a corrupt parquet file',
    files: placeholders(context.sources, {
      [SOURCES.laitDictionary.path]: dictionary,
      [SOURCES.lait.path]: 'PAR1 this is not parquet PAR1',
    }),
    loaders: [context],
    message: /absence\/bds_long_0\.parquet: not a readable parquet file/,
  },
  {
    name: 'a corrupt xlsx workbook',
    files: placeholders(deprivation.sources, {
      [SOURCES.idaci2019UpperTier.path]: 'PK\u0003\u0004 not really a workbook',
    }),
    loaders: [deprivation],
    message:
      /File_11_-_IoD2019_Local_Authority_District_Summaries__upper-tier__\.xlsx: not a readable xlsx workbook file/,
  },
];

describe('a bad data release never reaches the site', () => {
  let realData: Record<string, string>;
  beforeAll(() => {
    realData = snapshot(DATA);
  });
  afterAll(() => {
    expect(snapshot(DATA), 'the real data/ must never change').toEqual(realData);
  });

  it('has at least 30 cases across CSV, zip, JSON, TopoJSON, parquet and xlsx', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  for (const c of CASES) {
    it(`fails on ${c.name}, naming the file, and leaves data/ as it was`, async () => {
      const { code, log, unchanged, leftovers } = await build(c.files, c.loaders);
      expect(log).toMatch(c.message);
      expect(log).toMatch(/data build failed: /);
      expect(code).toBe(1);
      expect(unchanged).toBe(true);
      expect(leftovers).toEqual([]);
    });
  }

  it("reads the fixtures themselves without complaint until the registry's coverage check", async () => {
    const { code, log } = await build(absenceFiles(), [absence]);
    expect(log).toMatch(/fact_attendance_annual\.csv: year\(s\) 2006\/07, .* missing; the registry expects/);
    expect(code).toBe(1);
  });

  it('normalises a BOM, stray whitespace and case in header cells instead of emptying a column', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-header-'));
    const messy = `\uFEFF${FACT.replace('AcademicYearKey,', ' academicYearKey ,').replace(',Enrolments,', ',  ENROLMENTS,')}`;
    writeFileSync(join(root, 'clean.csv'), FACT);
    writeFileSync(join(root, 'messy.csv'), messy);
    writeFileSync(join(root, 'geo.csv'), GEO);
    const clean = readCuratedAbsence(join(root, 'clean.csv'), join(root, 'geo.csv'));
    expect(readCuratedAbsence(join(root, 'messy.csv'), join(root, 'geo.csv'))).toEqual(clean);
    expect(clean.every((r) => r.enrolments !== null)).toBe(true);
  });
});

/** The real copy rewritten in the publisher's EES format: the columns readEesAbsence reads. */
function asOfficialFile(dir: string, change?: (row: Record<string, string>) => void): string {
  const geo = new Map(
    Papa.parse<Record<string, string>>(
      readFileSync(join(dir, SOURCES.absenceGeography.path), 'utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data.map((g) => [g.GeographyKey, g]),
  );
  const fact = Papa.parse<Record<string, string>>(
    readFileSync(join(dir, SOURCES.absenceAnnual.path), 'utf8').replace(/^\uFEFF/, ''),
    { header: true, skipEmptyLines: true },
  ).data;
  const levels: Record<string, string> = { NAT: 'National', REG: 'Regional', LA: 'Local authority' };
  const rows = fact.map((r) => {
    const g = geo.get(r.GeographyKey)!;
    const [prefix, code] = r.GeographyKey.split('|');
    const row = {
      time_period: r.AcademicYearKey.replace('/', ''),
      time_identifier: 'Academic year',
      geographic_level: levels[prefix],
      country_code: 'E92000001',
      country_name: 'England',
      region_code: prefix === 'LA' ? g.RegionCode : prefix === 'REG' ? code : '',
      region_name: g.RegionName,
      new_la_code: prefix === 'LA' ? code : '',
      la_name: prefix === 'LA' ? g.GeographyName : '',
      education_phase: r.SchoolTypeKey,
      enrolments: r.Enrolments,
      sess_possible: r.SessionsPossible,
      sess_overall: r.OverallAbsenceSessions,
      sess_authorised: r.AuthorisedAbsenceSessions,
      sess_unauthorised: r.UnauthorisedAbsenceSessions,
      enrolments_pa_10_exact: r.PersistentAbsentees,
      enrolments_pa_50_exact: r.SevereAbsentees,
    };
    change?.(row);
    return row;
  });
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}

describeWithRaw(
  ['absenceAnnual', 'absenceGeography', 'las'],
  "the publisher's own file beside the verified copy",
  (dir) => {
    const real = (over: Files = {}): Files => ({
      [SOURCES.absenceAnnual.path]: readFileSync(join(dir, SOURCES.absenceAnnual.path)),
      [SOURCES.absenceGeography.path]: readFileSync(join(dir, SOURCES.absenceGeography.path)),
      [SOURCES.las.path]: readFileSync(join(dir, SOURCES.las.path)),
      ...over,
    });

    it('gives the same data/absence.json when it holds the same counts, and says which file it read', async () => {
      const { code, log, unchanged } = await build(
        real({ [SOURCES.absenceAnnual.official!.path]: asOfficialFile(dir) }),
        [absence],
      );
      expect(log).toContain(`note: reading the publisher's file ${SOURCES.absenceAnnual.official!.path}`);
      expect(log).toContain('instead of the verified copy absence/fact_attendance_annual.csv');
      expect(code).toBe(0);
      expect(unchanged, 'rebuilt from the official format, data/ is byte-identical').toBe(true);
    });

    it('never silently replaces the verified copy: a count that differs stops the build', async () => {
      const official = asOfficialFile(dir, (r) => {
        if (r.new_la_code === 'E06000001' && r.time_period === '202223' && r.education_phase === 'Total') {
          r.sess_authorised = String(Number(r.sess_authorised) + 1);
          r.sess_unauthorised = String(Number(r.sess_unauthorised) - 1);
        }
      });
      const { code, log, unchanged } = await build(real({ [SOURCES.absenceAnnual.official!.path]: official }), [
        absence,
      ]);
      expect(log).toMatch(
        /absence_rates_by_geographic_level\.csv: sessAuthorised for Hartlepool \(E06000001\), 2022\/23, Total is \d+, but the verified absence\/fact_attendance_annual\.csv has \d+/,
      );
      expect(code).toBe(1);
      expect(unchanged).toBe(true);
    });

    it('fails on a real file that lost a year, naming the year', async () => {
      const lost = readFileSync(join(dir, SOURCES.absenceAnnual.path), 'utf8')
        .split('\n')
        .filter((line) => !line.startsWith('2010/11,'))
        .join('\n');
      const { code, log, unchanged } = await build(real({ [SOURCES.absenceAnnual.path]: lost }), [absence]);
      expect(log).toMatch(/fact_attendance_annual\.csv: year\(s\) 2010\/11 missing/);
      expect([code, unchanged]).toEqual([1, true]);
    });

    it('fails on a real file that lost its LA rows for one year, naming the level', async () => {
      const official = asOfficialFile(dir, (r) => {
        if (r.time_period === '202324' && r.geographic_level === 'Local authority') r.time_period = 'DROP';
      })
        .split('\n')
        .filter((line) => !line.startsWith('DROP,'))
        .join('\n');
      const { code, log } = await build(real({ [SOURCES.absenceAnnual.official!.path]: official }), [absence]);
      expect(log).toMatch(
        /absence_rates_by_geographic_level\.csv: Regional enrolments for .*, 2023\/24, .* is \d+, but its 0 LAs sum to 0/,
      );
      expect(code).toBe(1);
    });

    it('fails on a real file cut at a line boundary, by its row count', async () => {
      const lines = readFileSync(join(dir, SOURCES.absenceAnnual.path), 'utf8').split('\n');
      const { code, log } = await build(real({ [SOURCES.absenceAnnual.path]: lines.slice(0, -40).join('\n') }), [
        absence,
      ]);
      expect(log).toMatch(
        /fact_attendance_annual\.csv: .*(sum to|11528 data rows, but the registry expects at least 11567)/,
      );
      expect(code).toBe(1);
    });
  },
);

describeWithRaw(['attendanceYtd202526'], 'a register attendance release checked against the registry', (dir) => {
  const ytd = SOURCES.attendanceYtd202526.path;
  const others = Object.values(SOURCES).filter((s) => s.path.startsWith('attendance/') && s.path !== ytd);
  const files = (text: string): Files => ({
    ...Object.fromEntries(others.map((s) => [s.path, readFileSync(join(dir, s.path))])),
    [SOURCES.las.path]: readFileSync(join(dir, SOURCES.las.path)),
    [ytd]: text,
  });
  const lines = () => readFileSync(join(dir, ytd), 'utf8').split('\n');

  it('fails on a year-to-date file that lost its LA rows, naming the level, and leaves data/ as it was', async () => {
    const kept = lines().filter((line) => !line.includes('"Local authority"'));
    const { code, log, unchanged } = await build(files(kept.join('\n')), [attendance]);
    expect(log).toMatch(
      /EES_ytd_data_2025-26_wk26_625dbfe\.csv: 202526: 0 Local authority area\(s\), the registry expects 153/,
    );
    expect([code, unchanged]).toEqual([1, true]);
  });

  it('fails on a year-to-date file with a row repeated, naming both rows', async () => {
    const all = lines();
    const { code, log, unchanged } = await build(files([...all.slice(0, 3), all[2], ...all.slice(3)].join('\n')), [
      attendance,
    ]);
    expect(log).toMatch(/EES_ytd_data_2025-26_wk26_625dbfe\.csv.*duplicate period x area x school type .*first on row/);
    expect([code, unchanged]).toEqual([1, true]);
  });
});
