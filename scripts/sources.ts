/**
 * The source registry: one entry per raw file the pipeline reads. Adding a file is adding an entry.
 * `path` is relative to the data directory (the mirror, by default ../shared/datasets).
 * `downloadUrl` is the publisher's own file, when a stable direct link exists; `pageUrl` is the
 * publication page. `reshapedBy` marks a faithful third-party reshape of an official file.
 */
import { academicYear } from '../src/config/periods';
import { OGL_V3, type SourceCitation } from '../src/lib/provenance';

/**
 * What one release of a file holds, measured on the registered file and checked on every build, so a
 * truncated download or a release that lost a year or a level stops the build. A later release may
 * add rows, years or areas; it may never have fewer.
 */
export interface Expectations {
  /** Data rows at least: CSV rows after the header, JSON records, parquet rows, sheet rows, TopoJSON features. */
  rows?: number;
  /** Academic years that must all be present. */
  years?: readonly string[];
  /** Distinct areas at least, per geographic level and year. */
  areas?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** School types every area of a level must have in every year. */
  schoolTypes?: Readonly<Record<string, readonly string[]>>;
}

export interface SourceFile extends SourceCitation {
  path: string;
  pageUrl: string;
  downloadUrl?: string;
  /**
   * For a reshaped copy: where the publisher's own file goes when downloaded. When that file is
   * present the pipeline reads it with the official-format adapter instead of the copy, and checks
   * it the same way (its own `expect`, else the coverage the copy's `expect` declares).
   */
  official?: { path: string; downloadUrl: string; expect?: Expectations };
  expect?: Expectations;
}

const EES = 'https://explore-education-statistics.service.gov.uk';
const ABSENCE_RELEASE = `${EES}/find-statistics/pupil-absence-in-schools-in-england/2024-25`;
const IOD2019 = 'https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019';
const IOD2025 = 'https://www.gov.uk/government/statistics/english-indices-of-deprivation-2025';
const DFE = 'Department for Education';
const MHCLG = 'Ministry of Housing, Communities and Local Government';
const ONS = 'Office for National Statistics';
const ONS_GEO = 'https://geoportal.statistics.gov.uk/';
const DFE_QA = 'https://github.com/dfe-analytical-services/dfe-published-data-qa/tree/main/data';
const LAIT_REPO = 'https://github.com/dfe-analytical-services/local-authority-interactive-tool';
const NAADIR = 'Naadir-Dev-Portfolio/powerbi-school-attendance-dashboard (renamed columns, rates as fractions)';

/** Academic years from `first` to `last` (start years), leaving out `except` (e.g. 2019/20, not collected). */
const years = (first: number, last: number, except: readonly number[] = []): string[] =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i)
    .filter((y) => !except.includes(y))
    .map(academicYear);
/** `n` areas in each of `list`, with some years' own counts. */
const each = (list: readonly string[], n: number, own: Record<string, number> = {}): Record<string, number> =>
  Object.fromEntries(list.map((y) => [y, own[y] ?? n]));
const ABSENCE_YEARS = years(2006, 2024, [2019]);
const BANDS_YEARS = years(2016, 2022, [2019]);
const KS4_YEARS = years(2018, 2022);

const ATTENDANCE_REPO = 'https://github.com/dfe-analytical-services/attendance-data-dashboard';
const ATTENDANCE_PAGE = `${EES}/find-statistics/pupil-attendance-in-schools`;
const ATTENDANCE_KINDS = {
  weekly: { file: 'EES_weekly_data', title: 'weekly attendance by school type' },
  ytd: { file: 'EES_ytd_data', title: 'attendance for the academic year to date by school type' },
  aut: { file: 'EES_aut_data', title: 'autumn term attendance by school type' },
  spr: { file: 'EES_spr_data', title: 'spring term attendance by school type' },
  sum: { file: 'EES_sum_data', title: 'summer term attendance by school type' },
} as const;

/**
 * One published version of DfE's register-based attendance data: the file as committed, unmodified, to DfE's own
 * dashboard repository on its publication day (the URL is that exact version); `release` names its span and that date.
 */
function attendanceSource(
  id: string,
  kind: keyof typeof ATTENDANCE_KINDS,
  file: string,
  commit: string,
  release: string,
  sha256: string,
  expect: Expectations,
): SourceFile {
  const { file: repoFile, title } = ATTENDANCE_KINDS[kind];
  return source({
    id,
    path: `attendance/${file}`,
    publisher: DFE,
    title: `Pupil attendance in schools (official statistics in development): ${title}`,
    release,
    pageUrl: ATTENDANCE_PAGE,
    downloadUrl: `${ATTENDANCE_REPO}/raw/${commit}/data/${repoFile}.csv`,
    sha256,
    expect,
  });
}

/** A register file's rows, and England, the 9 regions and `las` LAs in each of its time periods (as published). */
const registerExpect = (rows: number, periods: readonly string[], las = 153): Expectations => ({
  rows,
  years: [...periods],
  areas: {
    National: each(periods, 1),
    Regional: each(periods, 9),
    'Local authority': each(periods, las),
  },
});

function source(entry: Omit<SourceFile, 'url' | 'licence'> & { licence?: string }): SourceFile {
  return { licence: OGL_V3, url: entry.official?.downloadUrl ?? entry.downloadUrl ?? entry.pageUrl, ...entry };
}

export const SOURCES = {
  absenceAnnual: source({
    id: 'absenceAnnual',
    path: 'absence/fact_attendance_annual.csv',
    publisher: DFE,
    title: 'Pupil absence in schools in England: absence rates by geographic level',
    release: 'Academic year 2024/25',
    pageUrl: ABSENCE_RELEASE,
    reshapedBy: NAADIR,
    sha256: 'f66dbeeb40513d19f54e02f33da51272345b254ad52c0dcc7bab76ecf26f8e73',
    official: {
      path: 'absence/absence_rates_by_geographic_level.csv',
      downloadUrl: `${EES}/data-catalogue/data-set/d37f27c4-cca2-4274-97e9-1cdcb4ecad18/csv`,
    },
    expect: {
      rows: 11567,
      years: ABSENCE_YEARS,
      areas: {
        National: each(ABSENCE_YEARS, 1),
        Regional: each(ABSENCE_YEARS, 9),
        'Local authority': each(ABSENCE_YEARS, 152, {
          '2006/07': 150,
          '2007/08': 150,
          '2020/21': 151,
          '2023/24': 153,
          '2024/25': 153,
        }),
      },
      schoolTypes: {
        National: ['Total', 'State-funded primary', 'State-funded secondary', 'Special'],
        Regional: ['Total', 'State-funded primary', 'State-funded secondary', 'Special'],
        'Local authority': ['Total'],
      },
    },
  }),
  absenceGeography: source({
    id: 'absenceGeography',
    path: 'absence/dim_geography.csv',
    publisher: DFE,
    title: 'Pupil absence in schools in England: geography columns of the absence files',
    release: 'Academic year 2024/25',
    pageUrl: ABSENCE_RELEASE,
    reshapedBy: NAADIR,
    sha256: 'd1d179669c3e7b33f90a9e590337076504fe424acdf7acf30efdc09e151c9af4',
    expect: { rows: 175 },
    official: {
      path: 'absence/absence_rates_by_geographic_level.csv',
      downloadUrl: `${EES}/data-catalogue/data-set/d37f27c4-cca2-4274-97e9-1cdcb4ecad18/csv`,
    },
  }),
  absenceTermly: source({
    id: 'absenceTermly',
    path: 'absence/fact_attendance_termly.csv',
    publisher: DFE,
    title: 'Pupil absence in schools in England: absence by geographic level, termly',
    release: 'Academic year 2024/25',
    pageUrl: ABSENCE_RELEASE,
    reshapedBy: NAADIR,
    official: {
      path: 'absence/absence_by_geographic_level_termly.csv',
      downloadUrl: `${EES}/data-catalogue/data-set/9bcb4217-4dba-4039-a754-a80ca681aedb/csv`,
    },
    sha256: '5e4cb30ad5ff95d4ff43f584479edbc688ce1ae4acc8ab9f95975f2dac66ce4a',
  }),
  absenceCharacteristics201819: source({
    id: 'absenceCharacteristics201819',
    path: 'absence/Absence_3term201819_national_characteristics.csv',
    publisher: DFE,
    title: 'Pupil absence in schools in England: national characteristics',
    release: 'Academic year 2018/19',
    pageUrl: `${EES}/find-statistics/pupil-absence-in-schools-in-england/2018-19`,
    sha256: '18635fc38a15bf2e1a8037d0c444eab3a71d0e4741e3526bd79e92bf5646ddc1',
    expect: { rows: 1837, years: years(2012, 2018) },
  }),
  absenceEthnicityFsm: source({
    id: 'absenceEthnicityFsm',
    path: 'absence/absence_by_ethnicity_and_fsm.csv',
    publisher: DFE,
    title: 'Pupil absence in schools in England: absence by pupil ethnicity and FSM eligibility',
    release: 'Academic year 2024/25',
    pageUrl: ABSENCE_RELEASE,
    downloadUrl: `${EES}/data-catalogue/data-set/26adfbe5-cfb5-40d9-bfa8-bdfe85995b34/csv`,
    sha256: '80c754b7daec35c7bc53b3efda37c1200fa9b97effe4e49c76366f7a5539b3a7',
    expect: { rows: 639, years: years(2023, 2024) },
  }),
  absenceBands: source({
    id: 'absenceBands',
    path: 'absence/absence_bands_distributions.zip',
    publisher: DFE,
    title: 'Pupil absence distributions in schools in England (dashboard data)',
    release: '2016/17 to 2022/23',
    pageUrl: 'https://github.com/dfe-analytical-services/absence-distributions-dashboard',
    downloadUrl:
      'https://github.com/dfe-analytical-services/absence-distributions-dashboard/raw/main/data/absence_bands_distributions.zip',
    sha256: '42ab193a81448f79e18403e12125a99090122d545c3cd32ea9f3db264de92316',
    expect: {
      rows: 211553,
      years: BANDS_YEARS,
      areas: {
        National: each(BANDS_YEARS, 1),
        Regional: each(BANDS_YEARS, 10),
        'Local authority': each(BANDS_YEARS, 152, { '2018/19': 153, '2020/21': 151 }),
      },
    },
  }),
  absenceBySenProvisionPA: source({
    id: 'absenceBySenProvisionPA',
    path: 'absence/send-attendance-dashboard/la_gap_by_metric_region/enrolments_pa_10_exact_percent/all_regions.json',
    publisher: DFE,
    title: 'Pupil absence in schools in England: absence by pupil characteristics (SEN provision, LA)',
    release: 'Academic year 2024/25',
    pageUrl: ABSENCE_RELEASE,
    reshapedBy: 'data-to-insight/send-attendance-dashboard (JSON of LA gaps)',
    sha256: '56ac17511867c741f0309a5e0a01cd7ffa7a380394971a62d8b7c49979a95950',
    expect: { rows: 6763 },
  }),
  absenceBySenProvisionSevere: source({
    id: 'absenceBySenProvisionSevere',
    path: 'absence/send-attendance-dashboard/la_gap_by_metric_region/enrolments_pa_50_exact_percent/all_regions.json',
    publisher: DFE,
    title: 'Pupil absence in schools in England: absence by pupil characteristics (SEN provision, LA)',
    release: 'Academic year 2024/25',
    pageUrl: ABSENCE_RELEASE,
    reshapedBy: 'data-to-insight/send-attendance-dashboard (JSON of LA gaps)',
    sha256: '153115617aa4748e62111f1f2386225c052693264a73eb1c42e122f11d7460c6',
    expect: { rows: 6763 },
  }),
  absenceBySenProvisionOverall: source({
    id: 'absenceBySenProvisionOverall',
    path: 'absence/send-attendance-dashboard/la_gap_by_metric_region/sess_overall_percent/all_regions.json',
    publisher: DFE,
    title: 'Pupil absence in schools in England: absence by pupil characteristics (SEN provision, LA)',
    release: 'Academic year 2024/25',
    pageUrl: ABSENCE_RELEASE,
    reshapedBy: 'data-to-insight/send-attendance-dashboard (JSON of LA gaps)',
    sha256: '0662cf441cae855876b3dbf0f1f6bf96ebe4f276eebd3cbd83f8cf51b553b82b',
    expect: { rows: 6763 },
  }),
  lait: source({
    id: 'lait',
    path: 'absence/bds_long_0.parquet',
    publisher: DFE,
    title: 'Local Authority Interactive Tool (LAIT) data store',
    release: 'April 2026',
    pageUrl: LAIT_REPO,
    downloadUrl: `${LAIT_REPO}/raw/main/01_data/02_prod/bds_long_0.parquet`,
    sha256: '8277a891ae7318be2d77019fd193f91c0f553ccd430890f04fd84fb4f849a4be',
    expect: { rows: 641070 },
  }),
  laitDictionary: source({
    id: 'laitDictionary',
    path: 'absence/lait_data_dictionary.csv',
    publisher: DFE,
    title: 'LAIT data dictionary',
    release: 'April 2026',
    pageUrl: LAIT_REPO,
    downloadUrl: `${LAIT_REPO}/raw/main/01_data/02_prod/lait_data_dictionary.csv`,
    sha256: '6605c2d3354fdec659b20d1e5ce4669c084d0ba8cc29a9650519b7052a62a3b0',
    expect: { rows: 448 },
  }),
  ks4La: source({
    id: 'ks4La',
    path: 'attainment/2223_la_data_revised.csv',
    publisher: DFE,
    title: 'Key stage 4 performance: LA, region and England',
    release: 'Academic year 2022/23 (revised)',
    pageUrl: `${EES}/find-statistics/key-stage-4-performance/2022-23`,
    sha256: 'b98b4e980e94c5981145bf5ae7327abd278fb3b0587456f947a9d863df9da5f3',
    expect: {
      rows: 2442,
      years: KS4_YEARS,
      areas: {
        National: each(KS4_YEARS, 1),
        Regional: each(KS4_YEARS, 11),
        'Local authority': each(KS4_YEARS, 150, { '2020/21': 151, '2021/22': 151, '2022/23': 152 }),
      },
    },
  }),
  ks4NationalCharacteristics: source({
    id: 'ks4NationalCharacteristics',
    path: 'attainment/2223_national_char_data_revised.csv',
    publisher: DFE,
    title: 'Key stage 4 performance: national by pupil characteristic',
    release: 'Academic year 2022/23 (revised)',
    pageUrl: `${EES}/find-statistics/key-stage-4-performance/2022-23`,
    sha256: '416138149ca6313a9843b7785d299246cf9e1325d8445873f82b52e35911964f',
    expect: { rows: 8600 },
  }),
  senNational: source({
    id: 'senNational',
    path: 'sen/sen_national.csv',
    publisher: DFE,
    title: 'Outcomes for children in need, including children looked after: SEN national',
    release: '2021/22 (January 2024)',
    pageUrl: `${EES}/find-statistics/outcomes-for-children-in-need-including-children-looked-after-by-local-authorities-in-england`,
    sha256: 'cf6d7d8580a61a1efd56bc3bcc185f97393fac0e083f3c2e632a9160e54b6f8e',
    expect: { rows: 68, years: years(2016, 2021) },
  }),
  idaci2019UpperTier: source({
    id: 'idaci2019UpperTier',
    path: 'deprivation/File_11_-_IoD2019_Local_Authority_District_Summaries__upper-tier__.xlsx',
    publisher: MHCLG,
    title: 'English indices of deprivation 2019, File 11: upper-tier local authority summaries',
    release: '26 September 2019',
    pageUrl: IOD2019,
    sha256: '4bdbc1f2e7fc5bd0e6b15d9cdecd7f7b8fe661c9daf76f0414ac35b2ddab422b',
    expect: { rows: 151 },
  }),
  idaci2019LowerTier: source({
    id: 'idaci2019LowerTier',
    path: 'deprivation/File_10_-_IoD2019_Local_Authority_District_Summaries__lower-tier__.xlsx',
    publisher: MHCLG,
    title: 'English indices of deprivation 2019, File 10: local authority district summaries',
    release: '26 September 2019',
    pageUrl: IOD2019,
    sha256: 'd8e41ad1cf000521d286cac20f20ef090cf564412cdc8b2f3a9287231283455b',
    expect: { rows: 317 },
  }),
  idaci2019Lsoa: source({
    id: 'idaci2019Lsoa',
    path: 'deprivation/File_3_-_IoD2019_Supplementary_Indices_-_IDACI_and_IDAOPI.xlsx',
    publisher: MHCLG,
    title: 'English indices of deprivation 2019, File 3: supplementary indices (IDACI and IDAOPI)',
    release: '26 September 2019',
    pageUrl: IOD2019,
    sha256: 'a0fb05ae7acc30b914829bf1eacb4ea13e8bc8eaf77a3bf6adc16323d626ab85',
    expect: { rows: 32844 },
  }),
  iod2019Population: source({
    id: 'iod2019Population',
    path: 'deprivation/File_6_-_IoD2019_Population_Denominators.xlsx',
    publisher: MHCLG,
    title: 'English indices of deprivation 2019, File 6: population denominators',
    release: '26 September 2019',
    pageUrl: IOD2019,
    sha256: '3f0b49676df58756731c34ccef2b2cf3f682498d64f0632148ea035b5acf42a0',
    expect: { rows: 32844 },
  }),
  idaci2025Lsoa: source({
    id: 'idaci2025Lsoa',
    path: 'deprivation/File_3_IoD2025_Supplementary_Indices_IDACI_and_IDAOPI.xlsx',
    publisher: MHCLG,
    title: 'English indices of deprivation 2025, File 3: supplementary indices (IDACI and IDAOPI)',
    release: '30 October 2025',
    pageUrl: IOD2025,
    sha256: '0a627952733730060f612fb4263717a262bcd52b2724ae497fc5c3a363499de1',
    expect: { rows: 33755 },
  }),
  iod2025Lad: source({
    id: 'iod2025Lad',
    path: 'deprivation/indices_of_deprivation_2025_lad.csv',
    publisher: MHCLG,
    title: 'English indices of deprivation 2025, File 10: local authority district summaries',
    release: '30 October 2025',
    pageUrl: IOD2025,
    reshapedBy: 'Trafford Data Lab (long format)',
    sha256: 'feebe84170c06e65b768438e8e3763514d49ec3d9c0f606fbfdb7150bd4b8ba0',
  }),
  statisticalNeighbours2025: source({
    id: 'statisticalNeighbours2025',
    path: 'neighbours/sn_may_2025.xlsx',
    publisher: DFE,
    title: "Children's services statistical neighbour benchmarking tool: LA statistical neighbour groups",
    release: 'May 2025',
    pageUrl: LAIT_REPO,
    downloadUrl: `${LAIT_REPO}/raw/main/01_data/02_prod/sn_may_2025.xlsx`,
    sha256: '8741494be7bbced69706589b7064b57d33737fc42ebbb3e778770f6bb78b1739',
  }),
  statisticalNeighbours2021: source({
    id: 'statisticalNeighbours2021',
    path: 'neighbours/sn_april_2021.xlsx',
    publisher: DFE,
    title: "Children's services statistical neighbour benchmarking tool: LA statistical neighbour groups",
    release: 'April 2021',
    pageUrl: LAIT_REPO,
    downloadUrl: `${LAIT_REPO}/raw/main/01_data/02_prod/sn_april_2021.xlsx`,
    sha256: 'e9594202bbf624f3328bd042ae0cf18d0df747d4320146449804dfe3133aa219',
  }),
  ctyua2019: source({
    id: 'ctyua2019',
    path: 'geography/Counties_and_Unitary_Authorities_December_2019_Boundaries_UK_BUC2.json',
    publisher: ONS,
    title: 'Counties and Unitary Authorities (December 2019) Boundaries UK BUC',
    release: 'December 2019',
    pageUrl: ONS_GEO,
    reshapedBy: 'henryjameslau/geoportal-boundaries-as-topojson (TopoJSON)',
    licence: `${OGL_V3}; contains OS data © Crown copyright and database right`,
    sha256: '0444cea1835a5e1ea7091f437ab7da62d8a3eddceae6ee5367fd32eb8b3de376',
    expect: { rows: 216 },
  }),
  ctyua2022: source({
    id: 'ctyua2022',
    path: 'geography/Counties_and_Unitary_Authorities_December_2022_EN_BUC.json',
    publisher: ONS,
    title: 'Counties and Unitary Authorities (December 2022) EN BUC',
    release: 'December 2022',
    pageUrl: ONS_GEO,
    reshapedBy: 'henryjameslau/geoportal-boundaries-as-topojson (TopoJSON)',
    licence: `${OGL_V3}; contains OS data © Crown copyright and database right`,
    sha256: '8b93c87152541422a38c2138115fb2ffa8e8baacb8b8dc5d897c628fc04c4a33',
    expect: { rows: 152 },
  }),
  ctyua2023: source({
    id: 'ctyua2023',
    path: 'geography/Counties_and_Unitary_Authorities_December_2023_Boundaries_UK_BUC.json',
    publisher: ONS,
    title: 'Counties and Unitary Authorities (December 2023) Boundaries UK BUC',
    release: 'December 2023',
    pageUrl: ONS_GEO,
    reshapedBy: 'henryjameslau/geoportal-boundaries-as-topojson (TopoJSON)',
    licence: `${OGL_V3}; contains OS data © Crown copyright and database right`,
    sha256: 'c22c242a68c6d370d97ebfe6d26f85b1fdc17d9478565860e8f830470a910a85',
    expect: { rows: 218 },
  }),
  regions2023: source({
    id: 'regions2023',
    path: 'geography/Regions_December_2023_Boundaries_EN_BUC.json',
    publisher: ONS,
    title: 'Regions (December 2023) Boundaries EN BUC',
    release: 'December 2023',
    pageUrl: ONS_GEO,
    reshapedBy: 'henryjameslau/geoportal-boundaries-as-topojson (TopoJSON)',
    licence: `${OGL_V3}; contains OS data © Crown copyright and database right`,
    sha256: 'ff70bc2c531f0b05335318001dc71695e4af108a183cdc985511265e79354014',
    expect: { rows: 9 },
  }),
  las: source({
    id: 'las',
    path: 'geography/las.csv',
    publisher: DFE,
    title: 'Local authority lookup used by the EES data screener',
    release: 'July 2026',
    pageUrl: DFE_QA,
    sha256: '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea',
    expect: { rows: 176 },
  }),
  regionLaHierarchy: source({
    id: 'regionLaHierarchy',
    path: 'geography/region_la_hierarchy.csv',
    publisher: DFE,
    title: 'Region to local authority hierarchy',
    release: 'July 2026',
    pageUrl: DFE_QA,
    sha256: '9265155ffe94cc0b6c8a8f2d48f7221f6f8a59f08ab65118872efc5254b52fda',
  }),
  ladToLa: source({
    id: 'ladToLa',
    path: 'geography/ward_lad_la_pcon_hierarchy.csv',
    publisher: DFE,
    title: 'Ward, LAD, LA and constituency hierarchy',
    release: 'July 2026',
    pageUrl: DFE_QA,
    sha256: '3bfff141dfcd32969fa989e44be17968c2e87c915ae17365886e954042d197c7',
    expect: { rows: 24629 },
  }),
  ltlaToUtla2019: source({
    id: 'ltlaToUtla2019',
    path: 'geography/Lower_Tier_Local_Authority_to_Upper_Tier_Local_Authority_(April_2019)_Lookup_in_England_and_Wales.csv',
    publisher: ONS,
    title: 'Lower Tier Local Authority to Upper Tier Local Authority (April 2019) Lookup in England and Wales',
    release: 'April 2019',
    pageUrl: ONS_GEO,
    sha256: 'e368cac411eafd299d7b72d8d39eb338b10706000d44e37e76906a4c7816f8da',
    expect: { rows: 339 },
  }),
  localAuthoritiesRegister: source({
    id: 'localAuthoritiesRegister',
    path: 'geography/uk_local_authorities_current.csv',
    publisher: 'mySociety',
    title: 'UK local authority names and codes (compiled from ONS and other public registers)',
    release: 'uk_la_past_current package',
    pageUrl: 'https://github.com/mysociety/uk_local_authority_names_and_codes',
    licence: 'MIT',
    sha256: '1ef7c9caf57e4a8d8caabf2927c29fdda248a41ff1af76c639d11a62fcd9f2c5',
    expect: { rows: 470 },
  }),
  attendanceWeekly202223: attendanceSource(
    'attendanceWeekly202223',
    'weekly',
    'EES_weekly_data_2022-23_autumn_to_wk2_8e45a1f.csv',
    '8e45a1ff0198d958f8b436ba26eaff69a05f654f',
    'weekly to week 2 of 2023 (published 26 January 2023)',
    'b4622482d5bed335e50f8c82b2e05273940331bf31610b1747125aa8fb921232',
    registerExpect(7369, ['2022', '2023'], 152),
  ),
  attendanceWeekly202324: attendanceSource(
    'attendanceWeekly202324',
    'weekly',
    'EES_weekly_data_2023-24_autumn_f79f40a.csv',
    'f79f40a4f80e0e2ac7ca4828e718da596312f91f',
    'weekly, autumn term 2023 (published 11 January 2024)',
    '273f49e511bfdf6f931fcd385f8c074948e72e8fff84a1f43be07cee44f6b7cc',
    registerExpect(6568, ['2023']),
  ),
  attendanceWeekly202425: attendanceSource(
    'attendanceWeekly202425',
    'weekly',
    'EES_weekly_data_2024-25_autumn_f7e40ac.csv',
    'f7e40ac9bc2af107ae684afb20b78103dbc9b094',
    'weekly to week 49 of 2024 (published 19 December 2024)',
    '1451763126cff903b2ae90118619739c602ee3b00f8948a30a25466a74fae067',
    registerExpect(5932, ['2024']),
  ),
  attendanceWeekly202526: attendanceSource(
    'attendanceWeekly202526',
    'weekly',
    'EES_weekly_data_2025-26_wk37-45_09c6d66.csv',
    '09c6d668488c0dd8f612eb9dd6b8d94affbd9279',
    'weekly to week 45 of 2025 (published 20 November 2025)',
    '2d0cf5170bc5866f7b045136aa19f0c4ad57466be4259b777371c008cddf4b10',
    registerExpect(5146, ['2025']),
  ),
  attendanceYtd202223: attendanceSource(
    'attendanceYtd202223',
    'ytd',
    'EES_ytd_data_2022-23_3750fd1.csv',
    '3750fd123d389f8c4538263deb1cd6b39426c749',
    '2022/23 full year and terms (published 10 August 2023)',
    'b81c018e6c6824966cac22f9bbc9359423ff78c6f620f8389b5fa7d0ac76b446',
    registerExpect(493, ['202223']),
  ),
  attendanceYtd202324: attendanceSource(
    'attendanceYtd202324',
    'ytd',
    'EES_ytd_data_2023-24_84c23e2.csv',
    '84c23e28af1565a6de8d22d45338c71aeeb448c7',
    '2023/24 full year and terms (published 8 August 2024)',
    '846158336a06f3c43284e57bb397586d4b20008f18279fe054fd8978fbaac7a0',
    registerExpect(494, ['202324']),
  ),
  attendanceYtd202425: attendanceSource(
    'attendanceYtd202425',
    'ytd',
    'EES_ytd_data_2024-25_f9c6744.csv',
    'f9c6744c7df0a666b2e1975c47bc1aa8293deb4e',
    '2024/25 full year and terms, to week 29 of 2025 (published 7 August 2025)',
    '7d3faa384fbf3dabd9371cf9ab2d78f737f7daead37ecee4a4f0410e23319884',
    registerExpect(494, ['202425']),
  ),
  attendanceYtd202526: attendanceSource(
    'attendanceYtd202526',
    'ytd',
    'EES_ytd_data_2025-26_wk26_625dbfe.csv',
    '625dbfe1b399ccb7adbd2083e16e702ddbd443c2',
    '2025/26 year to date, to week 26 of 2026 (published 23 July 2026)',
    '80a10b6d87caab9588d093f60f1ca1040f3ccd385e07abaf9879db2bc19281ec',
    registerExpect(647, ['202526']),
  ),
  attendanceAutumn202223: attendanceSource(
    'attendanceAutumn202223',
    'aut',
    'EES_aut_data_2022-23_3750fd1.csv',
    '3750fd123d389f8c4538263deb1cd6b39426c749',
    '2022/23 full year and terms (published 10 August 2023)',
    'b80233caa8b3af0b01780ab9bb98515c98848e2bece6bac3750aafb770e611bc',
    registerExpect(493, ['202223']),
  ),
  attendanceSpring202223: attendanceSource(
    'attendanceSpring202223',
    'spr',
    'EES_spr_data_2022-23_3750fd1.csv',
    '3750fd123d389f8c4538263deb1cd6b39426c749',
    '2022/23 full year and terms (published 10 August 2023)',
    'aedc7eafa560feb5d943d2f92dc463e58e95e89f4ccefd07dffb34abeb6616b5',
    registerExpect(493, ['202223']),
  ),
  attendanceSummer202223: attendanceSource(
    'attendanceSummer202223',
    'sum',
    'EES_sum_data_2022-23_3750fd1.csv',
    '3750fd123d389f8c4538263deb1cd6b39426c749',
    '2022/23 full year and terms (published 10 August 2023)',
    '7aca82fca2c80adb1978cb8218a15778626babf48f0f7d3313c4b7d1e2b1ea21',
    registerExpect(493, ['202223']),
  ),
  attendanceAutumn202324: attendanceSource(
    'attendanceAutumn202324',
    'aut',
    'EES_aut_data_2023-24_84c23e2.csv',
    '84c23e28af1565a6de8d22d45338c71aeeb448c7',
    '2023/24 full year and terms (published 8 August 2024)',
    '0d2ea4494fb6350f0e63923fafb139c2bbf91b1ab15422ee4445aab88777b71b',
    registerExpect(494, ['202324']),
  ),
  attendanceSpring202324: attendanceSource(
    'attendanceSpring202324',
    'spr',
    'EES_spr_data_2023-24_84c23e2.csv',
    '84c23e28af1565a6de8d22d45338c71aeeb448c7',
    '2023/24 full year and terms (published 8 August 2024)',
    'ded5f2ec4271325d266810e1970b5fdaa18214676d23ca4e511c69f2e8406f17',
    registerExpect(494, ['202324']),
  ),
  attendanceSummer202324: attendanceSource(
    'attendanceSummer202324',
    'sum',
    'EES_sum_data_2023-24_84c23e2.csv',
    '84c23e28af1565a6de8d22d45338c71aeeb448c7',
    '2023/24 full year and terms (published 8 August 2024)',
    'da512e1ca42254a8062e6e5b26b349fec393a5f46fbdf67e8f4f1fe79cffdf26',
    registerExpect(494, ['202324']),
  ),
  attendanceAutumn202425: attendanceSource(
    'attendanceAutumn202425',
    'aut',
    'EES_aut_data_2024-25_f9c6744.csv',
    'f9c6744c7df0a666b2e1975c47bc1aa8293deb4e',
    '2024/25 full year and terms, to week 29 of 2025 (published 7 August 2025)',
    'f4d151fa26e69d98e5eee957f5f4796c501a04ad09e39edea484da6d897b36b0',
    registerExpect(494, ['202425']),
  ),
  attendanceSpring202425: attendanceSource(
    'attendanceSpring202425',
    'spr',
    'EES_spr_data_2024-25_f9c6744.csv',
    'f9c6744c7df0a666b2e1975c47bc1aa8293deb4e',
    '2024/25 full year and terms, to week 29 of 2025 (published 7 August 2025)',
    '4a8c274f40b1412b529d4c9caa961b6d48b03127e75505af8cafaf69c9112aff',
    registerExpect(494, ['202425']),
  ),
  attendanceSummer202425: attendanceSource(
    'attendanceSummer202425',
    'sum',
    'EES_sum_data_2024-25_f9c6744.csv',
    'f9c6744c7df0a666b2e1975c47bc1aa8293deb4e',
    '2024/25 full year and terms, to week 29 of 2025 (published 7 August 2025)',
    'ee0f37195255ae060da73768ce2835db68b25d8e758d5801c99fb22ac5469646',
    registerExpect(494, ['202425']),
  ),
} satisfies Record<string, SourceFile>;

export type SourceId = keyof typeof SOURCES;
