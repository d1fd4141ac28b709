/** The public deprivation table (/data/deprivation.csv): one row per DfE LA code, current and former. */
import type { Deprivation } from '../../data/deprivation';

export const DEPRIVATION_API_COLUMNS = [
  'area_code',
  'area_name',
  'idaci_2019_average_score',
  'idaci_2019_rank_of_average_score',
  'idaci_2019_average_rank',
  'idaci_2019_share_lsoas_most_deprived_10pct',
  'idaci_2025_share_lsoas_most_deprived_10pct',
  'method_2019',
  'method_2025',
  'note',
] as const;

type ApiRow = Record<(typeof DEPRIVATION_API_COLUMNS)[number], string | number | null>;

export const toDeprivationApiRow = (d: Deprivation): ApiRow => ({
  area_code: d.code,
  area_name: d.name,
  idaci_2019_average_score: d.idaci2019Score,
  idaci_2019_rank_of_average_score: d.idaci2019ScoreRank,
  idaci_2019_average_rank: d.idaci2019AverageRank,
  idaci_2019_share_lsoas_most_deprived_10pct: d.idaci2019Top10Share,
  idaci_2025_share_lsoas_most_deprived_10pct: d.idaci2025Top10Share,
  method_2019: d.method2019,
  method_2025: d.method2025,
  note: d.note,
});
