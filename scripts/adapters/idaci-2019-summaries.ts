/**
 * Adapter for the IDACI sheet of IoD2019 File 11 (upper-tier LAs) and File 10 (lower-tier districts).
 * Headers are matched as published, with their trailing and doubled spaces collapsed.
 */
import { DataError } from '../lib/errors';
import { parseNumber, parseText } from '../lib/values';
import { readSheet } from './iod-xlsx';

export interface IdaciSummary {
  code: string;
  name: string;
  /** Child-population-weighted mean LSOA rank, reversed so that higher = more deprived. */
  averageRank: number;
  score: number;
  /** 1 = most deprived average score. */
  scoreRank: number;
  /** Proportion of LSOAs in the most deprived 10% nationally (0-1). */
  top10Share: number;
}

const KEY_COLUMNS = {
  upper: ['Upper Tier Local Authority District code (2019)', 'Upper Tier Local Authority District name (2019)'],
  lower: ['Local Authority District code (2019)', 'Local Authority District name (2019)'],
} as const;

const AVERAGE_RANK = 'IDACI - Average rank ';
const SCORE = 'IDACI - Average score ';
const SCORE_RANK = 'IDACI - Rank of average score ';
const TOP10 = 'IDACI - Proportion  of LSOAs in most deprived 10% nationally ';

export async function readIdaciSummaries(path: string, file: string, tier: 'upper' | 'lower'): Promise<IdaciSummary[]> {
  const [codeColumn, nameColumn] = KEY_COLUMNS[tier];
  const table = await readSheet(path, file, 'IDACI', [codeColumn, nameColumn, AVERAGE_RANK, SCORE, SCORE_RANK, TOP10]);
  const [averageRank, score, scoreRank, top10] = [AVERAGE_RANK, SCORE, SCORE_RANK, TOP10].map((c) =>
    c.replace(/\s+/g, ' ').trim(),
  );
  return table.rows.map(({ row, cells }) => {
    const number = (column: string) => {
      const value = parseNumber(cells[column], { file: table.label, row, column });
      if (value === null) throw new DataError(table.label, 'missing value', row, column);
      return value;
    };
    const summary: IdaciSummary = {
      code: parseText(cells[codeColumn], { file: table.label, row, column: codeColumn }, /^E\d{8}$/),
      name: parseText(cells[nameColumn], { file: table.label, row, column: nameColumn }),
      averageRank: number(averageRank),
      score: number(score),
      scoreRank: number(scoreRank),
      top10Share: number(top10),
    };
    if (!Number.isInteger(summary.scoreRank) || summary.scoreRank < 1)
      throw new DataError(table.label, `bad rank ${summary.scoreRank}`, row, scoreRank);
    if (summary.top10Share < 0 || summary.top10Share > 1)
      throw new DataError(table.label, `share ${summary.top10Share} outside 0-1`, row, top10);
    return summary;
  });
}
